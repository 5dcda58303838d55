/// A hash table from words (compared case-insensitively over ASCII letters) to small integer ids, looked
/// up straight from a token's UTF-8 bytes so that the hot loop allocates nothing.
struct ByteWordTable: Sendable {
    /// One slot, eight bytes so that the table stays in the first-level caches: the key's hash, where the
    /// key starts in `keyBytes` (with its length) and its id. `length` 0 marks an empty slot.
    private struct Slot: Sendable {
        var hash: UInt32 = 0
        var start: UInt16 = 0
        var length: UInt8 = 0
        var unused: UInt8 = 0
    }

    /// Every key, lower-cased, one after another.
    private let keyBytes: [UInt8]
    private let slots: [Slot]
    private let ids: [Int32]
    /// One bit per value of the hash's top 16 bits: a word whose bit is clear is not in the table, which
    /// answers most misses from 8 KB.
    private let filter: [UInt64]
    private let mask: Int
    /// The longest key: longer tokens are never looked up.
    let maximumLength: Int

    /// Builds the table from keys and their ids; later duplicates of a key are ignored.
    init(_ entries: [(key: String, id: Int32)]) {
        var capacity = 16
        while capacity < entries.count * 2 + 1 { capacity *= 2 }
        var keyBytes: [UInt8] = []
        var slots = [Slot](repeating: Slot(), count: capacity)
        var ids = [Int32](repeating: -1, count: capacity)
        var filter = [UInt64](repeating: 0, count: 1024)
        var longest = 0
        for (key, id) in entries {
            let lowered = key.utf8.map(Self.fold)
            guard !lowered.isEmpty, lowered.count < 256, keyBytes.count + lowered.count <= Int(UInt16.max) else { continue }
            let hash = Self.hash(lowered)
            var slot = Int(hash) & (capacity - 1)
            var duplicate = false
            while slots[slot].length > 0 {
                let start = Int(slots[slot].start)
                if Int(slots[slot].length) == lowered.count, keyBytes[start..<(start + lowered.count)].elementsEqual(lowered) {
                    duplicate = true
                    break
                }
                slot = (slot + 1) & (capacity - 1)
            }
            if duplicate { continue }
            slots[slot] = Slot(hash: hash, start: UInt16(keyBytes.count), length: UInt8(lowered.count))
            ids[slot] = id
            filter[Int(hash >> 22)] |= 1 << UInt64((hash >> 16) & 63)
            keyBytes.append(contentsOf: lowered)
            longest = max(longest, lowered.count)
        }
        self.keyBytes = keyBytes
        self.slots = slots
        self.ids = ids
        self.filter = filter
        self.mask = capacity - 1
        self.maximumLength = longest
    }

    /// The id of the word in `bytes[start..<end]`, or -1.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
        let length = end - start
        guard length > 0, length <= maximumLength else { return -1 }
        let hash = Self.hash(length, Self.fold(bytes[start]), Self.fold(bytes[start + min(1, length - 1)]), Self.fold(bytes[end - 1]))
        guard filter.withUnsafeBufferPointer({ $0[Int(hash >> 22)] & (1 << UInt64((hash >> 16) & 63)) }) != 0 else { return -1 }
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keys in
                var slot = Int(hash) & mask
                while true {
                    let entry = slots[slot]
                    if entry.length == 0 { return -1 }
                    if entry.hash == hash, Int(entry.length) == length {
                        let keyStart = Int(entry.start)
                        var equal = true
                        for offset in 0..<length where keys[keyStart + offset] != Self.fold(bytes[start + offset]) {
                            equal = false
                            break
                        }
                        if equal { return ids[slot] }
                    }
                    slot = (slot + 1) & mask
                }
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

    /// A hash of a word's length, first two and last bytes (lower-cased): no loop over the word, so that
    /// the lookup does not wait on a chain of multiplications; equal hashes are told apart by the bytes.
    @inline(__always)
    private static func hash(_ length: Int, _ first: UInt8, _ second: UInt8, _ last: UInt8) -> UInt32 {
        let packed = UInt32(first) | UInt32(second) << 8 | UInt32(last) << 16 | UInt32(truncatingIfNeeded: length) << 24
        let mixed = packed &* 0x9E37_79B1
        return mixed ^ (mixed >> 15)
    }

    private static func hash(_ bytes: [UInt8]) -> UInt32 {
        hash(bytes.count, bytes[0], bytes[min(1, bytes.count - 1)], bytes[bytes.count - 1])
    }
}
