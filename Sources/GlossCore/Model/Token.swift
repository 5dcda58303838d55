/// A token: a span of the text and, once a tagger has run, its part of speech.
public struct Token: Hashable, Sendable {
    /// Offset of the token's first byte.
    public var start: Int
    /// Offset one past the token's last byte.
    public var end: Int
    /// The Universal POS tag, set by a tagging stage.
    public var pos: UPOS?

    /// Creates a token over `span`, optionally tagged.
    @inlinable
    public init(_ span: Span, pos: UPOS? = nil) {
        self.start = span.start
        self.end = span.end
        self.pos = pos
    }

    /// Creates a token from byte offsets.
    @inlinable
    public init(start: Int, end: Int, pos: UPOS? = nil) {
        self.start = start
        self.end = end
        self.pos = pos
    }

    /// The token's byte span.
    @inlinable
    public var span: Span { Span(start: start, end: end) }
}
