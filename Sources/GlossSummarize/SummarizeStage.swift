import GlossCore

/// The `summarize` stage: an extractive summary of whole sentences, in document order.
///
/// Scores each sentence by its position (weighted as learnt from human summaries), its centrality
/// (LexRank over term vectors) and, when earlier stages found them, the salience of the entities and quoted
/// speakers it mentions; then chooses greedily, holding back sentences that repeat one already chosen.
/// The work is done by ``Summarizer``.
public struct SummarizeStage: Stage {
    /// Options of the `summarize` stage.
    public struct Options: StageOptions, Equatable {
        /// How many sentences the summary has at most (unless `ratio` is set).
        public var sentences = 3
        /// When above 0: the summary has ⌈ratio × sentence count⌉ sentences (at least 1) and `sentences` is
        /// ignored.
        public var ratio = 0.0
        /// When above 0: the summary text has at most this many characters (Unicode scalars, sentences
        /// joined by single spaces). Sentences are never cut; one that does not fit is passed over.
        public var maxChars = 0
        /// How sentences are ranked.
        public var method = SummaryMethod.auto
        /// Whether headlines, datelines and section titles are used only when nothing else is left.
        public var skipHeadings = true
        /// Weight of the learnt position prior (method `auto`).
        public var positionWeight = ScoringModel.learned.positionWeight
        /// Weight of LexRank centrality (method `auto`).
        public var centralityWeight = ScoringModel.learned.centralityWeight
        /// Weight of entity salience, used when the document has entities (method `auto`).
        public var entityWeight = ScoringModel.learned.entityWeight
        /// Weight of quoted-speaker salience, used when the document has quotes (method `auto`).
        public var quoteWeight = ScoringModel.learned.quoteWeight
        /// Penalty for similarity to sentences already chosen, 0 (none) to below 1 (methods `auto`, `centrality`).
        public var redundancy = ScoringModel.learned.redundancy

        enum CodingKeys: String, CodingKey {
            case sentences, ratio, method, redundancy
            case maxChars = "max_chars"
            case skipHeadings = "skip_headings"
            case positionWeight = "position_weight"
            case centralityWeight = "centrality_weight"
            case entityWeight = "entity_weight"
            case quoteWeight = "quote_weight"
        }

        /// All defaults.
        public init() {}

        /// One line per option, for `gloss stages summarize` and `gloss inspect`.
        public static let documentation: [String: String] = [
            "sentences": "Most sentences in the summary (at least 1). Ignored when ratio is set.",
            "ratio":
                "0 (off) or a fraction up to 1: the summary then has ratio × the document's sentences, rounded up and at least 1, instead of `sentences`.",
            "max_chars":
                "0 (no limit) or the most characters (Unicode scalars) of summary text, sentences joined by single spaces. Applies on top of the sentence count; a sentence that does not fit is passed over for a shorter one, never cut.",
            "method":
                "auto: position, centrality, entity and speaker salience, redundancy held back; lead: the first sentences in order; centrality: LexRank alone, redundancy held back.",
            "skip_headings":
                "Headlines, datelines, bylines and section titles (at most 20 words, no final punctuation) are used only when no other sentence is left.",
            "position_weight": "Weight of the position prior learnt from human summaries (auto).",
            "centrality_weight": "Weight of LexRank centrality over the sentences' term vectors (auto).",
            "entity_weight": "Weight of the salience of the entities a sentence names, when an earlier stage found entities (auto).",
            "quote_weight": "Weight of the salience of quoted speakers a sentence reports, when an earlier stage found quotes (auto).",
            "redundancy": "0 to below 1: how strongly similarity to sentences already chosen counts against a candidate (auto, centrality).",
        ]

        /// Problems types cannot catch: counts, fractions and weights out of range.
        public func validate() -> [String] {
            var problems: [String] = []
            if sentences < 1 { problems.append("sentences must be at least 1, got \(sentences)") }
            if !(ratio >= 0 && ratio <= 1) { problems.append("ratio must be between 0 (off) and 1, got \(ratio)") }
            if maxChars < 0 { problems.append("max_chars must be 0 (no limit) or more, got \(maxChars)") }
            let weights = [
                ("position_weight", positionWeight), ("centrality_weight", centralityWeight),
                ("entity_weight", entityWeight), ("quote_weight", quoteWeight),
            ]
            for (key, value) in weights where !(value >= 0 && value.isFinite) {
                problems.append("\(key) must be a number of 0 or more, got \(value)")
            }
            if method == .auto && weights.allSatisfy({ $0.1 == 0 }) {
                problems.append("method auto needs at least one weight above 0 (or use method lead or centrality)")
            }
            if !(redundancy >= 0 && redundancy < 1) { problems.append("redundancy must be at least 0 and below 1, got \(redundancy)") }
            return problems
        }

        /// How many sentences to choose from a document of `sentenceCount` sentences.
        public func summaryLength(sentenceCount: Int) -> Int {
            guard ratio > 0 else { return sentences }
            // A small epsilon keeps 0.3 × 10 at 3 despite binary floating point.
            return max(1, Int((ratio * Double(sentenceCount) - 1e-9).rounded(.up)))
        }
    }

    /// `summarize`.
    public static let name = "summarize"
    /// One line for `gloss stages`.
    public static let summary = "Chooses the sentences that best summarise the document (extractive)."
    /// What the stage does and an example, for `gloss stages summarize`.
    public static let documentation = """
        Picks whole sentences, kept in document order, and writes their indices and their text (joined by \
        single spaces) as the summary. Method auto scores each sentence by its position among the content \
        sentences (the lead matters most in news; how much was learnt from human-written summaries of the GUM \
        corpus), by its centrality (LexRank over term vectors with stop words removed and light stemming), and, \
        when earlier stages added them, by the salience of the entities it names and the quoted speakers it \
        reports; short fragments are scaled down, headlines and datelines are used only when nothing else is \
        left, and a sentence that repeats one already chosen is held back (maximal marginal relevance). The \
        result is deterministic. Needs sentences and tokens (run segment first); uses entities and quotes when \
        present.

        Example:
          - summarize:
              sentences: 3
              max_chars: 600
        """
    /// `sentences` and `tokens`.
    public static let requires: Set<Layer> = [.sentences, .tokens]
    /// `summary`.
    public static let produces: Set<Layer> = [.summary]

    /// The options in effect.
    public let options: Options
    /// The summarizer this stage runs.
    public let summarizer: Summarizer

    /// Builds the summarizer (stop-word table) once; the stage is then shared by all workers.
    /// - Throws: ``StageError`` when the options are invalid (normally caught earlier by the pipeline check).
    public init(options: Options, context: StageContext) throws {
        let problems = options.validate()
        guard problems.isEmpty else { throw StageError(problems.joined(separator: "; ")) }
        self.options = options
        var model = ScoringModel.learned
        model.positionWeight = options.positionWeight
        model.centralityWeight = options.centralityWeight
        model.entityWeight = options.entityWeight
        model.quoteWeight = options.quoteWeight
        model.redundancy = options.redundancy
        summarizer = Summarizer(method: options.method, model: model, skipHeadings: options.skipHeadings)
    }

    /// Sets `summary` on `document`, replacing any it had; a document without sentences gets an empty one.
    public func process(_ document: inout Document) throws {
        let count = options.summaryLength(sentenceCount: document.sentences?.count ?? 0)
        let chosen = summarizer.choose(in: document, count: count, maxCharacters: options.maxChars)
        document.summary = summarizer.summary(of: document, sentences: chosen)
    }
}
