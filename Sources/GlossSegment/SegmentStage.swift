import GlossCore

/// The `segment` stage: finds sentences and tokens.
///
/// Runs after `clean` but works on any text (raw, CRLF, NBSP, tabs, curly quotes, dashes, ellipses). The
/// work is done by ``SentenceSegmenter`` and ``Tokenizer``, which other tools can use directly.
public struct SegmentStage: Stage {
    /// Options of the `segment` stage.
    public struct Options: StageOptions, Equatable {
        /// More abbreviations, with or without their period (`approx`, `Supt.`).
        public var abbreviations: [String] = []
        /// Whether to write the `tokens` layer; false writes sentences only.
        public var tokens = true
        /// The most tokens a sentence may have before it is cut.
        public var maxSentenceTokens = 250
        /// How single line breaks are read.
        public var lineBreaks = LineBreakMode.auto
        /// Whether hyphenated words stay whole.
        public var hyphens = HyphenMode.keep

        enum CodingKeys: String, CodingKey {
            case abbreviations, tokens
            case maxSentenceTokens = "max_sentence_tokens"
            case lineBreaks = "line_breaks"
            case hyphens
        }

        /// All defaults.
        public init() {}

        /// One line per option, for `gloss stages segment` and `gloss inspect`.
        public static let documentation: [String: String] = [
            "abbreviations":
                "More abbreviations, e.g. [approx, Supt.]. A period after one ends a sentence only when the next word clearly starts one (like Inc.).",
            "tokens": "Write the tokens layer (true) or sentences only (false).",
            "max_sentence_tokens":
                "Longest sentence in tokens (at least 8). A longer one is cut at its last comma, colon, semicolon or dash in the second half of the window, else at the limit, so later stages never see a runaway sentence (a table, a list without stops).",
            "line_breaks":
                "auto: a line break ends a headline, byline or list item but not a wrapped line; paragraph: only blank lines end sentences; line: every line break does.",
            "hyphens":
                "keep: hyphenated words are one token (military-technical); split: split them as Universal Dependencies English does (15 - year), except after prefixes such as co-, e-, non- and between digits.",
        ]

        /// Problems types cannot catch: a too small sentence limit, an abbreviation with spaces.
        public func validate() -> [String] {
            var problems: [String] = []
            if maxSentenceTokens < 8 { problems.append("max_sentence_tokens must be at least 8, got \(maxSentenceTokens)") }
            for word in abbreviations where Lexicon.normalizedAbbreviation(word).isEmpty || word.contains(" ") {
                problems.append("abbreviation '\(word)' must be a word without spaces, like 'approx' or 'Supt.'")
            }
            return problems
        }
    }

    /// `segment`.
    public static let name = "segment"
    /// One line for `gloss stages`.
    public static let summary = "Finds sentences and tokens (Universal Dependencies style)."
    /// What the stage does and an example, for `gloss stages segment`.
    public static let documentation = """
        Splits the text into sentences and tokens. Sentences end at . ! ? and ellipses (with the closing quotes \
        and brackets after them) unless the period belongs to an abbreviation (Mr. U.S. p.m. Inc.), an initial \
        (Mark D. Ellison) or a number; a blank line always ends one; a single line break ends a headline or list \
        item (see line_breaks). Tokens follow Universal Dependencies English: do|n't, it|'s, can|not, $|12, 4.5|%; \
        abbreviations keep their period except at the end of a sentence (p.m|.); URLs, e-mails, @handles and \
        #hashtags stay whole.

        Example:
          - segment:
              abbreviations: [approx, Supt.]
              tokens: true
        """
    /// Nothing: `segment` works on any text (usually after `clean`).
    public static let requires: Set<Layer> = []
    /// `sentences` and `tokens`.
    public static let produces: Set<Layer> = [.sentences, .tokens]

    /// `sentences` only when `tokens: false`.
    public static func produces(with options: Options) -> Set<Layer> {
        options.tokens ? [.sentences, .tokens] : [.sentences]
    }

    /// The segmenter this stage runs.
    public let segmenter: SentenceSegmenter
    let writesTokens: Bool

    /// Builds the segmenter (word tables) once; the stage is then shared by all workers.
    /// - Throws: ``StageError`` when the options are invalid (normally caught earlier by the pipeline check).
    public init(options: Options, context: StageContext) throws {
        let problems = options.validate()
        guard problems.isEmpty else { throw StageError(problems.joined(separator: "; ")) }
        segmenter = SentenceSegmenter(configuration: SegmenterConfiguration(
            abbreviations: options.abbreviations, lineBreaks: options.lineBreaks, hyphens: options.hyphens,
            maxSentenceTokens: options.maxSentenceTokens))
        writesTokens = options.tokens
    }

    /// Sets `sentences` (and `tokens`) on `document`, replacing any it had.
    public func process(_ document: inout Document) throws {
        let result = document.withUTF8 { segmenter.segment($0, includeTokens: writesTokens) }
        document.sentences = result.sentences
        if writesTokens { document.tokens = result.tokens }
    }
}
