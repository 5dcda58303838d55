/// A quotation and, when one is found, who said it.
public struct Quote: Hashable, Sendable {
    /// How the words are reported.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Inside quotation marks.
        case direct
        /// A quoted fragment inside reported speech: he called it "a mistake".
        case partial
        /// Reported speech without quotation marks: she said (that) ...
        case indirect
    }

    /// Offset of the first byte of the quoted words (quotation marks excluded).
    public var start: Int
    /// Offset one past the last byte of the quoted words.
    public var end: Int
    /// Direct, partial or indirect.
    public var kind: Kind
    /// The fullest name the document gives for the speaker; nil when nobody is attributed.
    public var speaker: String?
    /// The mention of the speaker the attribution rests on (a name, a pronoun, "the ministry").
    public var speakerSpan: Span?
    /// The speaker's role when the text gives one ("Kremlin spokesman").
    public var speakerRole: String?
    /// The speech cue ("said", "according to", "told reporters").
    public var cue: String?

    /// Creates a quote over `span`.
    public init(
        _ span: Span, kind: Kind, speaker: String? = nil, speakerSpan: Span? = nil,
        speakerRole: String? = nil, cue: String? = nil
    ) {
        self.start = span.start
        self.end = span.end
        self.kind = kind
        self.speaker = speaker
        self.speakerSpan = speakerSpan
        self.speakerRole = speakerRole
        self.cue = cue
    }

    /// The quoted words' byte span.
    @inlinable
    public var span: Span { Span(start: start, end: end) }
}
