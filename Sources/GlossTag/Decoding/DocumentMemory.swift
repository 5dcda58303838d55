/// What the entity model decided for each word earlier in the same document, for the document-level
/// features of ``FeatureSet/entitiesDocument``: a name introduced with good context ("the mayor of
/// Miramar") is a strong hint where it comes back with poor context ("Miramar ?").
///
/// An open-addressing map from word hashes (``TokenTraits/word``) to a small code: 1 when the word was
/// last seen outside any mention, `2 + k` when it was last seen inside a mention of the entity model's
/// `k`-th label. Owned by one tagging call (or one training run) and cleared between documents; nothing
/// allocates after the first few documents.
struct DocumentMemory {
    private var keys: [UInt64]
    private var values: [UInt8]
    private var used: [Int] = []

    /// The code of a word never seen in the document.
    static let unseen: UInt8 = 0
    /// The code of a word seen only outside mentions (last time).
    static let outside: UInt8 = 1

    /// The code each entity class leaves in the memory: ``outside`` for `O`, `2 + k` for a tag of the
    /// `k`-th label in order of first appearance among the class names.
    static func codes(classNames: [String]) -> [UInt8] {
        var labels: [Substring] = []
        return classNames.map { name in
            guard name != "O" else { return outside }
            let label = name.dropFirst(2)
            if !labels.contains(label) { labels.append(label) }
            return UInt8(truncatingIfNeeded: 2 + (labels.firstIndex(of: label) ?? 0))
        }
    }

    /// Fills `window.memory` from what is known of the window's words.
    func fill(_ window: SentenceWindow) {
        for i in 0..<window.count { window.memory[i + 2] = code(window.traits[i + 2].word) }
    }

    /// Records the decisions of a tagged window: a word inside a mention remembers the mention's label
    /// (the latest wins); a capitalised word outside every mention is remembered as outside unless it
    /// was inside one before.
    mutating func record(_ window: SentenceWindow, codes: [UInt8]) {
        for i in 0..<window.count {
            let code = codes[Int(window.tags[i + 2])]
            let traits = window.traits[i + 2]
            if code != Self.outside {
                set(traits.word, code)
            } else if traits.flags & TokenTraits.Flag.hasUpper != 0 && window.memory[i + 2] == Self.unseen {
                set(traits.word, Self.outside)
            }
        }
    }

    /// An empty memory.
    init() {
        keys = [UInt64](repeating: 0, count: 1024)
        values = [UInt8](repeating: 0, count: 1024)
    }

    /// Forgets every word (a new document starts).
    mutating func clear() {
        for slot in used {
            keys[slot] = 0
            values[slot] = 0
        }
        used.removeAll(keepingCapacity: true)
    }

    /// The code of `word`.
    @inline(__always)
    func code(_ word: UInt64) -> UInt8 {
        let key = word == 0 ? 1 : word
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: FeatureHash.finalise(key)) & mask
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return Self.unseen }
            slot = (slot + 1) & mask
        }
    }

    /// Records the code of `word`.
    mutating func set(_ word: UInt64, _ code: UInt8) {
        if used.count * 2 >= keys.count { grow() }
        let key = word == 0 ? 1 : word
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: FeatureHash.finalise(key)) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 {
            keys[slot] = key
            used.append(slot)
        }
        values[slot] = code
    }

    private mutating func grow() {
        let entries = used.map { (keys[$0], values[$0]) }
        keys = [UInt64](repeating: 0, count: keys.count * 2)
        values = [UInt8](repeating: 0, count: values.count * 2)
        used.removeAll(keepingCapacity: true)
        for (key, value) in entries { set(key, value) }
    }
}
