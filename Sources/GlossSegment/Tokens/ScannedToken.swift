import GlossCore

/// What kind of thing a token is, as far as sentence boundaries care.
public enum TokenKind: UInt8, Sendable, Hashable {
    /// Letters, digits and what joins them (`state-run`, `O'Brien`, `v2.0`, `AT&T`).
    case word
    /// Digits with separators: `1,900`, `3.14`, `10:30`, `3-1`, `1026.253.553`.
    case number
    /// A word with its period: `Dr.`, `U.S.`, `p.m.`, `J.` (initials), `etc.`.
    case abbreviation
    /// A clitic split off a word: `'s`, `n't`, `'re`, or the second part of `can|not`, `gon|na`.
    case clitic
    /// `.`
    case period
    /// `...`, `…`, `....`: two or more dots or an ellipsis character, without `?` or `!`.
    case ellipsis
    /// `?`, `!` and runs mixing them with dots: `?!`, `!!`, `.?`.
    case stop
    case comma
    /// `:` or `;`.
    case colon
    /// A quotation mark that opens a quotation.
    case openQuote
    /// A quotation mark that closes a quotation.
    case closeQuote
    /// A straight quotation mark standing alone between spaces: which way it faces is unknown.
    case quote
    /// `(`, `[` or `{`.
    case openBracket
    /// `)`, `]` or `}`.
    case closeBracket
    /// Dashes and hyphens standing alone: `-`, `--`, `–`, `—`.
    case dash
    /// A list bullet: `•`, `▪`, `⁃`, ...
    case bullet
    /// A web address, e-mail address, @handle or #hashtag.
    case address
    /// `:)`, `;-)`, `:D`, `:P`.
    case emoticon
    /// Any other symbol or punctuation: `$`, `%`, `&`, `©`, an emoji.
    case symbol
}

/// What separates a token from the one before it.
public enum TokenGap: UInt8, Sendable, Hashable, Comparable {
    /// Nothing: the token touches the previous one (`do|n't`, `word|.`).
    case none
    /// Spaces or tabs, no line break.
    case space
    /// One line break (with any spaces).
    case line
    /// Two or more line breaks (a blank line), or the start of the text.
    case paragraph

    /// Smaller gaps first: none < space < line < paragraph.
    public static func < (lhs: TokenGap, rhs: TokenGap) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A token as the ``Tokenizer`` finds it: its bytes, its kind and what separates it from the previous token.
///
/// Sixteen bytes (an offset, a 32-bit length and two one-byte fields): the tokenizer writes ten million of
/// these per 50 MB, so their size shows in its speed. A token is at most 4 GiB − 1 bytes long; the tokenizer
/// cuts a longer run of non-space bytes into pieces.
public struct ScannedToken: Hashable, Sendable {
    /// Offset of the first byte in the text.
    public var start: Int
    @usableFromInline var length: UInt32
    /// What kind of token this is.
    public var kind: TokenKind
    /// What lies between the previous token and this one.
    public var gap: TokenGap

    /// Creates a scanned token; `end - start` must be in `0...UInt32.max`.
    @inlinable
    public init(start: Int, end: Int, kind: TokenKind, gap: TokenGap) {
        precondition(end >= start && end - start <= Int(UInt32.max), "a token must be 0 to 4 GiB - 1 bytes long")
        self.start = start
        self.length = UInt32(truncatingIfNeeded: end - start)
        self.kind = kind
        self.gap = gap
    }

    /// Offset one past the last byte.
    @inlinable
    public var end: Int { start + Int(length) }

    /// The token's byte span.
    @inlinable
    public var span: Span { Span(start: start, end: end) }
}
