import GlossCore

/// How the segmenter treats a single line break (a blank line always ends a sentence).
public enum LineBreakMode: String, ConfigEnum, Sendable {
    /// A line break ends a sentence when the line before looks complete on its own (a headline, a byline,
    /// a list item) and the next line starts like a sentence; a line that runs on (ends in `the`, `of`, a
    /// comma...) continues, as do all lines of a paragraph that is visibly hard-wrapped (a line in it ends
    /// mid-sentence and the next starts in lower case). Right for scraped news, where headlines and
    /// datelines sit on their own lines.
    case auto
    /// Only blank lines end sentences; single line breaks are spaces (hard-wrapped plain text, e-mail).
    case paragraph
    /// Every line break ends a sentence (one sentence per line: subtitles, lists, poetry).
    case line
}

/// What to do with hyphenated words.
public enum HyphenMode: String, ConfigEnum, Sendable {
    /// `military-technical`, `15-year` stay one token.
    case keep
    /// Split at hyphens as Universal Dependencies English does (`15 - year`), except after prefixes such as
    /// `co-`, `pre-`, `non-`, `e-` and between digits (`3-1`, phone numbers). Brings tokens closer to a
    /// tagger trained on UD treebanks.
    case split
}

/// Settings shared by the ``Tokenizer`` and the ``SentenceSegmenter``.
public struct SegmenterConfiguration: Sendable, Hashable {
    /// More abbreviations (`approx`, `Supt.`): a period after them ends a sentence only when what follows
    /// clearly starts one.
    public var abbreviations: [String]
    /// How single line breaks are read.
    public var lineBreaks: LineBreakMode
    /// Whether hyphenated words are split.
    public var hyphens: HyphenMode
    /// The most tokens a sentence may have; a longer one is cut at its last comma, semicolon, colon or dash
    /// before the limit, or at the limit when it has none.
    public var maxSentenceTokens: Int

    /// The defaults: no extra abbreviations, `auto` line breaks, hyphenated words kept, 250 tokens.
    public init(
        abbreviations: [String] = [], lineBreaks: LineBreakMode = .auto, hyphens: HyphenMode = .keep,
        maxSentenceTokens: Int = 250
    ) {
        self.abbreviations = abbreviations
        self.lineBreaks = lineBreaks
        self.hyphens = hyphens
        self.maxSentenceTokens = maxSentenceTokens
    }
}
