/// A hash table from words (compared case-insensitively over ASCII letters) to small integer ids, looked
/// up straight from a token's UTF-8 bytes so that the hot loop allocates nothing.
struct ByteWordTable: Sendable {
    /// Every key, lower-cased, one after another.
    private let keyBytes: [UInt8]
    /// Per slot: where the key starts in `keyBytes` (-1: empty), its length and its id.
    private let slotStart: [Int32]
    private let slotLength: [UInt8]
    private let slotValue: [Int32]
    private let mask: Int
    /// The longest key: longer tokens are never looked up.
    let maximumLength: Int

    /// Builds the table from keys and their ids; later duplicates of a key are ignored. Keys longer than
    /// 255 bytes are skipped (no word is that long).
    init(_ entries: [(key: String, id: Int32)]) {
        var capacity = 16
        while capacity < entries.count * 2 + 1 { capacity *= 2 }
        var keyBytes: [UInt8] = []
        var slotStart = [Int32](repeating: -1, count: capacity)
        var slotLength = [UInt8](repeating: 0, count: capacity)
        var slotValue = [Int32](repeating: -1, count: capacity)
        var longest = 0
        for (key, id) in entries {
            let lowered = key.utf8.map(Self.fold)
            guard !lowered.isEmpty, lowered.count < 256 else { continue }
            var slot = Self.hash(lowered[...]) & (capacity - 1)
            var duplicate = false
            while slotStart[slot] >= 0 {
                let start = Int(slotStart[slot])
                if Int(slotLength[slot]) == lowered.count, keyBytes[start..<(start + lowered.count)].elementsEqual(lowered) {
                    duplicate = true
                    break
                }
                slot = (slot + 1) & (capacity - 1)
            }
            if duplicate { continue }
            slotStart[slot] = Int32(keyBytes.count)
            slotLength[slot] = UInt8(lowered.count)
            slotValue[slot] = id
            keyBytes.append(contentsOf: lowered)
            longest = max(longest, lowered.count)
        }
        self.keyBytes = keyBytes
        self.slotStart = slotStart
        self.slotLength = slotLength
        self.slotValue = slotValue
        self.mask = capacity - 1
        self.maximumLength = longest
    }

    /// The id of the word in `bytes[start..<end]`, or -1.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
        let length = end - start
        guard length > 0, length <= maximumLength else { return -1 }
        var hash: UInt32 = 2_166_136_261
        for index in start..<end {
            hash = (hash ^ UInt32(Self.fold(bytes[index]))) &* 16_777_619
        }
        var slot = Int(hash) & mask
        return keyBytes.withUnsafeBufferPointer { keys in
            while true {
                let keyStart = Int(slotStart[slot])
                if keyStart < 0 { return -1 }
                if Int(slotLength[slot]) == length {
                    var equal = true
                    for offset in 0..<length where keys[keyStart + offset] != Self.fold(bytes[start + offset]) {
                        equal = false
                        break
                    }
                    if equal { return slotValue[slot] }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of `word`, or -1 (for building and tests, not hot loops).
    func lookup(_ word: String) -> Int32 {
        var copy = word
        return copy.withUTF8 { lookup($0, 0, $0.count) }
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    private static func hash(_ bytes: ArraySlice<UInt8>) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash)
    }
}
