/// One sentence of an IOB2 file: token forms and their entity tags.
public struct IOB2Sentence: Sendable, Hashable, BlockSentence {
    /// `# sent_id`.
    public var id: String?
    /// `# text`.
    public var text: String?
    /// `# newdoc id` of the document this sentence opens, if it opens one.
    public var newDocument: String?
    /// Token forms.
    public var forms: [String]
    /// Tags: `O`, `B-LABEL`, `I-LABEL`.
    public var tags: [String]

    /// Creates a sentence.
    public init(id: String? = nil, text: String? = nil, newDocument: String? = nil, forms: [String] = [], tags: [String] = []) {
        self.id = id
        self.text = text
        self.newDocument = newDocument
        self.forms = forms
        self.tags = tags
    }
}

/// Reads IOB2 files as the Universal NER releases write them: one token a line, tab-separated
/// `ID FORM TAG ...` (only the first three columns are read), blank lines between sentences, `#` comments.
public enum IOB2Reader {
    /// Reads a file.
    /// - Throws: ``CorpusError`` when the file cannot be read, a line is malformed or a tag is not IOB2.
    public static func read(path: String) throws(CorpusError) -> [IOB2Sentence] {
        try parse(try CorpusError.readText(path), source: path)
    }

    /// Parses IOB2 text; `source` names it in errors.
    public static func parse(_ text: String, source: String = "<text>") throws(CorpusError) -> [IOB2Sentence] {
        try SentenceBlocks.parse(text) { (current: inout IOB2Sentence, line, lineNumber) throws(CorpusError) in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 3 else {
                throw CorpusError("\(source):\(lineNumber): expected at least 3 tab-separated columns (ID, FORM, TAG), found \(columns.count)")
            }
            let tag = String(columns[2])
            guard tag == "O" || tag.hasPrefix("B-") || tag.hasPrefix("I-") else {
                throw CorpusError("\(source):\(lineNumber): '\(tag)' is not an IOB2 tag (O, B-LABEL, I-LABEL)")
            }
            current.forms.append(String(columns[1]))
            current.tags.append(tag)
        }
    }
}

extension IOB2Sentence {
    static var empty: IOB2Sentence { IOB2Sentence() }
}
