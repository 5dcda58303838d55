/// A sentence of a one-token-a-line corpus file (CoNLL-U, IOB2): the comments both formats share.
protocol BlockSentence {
    /// An empty sentence.
    static var empty: Self { get }
    /// `# sent_id`.
    var id: String? { get set }
    /// `# text`.
    var text: String? { get set }
    /// `# newdoc id` (empty for a bare `# newdoc`).
    var newDocument: String? { get set }
    /// A comment the shared ones do not cover (`# newpar` in CoNLL-U).
    mutating func readComment(_ line: Substring)
}

extension BlockSentence {
    mutating func readComment(_ line: Substring) {}
}

/// Splits a one-token-a-line file into sentences: blank lines between sentences, `#` comments before them,
/// `\r\n` or `\n` line ends. Each token line goes to `row` with its line number, for errors.
enum SentenceBlocks {
    static func parse<Sentence: BlockSentence>(
        _ text: String, row: (inout Sentence, Substring, Int) throws(CorpusError) -> Void
    ) throws(CorpusError) -> [Sentence] {
        var sentences: [Sentence] = []
        var current = Sentence.empty
        var hasContent = false
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty {
                if hasContent { sentences.append(current) }
                current = Sentence.empty
                hasContent = false
                continue
            }
            hasContent = true
            if line.hasPrefix("#") {
                if let value = commentValue(line, key: "sent_id") {
                    current.id = value
                } else if let value = commentValue(line, key: "text") {
                    current.text = value
                } else if let value = commentValue(line, key: "newdoc id") {
                    current.newDocument = value
                } else if line.hasPrefix("# newdoc") {
                    current.newDocument = ""
                } else {
                    current.readComment(line)
                }
                continue
            }
            try row(&current, line, lineNumber)
        }
        if hasContent { sentences.append(current) }
        return sentences
    }

    /// The value of a `# key = value` comment, or nil when the line is another comment.
    static func commentValue(_ line: Substring, key: String) -> String? {
        let prefix = "# \(key) ="
        guard line.hasPrefix(prefix) else { return nil }
        return String(line.dropFirst(prefix.count).drop(while: { $0 == " " }))
    }
}
