/// Words (as UTF-8 bytes) and how often each occurs, in an open-addressing hash table, so that counting
/// the words of a document makes no String per token: bytes are hashed and compared where they lie, and
/// each distinct word is copied once into one shared buffer.
struct WordTable: Sendable {
    private struct Entry: Sendable {
        var hash: UInt64
        var offset: Int
        var length: Int
        var count: Int
        /// Where the word first occurred, to break ties in favour of the earlier word.
        var first: Int
    }

    /// The bytes of every distinct word, one after the other.
    private var storage: [UInt8] = []
    private var entries: [Entry] = []
    /// Index into `entries` + 1; 0 is an empty slot. The size is a power of two.
    private var slots = [Int32](repeating: 0, count: 64)

    /// Counts one occurrence of `word` at token `position`.
    mutating func add(_ word: UnsafeBufferPointer<UInt8>, position: Int) {
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if entries[index].hash == hash, equals(entries[index], word) {
                entries[index].count += 1
                return
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        entries.append(Entry(hash: hash, offset: storage.count, length: word.count, count: 1, first: position))
        storage.append(contentsOf: word)
        slots[slot] = Int32(entries.count)
        if entries.count * 10 > slots.count * 7 { grow() }
    }

    /// Whether `word` was added.
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if entry.hash == hash, equals(entry, word) { return true }
            slot = (slot + 1) & (slots.count - 1)
        }
        return false
    }

    /// The `limit` most frequent words, ties broken by first occurrence. Strings are made here only.
    func mostFrequent(_ limit: Int) -> [String] {
        entries.sorted { $0.count != $1.count ? $0.count > $1.count : $0.first < $1.first }
            .prefix(limit)
            .map { String(decoding: storage[$0.offset..<$0.offset + $0.length], as: UTF8.self) }
    }

    private func equals(_ entry: Entry, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard entry.length == word.count else { return false }
        return storage.withUnsafeBufferPointer { stored in
            for index in 0..<word.count where stored[entry.offset + index] != word[index] { return false }
            return true
        }
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (larger.count - 1)
            while larger[slot] != 0 { slot = (slot + 1) & (larger.count - 1) }
            larger[slot] = Int32(index + 1)
        }
        slots = larger
    }

    /// FNV-1a over the bytes.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// ASCII upper case to lower case; every other byte unchanged.
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Whether a token starting with `byte` can be a word: an ASCII letter or a non-ASCII character.
    static func startsWord(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return (folded >= 0x61 && folded <= 0x7A) || byte >= 0xC0
    }

    /// Characters (not bytes) in a UTF-8 word.
    static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
