/// Where a few words occur in a document, found in two passes over its tokens: the span classifier's
/// context aggregation reads the other occurrences of each mention's first and last word, and scanning
/// the whole document once per mention cost more instructions than the rest of the classifier together
/// (2.6% of a `clean`–`segment`–`tag` run, cachegrind).
///
/// An open-addressing table of the wanted words (at most half full) counts, then lists, the positions of
/// each one; the positions of a word come out in document order.
struct WordOccurrences {
    private var keys: [UInt64]
    private var used: [Bool]
    /// Start of each slot's positions in ``positions`` (one more entry than slots).
    private var starts: [Int]
    private var positions: [Int]
    private let shift: UInt64

    /// Indexes the occurrences in `norms` of every word of `words`.
    init(words: [UInt64], in norms: UnsafeBufferPointer<UInt64>) {
        var bits: UInt64 = 4
        while (1 << bits) < 2 * max(1, words.count) { bits += 1 }
        let size = 1 << Int(bits)
        shift = 64 - bits
        keys = [UInt64](repeating: 0, count: size)
        used = [Bool](repeating: false, count: size)
        for word in words {
            var slot = Self.home(word, shift)
            while used[slot] && keys[slot] != word { slot = (slot + 1) & (size - 1) }
            used[slot] = true
            keys[slot] = word
        }
        starts = []
        positions = []
        var counts = [Int](repeating: 0, count: size + 1)
        for norm in norms { if let slot = find(norm) { counts[slot + 1] += 1 } }
        for k in 0..<size { counts[k + 1] += counts[k] }
        starts = counts
        positions = [Int](repeating: 0, count: counts[size])
        var next = counts
        for (j, norm) in norms.enumerated() {
            guard let slot = find(norm) else { continue }
            positions[next[slot]] = j
            next[slot] += 1
        }
    }

    /// The positions of `word` (one of the indexed words) in document order; empty for any other word.
    func positions(of word: UInt64) -> ArraySlice<Int> {
        guard let slot = find(word) else { return [] }
        return positions[starts[slot]..<starts[slot + 1]]
    }

    @inline(__always)
    private static func home(_ word: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    private func find(_ word: UInt64) -> Int? {
        let mask = keys.count - 1
        var slot = Self.home(word, shift)
        while used[slot] {
            if keys[slot] == word { return slot }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
