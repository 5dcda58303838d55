/// Numbers the distinct terms of one document 0, 1, 2, ... so that sentence vectors can index arrays.
///
/// Lives for one document; open addressing over the 64-bit term hashes, sized for the document's tokens.
struct TermIndex {
    private var keys: [UInt64]
    private var ids: [Int32]
    private var mask: Int
    /// How many distinct terms have been numbered.
    private(set) var count: Int32 = 0

    /// An index with room for `maximumTerms` distinct terms.
    init(maximumTerms: Int) {
        var capacity = 16
        while capacity < maximumTerms * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        ids = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// The number of `term` (non-zero), numbering it if it is new.
    @inline(__always)
    mutating func id(_ term: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: term ^ (term >> 31)) & mask
        while true {
            let key = keys[slot]
            if key == term { return ids[slot] }
            if key == 0 {
                keys[slot] = term
                ids[slot] = count
                count += 1
                return ids[slot]
            }
            slot = (slot + 1) & mask
        }
    }
}
