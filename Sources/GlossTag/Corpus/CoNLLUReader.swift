import Foundation

/// One sentence of a CoNLL-U file: its comments of interest and its syntactic words.
public struct CoNLLUSentence: Sendable, Hashable, BlockSentence {
    /// One syntactic word (an integer-ID line).
    public struct Word: Sendable, Hashable {
        /// Column 2.
        public var form: String
        /// Column 4 (UPOS).
        public var upos: String
        /// Column 5 (language-specific tag, Penn tags for English).
        public var xpos: String
        /// Whether a space follows in the text (`SpaceAfter=No` in the word's MISC says not; the value on
        /// a multiword token line is not carried over).
        public var spaceAfter: Bool

        /// Creates a word.
        public init(form: String, upos: String, xpos: String = "_", spaceAfter: Bool = true) {
            self.form = form
            self.upos = upos
            self.xpos = xpos
            self.spaceAfter = spaceAfter
        }
    }

    /// A multiword token (`3-4	don't`): the surface form of words `firstWord...lastWord` (0-based).
    public struct MultiwordToken: Sendable, Hashable {
        /// Index of the first word it covers.
        public var firstWord: Int
        /// Index of the last word it covers.
        public var lastWord: Int
        /// The surface form.
        public var form: String
    }

    /// `# sent_id`.
    public var id: String?
    /// `# text`.
    public var text: String?
    /// `# newdoc id` of the document this sentence opens, if it opens one.
    public var newDocument: String?
    /// Whether `# newpar` precedes the sentence.
    public var newParagraph: Bool
    /// The words, in order.
    public var words: [Word]
    /// The multiword tokens, in order.
    public var multiwordTokens: [MultiwordToken]

    /// Creates a sentence.
    public init(id: String? = nil, text: String? = nil, newDocument: String? = nil, newParagraph: Bool = false,
                words: [Word] = [], multiwordTokens: [MultiwordToken] = []) {
        self.id = id
        self.text = text
        self.newDocument = newDocument
        self.newParagraph = newParagraph
        self.words = words
        self.multiwordTokens = multiwordTokens
    }
}

/// Reads CoNLL-U (https://universaldependencies.org/format.html): sentences separated by blank lines,
/// comments starting with `#`; multiword-token ranges are kept apart from the words and empty nodes
/// (`8.1`) are skipped.
public enum CoNLLUReader {
    /// Reads a file.
    /// - Throws: ``CorpusError`` when the file cannot be read or a line is malformed.
    public static func read(path: String) throws(CorpusError) -> [CoNLLUSentence] {
        try parse(try CorpusError.readText(path), source: path)
    }

    /// Parses CoNLL-U text; `source` names it in errors.
    public static func parse(_ text: String, source: String = "<text>") throws(CorpusError) -> [CoNLLUSentence] {
        try SentenceBlocks.parse(text) { (current: inout CoNLLUSentence, line, lineNumber) throws(CorpusError) in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 4 else {
                throw CorpusError("\(source):\(lineNumber): expected 10 tab-separated columns, found \(columns.count)")
            }
            let id = columns[0]
            if id.contains(".") { return }
            let misc = columns.count >= 10 ? columns[9] : "_"
            let spaceAfter = !misc.split(separator: "|").contains("SpaceAfter=No")
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]) else {
                    throw CorpusError("\(source):\(lineNumber): malformed multiword token id '\(id)'")
                }
                current.multiwordTokens.append(.init(firstWord: first - 1, lastWord: last - 1, form: String(columns[1])))
                return
            }
            guard Int(id) != nil else { throw CorpusError("\(source):\(lineNumber): malformed word id '\(id)'") }
            let word = CoNLLUSentence.Word(
                form: String(columns[1]), upos: String(columns[3]), xpos: columns.count > 4 ? String(columns[4]) : "_",
                spaceAfter: spaceAfter)
            current.words.append(word)
        }
    }
}

extension CoNLLUSentence {
    static var empty: CoNLLUSentence { CoNLLUSentence() }

    /// `# newpar` marks the first sentence of a paragraph.
    mutating func readComment(_ line: Substring) {
        if line.hasPrefix("# newpar") { newParagraph = true }
    }
}
