/// A set of non-zero 64-bit hashes with open addressing; built once, probed without allocating.
struct HashSet64: Sendable {
    private var slots: [UInt64]
    private var mask: Int

    /// An empty set with room for `minimumCapacity` hashes at a load under one half.
    init(minimumCapacity: Int) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// Adds `hash` (which must not be 0, the empty slot).
    mutating func insert(_ hash: UInt64) {
        precondition(hash != 0, "0 marks an empty slot")
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask
        while slots[slot] != 0 {
            if slots[slot] == hash { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = hash
    }

    /// Whether `hash` is in the set.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask
            while slots[slot] != 0 {
                if slots[slot] == hash { return true }
                slot = (slot + 1) & mask
            }
            return false
        }
    }
}
