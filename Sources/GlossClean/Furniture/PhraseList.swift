/// Lower-case phrases to compare lines with, and what lets most lines skip the comparisons: which bytes
/// phrases start with and which lengths they have.
struct PhraseList: Sendable {
    let phrases: [[UInt8]]
    /// Bit `b` of word `b / 64` is set when some phrase starts with byte `b`.
    private let firstBytes: (UInt64, UInt64)
    private let longest: Int

    init(_ phrases: [String]) {
        self.phrases = phrases.map { Array($0.utf8) }
        var firstBytes: (UInt64, UInt64) = (0, 0)
        for phrase in self.phrases {
            guard let first = phrase.first, first < 0x80 else { continue }
            if first < 64 { firstBytes.0 |= 1 << UInt64(first) } else { firstBytes.1 |= 1 << UInt64(first - 64) }
        }
        self.firstBytes = firstBytes
        longest = self.phrases.map(\.count).max() ?? 0
    }

    @inline(__always)
    private func mayStartWith(_ byte: UInt8) -> Bool {
        let lower = lowercased(byte)
        if lower >= 0x80 { return false }
        return lower < 64 ? firstBytes.0 & (1 << UInt64(lower)) != 0 : firstBytes.1 & (1 << UInt64(lower - 64)) != 0
    }

    /// Whether `bytes[range]` is one of the phrases, ignoring ASCII case.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= longest, mayStartWith(bytes[range.lowerBound]) else { return false }
        for phrase in phrases where LineBytes.equals(bytes, range, phrase) { return true }
        return false
    }

    /// Whether `bytes[range]` starts with one of the phrases as a phrase of its own
    /// (``LineBytes/hasWordPrefix(_:_:_:)``).
    func startsWithPhrase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, mayStartWith(bytes[range.lowerBound]) else { return false }
        for phrase in phrases where LineBytes.hasWordPrefix(bytes, range, phrase) { return true }
        return false
    }
}
