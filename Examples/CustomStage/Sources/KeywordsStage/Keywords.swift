import GlossCore

/// Stage `keywords`: the most frequent content words of a document, into `ext.keywords`.
///
/// It works on the tokens `segment` found, so it runs after `segment`; with `parts_of_speech` it also
/// needs the tags from `tag`. Words are compared lower-cased (ASCII letters); stop words, words shorter
/// than `min_length` and tokens that do not start with a letter are skipped. Ties go to the word that
/// appears first.
///
/// ```yaml
/// stages:
///   - segment
///   - keywords: {count: 5, stop_words: [norvale]}
/// ```
public struct Keywords: Stage {
    /// Options of the `keywords` stage; every default is here.
    public struct Options: StageOptions, Equatable {
        /// How many keywords to keep.
        public var count = 5
        /// Shortest word counted, in characters.
        public var minLength = 3
        /// Words never counted, on top of the built-in list.
        public var stopWords: [String] = []
        /// Whether the built-in English stop words (the, and, said, ...) apply.
        public var defaultStopWords = true
        /// Only count tokens with these Universal POS tags (NOUN, PROPN, ...); empty counts every word.
        public var partsOfSpeech: [String] = []

        enum CodingKeys: String, CodingKey {
            case count, minLength = "min_length", stopWords = "stop_words", defaultStopWords = "default_stop_words"
            case partsOfSpeech = "parts_of_speech"
        }

        public init() {}

        public init(count: Int = 5, minLength: Int = 3, stopWords: [String] = [], defaultStopWords: Bool = true, partsOfSpeech: [String] = []) {
            self.count = count
            self.minLength = minLength
            self.stopWords = stopWords
            self.defaultStopWords = defaultStopWords
            self.partsOfSpeech = partsOfSpeech
        }

        public static let documentation: [String: String] = [
            "count": "How many keywords to keep (most frequent first).",
            "min_length": "Shortest word counted, in characters.",
            "stop_words": "Words never counted, on top of the built-in English list (case does not matter).",
            "default_stop_words": "Use the built-in English stop words (the, and, said, ...).",
            "parts_of_speech": "Only count tokens with these UPOS tags, e.g. [NOUN, PROPN]; needs a tagger ('tag') before this stage.",
        ]

        public func validate() -> [String] {
            var problems: [String] = []
            if count < 1 { problems.append("'count' must be at least 1") }
            if minLength < 1 { problems.append("'min_length' must be at least 1") }
            for name in partsOfSpeech where UPOS(name: name) == nil {
                problems.append("'parts_of_speech' has '\(name)', which is not a Universal POS tag (NOUN, PROPN, VERB, ADJ, ...)")
            }
            return problems
        }
    }

    public static let name = "keywords"
    public static let summary = "The most frequent content words of a document, into ext.keywords."
    public static let documentation = """
        Counts the words of each document (lower-cased, stop words and short words left out) and keeps the
        most frequent ones, ties going to the word seen first. Runs after 'segment' (it reads tokens); with
        parts_of_speech it counts only tokens with those tags, and then needs 'tag' before it.

        Output: "ext": {"keywords": ["strike", "depot", "drivers"]}
        """
    public static let requires: Set<Layer> = [.tokens]
    public static let produces: Set<Layer> = [Layer(KeywordList.name)]

    /// Tags are only needed when the options filter on them.
    public static func requires(with options: Options) -> Set<Layer> {
        options.partsOfSpeech.isEmpty ? requires : requires.union([.pos])
    }

    private let options: Options
    private let stopWords: WordTable
    private let allowedTags: Set<UPOS>

    /// Builds the stop-word table once; every worker shares it.
    public init(options: Options, context: StageContext) {
        self.options = options
        var stopWords = WordTable()
        for word in (options.defaultStopWords ? EnglishStopWords.all : []) + options.stopWords {
            let folded = word.utf8.map(WordTable.lowercased)
            folded.withUnsafeBufferPointer { stopWords.add($0, position: 0) }
        }
        self.stopWords = stopWords
        allowedTags = Set(options.partsOfSpeech.compactMap { UPOS(name: $0) })
    }

    /// Counts the document's words and stores the top ones under `ext.keywords`.
    public func process(_ document: inout Document) throws {
        guard let tokens = document.tokens else {
            throw StageError("the document has no tokens", hint: "run 'segment' before 'keywords'")
        }
        var counts = WordTable()
        var folded: [UInt8] = []
        document.withUTF8 { text in
            for (position, token) in tokens.enumerated() {
                if !allowedTags.isEmpty, !(token.pos.map(allowedTags.contains) ?? false) { continue }
                let word = UnsafeBufferPointer(rebasing: text[token.start..<token.end])
                guard let first = word.first, WordTable.startsWord(first), WordTable.characterCount(word) >= options.minLength else { continue }
                // One reusable buffer for the lower-cased word: no String per token.
                folded.removeAll(keepingCapacity: true)
                for byte in word { folded.append(WordTable.lowercased(byte)) }
                folded.withUnsafeBufferPointer { word in
                    if !stopWords.contains(word) { counts.add(word, position: position) }
                }
            }
        }
        document[KeywordList.self] = counts.mostFrequent(options.count)
    }
}
