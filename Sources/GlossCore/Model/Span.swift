/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Spans are how every layer points into the text: no layer copies the text it annotates.
/// In JSON output the offsets are converted to Unicode scalar offsets (see ``DocumentJSON``).
public struct Span: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Offset of the first byte.
    public var start: Int
    /// Offset one past the last byte.
    public var end: Int

    /// Creates a span; `start` must not exceed `end`.
    @inlinable
    public init(start: Int, end: Int) {
        precondition(start <= end, "a span must not end before it starts")
        self.start = start
        self.end = end
    }

    /// Creates a span from a half-open range.
    @inlinable
    public init(_ range: Range<Int>) {
        self.start = range.lowerBound
        self.end = range.upperBound
    }

    /// The span as a half-open range.
    @inlinable
    public var range: Range<Int> { start..<end }

    /// Number of bytes covered.
    @inlinable
    public var length: Int { end - start }

    /// Whether the span covers no byte.
    @inlinable
    public var isEmpty: Bool { start == end }

    /// Whether `other` lies entirely inside this span.
    @inlinable
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    /// Whether the two spans share at least one byte.
    @inlinable
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    @inlinable
    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
