/// An immutable open-addressing map from 64-bit word hashes to 32-bit values, for lookups in the hot
/// path (lexicon classes, the tag dictionary) without `Dictionary`'s per-lookup hashing.
struct WordTable: Sendable {
    private let keys: [UInt64]
    private let values: [UInt32]
    private let mask: Int

    /// Number of entries.
    let count: Int

    /// Builds the table; a key given twice keeps the value of its last occurrence.
    init(_ entries: [UInt64: UInt32]) {
        var capacity = 8
        while capacity < entries.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [UInt32](repeating: 0, count: capacity)
        // Key 0 marks an empty slot; a word hash of 0 is stored as 1 (a harmless, vanishingly rare merge).
        for (key, value) in entries {
            let stored = key == 0 ? 1 : key
            var slot = Int(truncatingIfNeeded: FeatureHash.finalise(stored)) & (capacity - 1)
            while keys[slot] != 0 && keys[slot] != stored { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = stored
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.mask = capacity - 1
        self.count = entries.count
    }

    /// The value of `key`, or nil.
    @inline(__always)
    func value(_ key: UInt64) -> UInt32? {
        let stored = key == 0 ? 1 : key
        var slot = Int(truncatingIfNeeded: FeatureHash.finalise(stored)) & mask
        while true {
            let found = keys[slot]
            if found == stored { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// All entries.
    var entries: [UInt64: UInt32] {
        var result: [UInt64: UInt32] = [:]
        for (k, key) in keys.enumerated() where key != 0 { result[key] = values[k] }
        return result
    }
}
