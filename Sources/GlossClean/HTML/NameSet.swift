/// A fixed set of lower-cased names, by ``HTMLTag/hash(_:_:)``, answering `contains` with one multiply
/// and a probe or two: `Set<UInt64>` would run SipHash for every class name and tag it is asked about.
struct NameSet: Sendable {
    private let keys: [UInt64]
    private let mask: Int

    init(_ names: [String]) {
        var size = 8
        while size < names.count * 4 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        for name in names {
            let key = HTMLTag.hash(name)
            var slot = Self.slot(key, size - 1)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
        }
        self.keys = keys
        self.mask = size - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// Whether the name whose hash is `key` is in the set.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        var slot = Self.slot(key, mask)
        while true {
            let stored = keys[slot]
            if stored == key { return true }
            if stored == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
