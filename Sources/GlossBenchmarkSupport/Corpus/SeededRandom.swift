/// A small deterministic random source (SplitMix64): the same seed gives the same corpus on every machine
/// and every Swift version, which `SystemRandomNumberGenerator` and the standard library's
/// `Int.random(in:using:)` (whose algorithm may change) do not promise.
public struct SeededRandom: Sendable {
    private var state: UInt64

    /// Creates a source; the same seed gives the same sequence.
    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range` (modulo bias is irrelevant for test text).
    public mutating func number(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// One element of a non-empty array.
    public mutating func pick<Element>(_ items: [Element]) -> Element { items[number(0...items.count - 1)] }

    /// True with probability `percent` / 100.
    public mutating func chance(_ percent: Int) -> Bool { number(0...99) < percent }

    /// A new source whose sequence depends on this one's seed and `stream`, without advancing this one:
    /// article `n` of a corpus gets `fork(n)`, so each article is the same whatever the corpus size.
    public func fork(_ stream: UInt64) -> SeededRandom {
        var copy = SeededRandom(seed: state ^ (stream &* 0xD1B5_4A32_D192_ED03))
        _ = copy.next()
        return copy
    }
}
