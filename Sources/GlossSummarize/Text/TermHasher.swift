/// Turns a token's bytes into a term: ASCII lower-cased, lightly stemmed and hashed to 64 bits.
///
/// Summaries compare sentences by the words they share, so "Strikes", "strike" and "striking" should be one
/// term and "the", "said" none. Building a `String` per token would cost more than the whole comparison,
/// so the stemmer looks at the suffix in place and the hash (FNV-1a) folds case as it reads. A 64-bit hash
/// makes a collision between two terms of one document practically impossible.
struct TermHasher: Sendable {
    /// No term: punctuation, one-character tokens, stop words.
    static let none: UInt64 = 0

    private let stopWords: HashSet64

    /// Builds the stop-word set (hashed through the same stemmer, so a lookup is one probe).
    init() {
        var set = HashSet64(minimumCapacity: StopWords.english.count)
        for word in StopWords.english {
            var bytes = Array(word.utf8)
            let hash = bytes.withUnsafeMutableBufferPointer { Self.stemmedHash(UnsafeBufferPointer($0), 0, $0.count) }
            set.insert(hash)
        }
        stopWords = set
    }

    /// The term of the token `bytes[start..<end]`, or ``none``.
    @inline(__always)
    func term(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        guard end - start >= 2, CharacterTable.containsWord(bytes, start, end) else { return Self.none }
        let hash = Self.stemmedHash(bytes, start, end)
        return stopWords.contains(hash) ? Self.none : hash
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Whether the lower-cased token ends with `suffix` (ASCII, already lower case).
    @inline(__always)
    private static func ends(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ suffix: StaticString
    ) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard end - start >= count else { return false }
        let pointer = suffix.utf8Start
        var offset = 0
        while offset < count {
            if lower(bytes[end - count + offset]) != pointer[offset] { return false }
            offset += 1
        }
        return true
    }

    /// FNV-1a over the lower-cased stem. The stemmer is deliberately light (plural -s/-es/-ies, -ing, -ed,
    /// a final -e): it merges the inflections that news repeats and never needs a dictionary; stems need not
    /// be words, only consistent.
    static func stemmedHash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var stemEnd = end
        var appendY = false
        let length = end - start
        if length > 4 && ends(bytes, start, end, "ies") {
            stemEnd -= 3
            appendY = true
        } else if length > 4 && ends(bytes, start, end, "sses") {
            stemEnd -= 2
        } else if length > 3 && ends(bytes, start, end, "s") && !ends(bytes, start, end, "ss")
            && !ends(bytes, start, end, "us") && !ends(bytes, start, end, "is") && !ends(bytes, start, end, "'s")
        {
            stemEnd -= 1
        }
        if !appendY {
            if stemEnd - start > 5 && ends(bytes, start, stemEnd, "ing") {
                stemEnd -= 3
            } else if stemEnd - start > 4 && ends(bytes, start, stemEnd, "ed") {
                stemEnd -= 2
            }
            if stemEnd - start > 4 && ends(bytes, start, stemEnd, "e") { stemEnd -= 1 }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = start
        while index < stemEnd {
            hash = (hash ^ UInt64(lower(bytes[index]))) &* 0x100_0000_01b3
            index += 1
        }
        if appendY { hash = (hash ^ 0x79) &* 0x100_0000_01b3 }
        return hash == none ? 1 : hash
    }
}
