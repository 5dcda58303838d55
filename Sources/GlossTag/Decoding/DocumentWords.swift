/// What ``DocumentConsistency`` needs to know of every token of a document, recorded by the tagger as it
/// goes: the token's lower-case hash (``TokenTraits/norm``), so that "Miramar", "MIRAMAR" and "miramar"
/// are one name, and whether an occurrence may be marked as a name found elsewhere in the document.
///
/// A token may be marked when it starts with a capital letter or is (nearly) never written in lower case
/// in the entity model's training data (its commonness bucket is at most 1: "miramar", "auckland", but
/// not "bus" or "way"). Empty when names are not propagated.
struct DocumentWords {
    /// ``TokenTraits/norm`` of each token.
    var hashes: [UInt64]
    /// Whether each token may become part of a propagated mention.
    var markable: [Bool]

    /// Room for `count` tokens (0: nothing is recorded).
    init(count: Int) {
        hashes = [UInt64](repeating: 0, count: count)
        markable = [Bool](repeating: false, count: count)
    }

    /// Most times a word may appear in lower case in the training data (``TokenTraits/commonness``
    /// bucket) for a lower-case occurrence to be marked.
    static let rareInLowerCase: UInt8 = 1

    /// Records the tokens of `window` (with ``TokenTraits/commonness`` set), the sentence whose first
    /// token is document token `first`.
    mutating func record(_ window: SentenceWindow, from first: Int) {
        guard !hashes.isEmpty else { return }
        for i in 0..<window.count {
            let traits = window.traits[i + 2]
            hashes[first + i] = traits.norm
            markable[first + i] = traits.flags & TokenTraits.Flag.upperInitial != 0 || traits.commonness <= Self.rareInLowerCase
        }
    }
}
