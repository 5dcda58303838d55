import GlossCore

/// The GUM documents of a CoNLL-U file with their reference summaries, rebuilt as plain text.
///
/// The text of a document is its `# text` lines joined by single spaces within a paragraph and by a blank
/// line where `# newpar` starts a new one (headings are paragraphs of their own in GUM). Each
/// `# meta::summaryN = (author) text` line is a reference; `author` says who wrote it: `human…` for people,
/// a model name (possibly with `; postedited`) for machine-written ones.
public struct GUMCorpus: Sendable {
    /// One reference summary.
    public struct Reference: Sendable, Hashable {
        /// The meta field, `summary1` ... `summary5`.
        public var field: String
        /// Who wrote it, as the file says: `human1`, `gpt4o; postedited`, ...
        public var author: String
        /// The summary.
        public var text: String
        /// Whether a person wrote it (the author tag starts with `human`). Post-edited machine summaries
        /// are not counted as written by people.
        public var isHuman: Bool { author.hasPrefix("human") }
    }

    /// One document.
    public struct Document: Sendable {
        /// `GUM_news_...`.
        public var id: String
        /// `news`, `interview`, `bio`, ...
        public var genre: String
        /// Its reference summaries in file order.
        public var references: [Reference]
        /// The rebuilt text.
        public var text: String
        /// The gold sentences as byte spans of `text`.
        public var sentences: [Span]
        /// The `sent_id` of each gold sentence.
        public var sentenceIDs: [String]
        /// Gold PER/ORG/LOC mentions (from an IOB2 file), byte spans of `text`; empty without one.
        public var entities: [Entity] = []

        /// The first reference written by a person, if any.
        public var humanReference: Reference? { references.first { $0.isHuman } }
    }

    /// The documents in file order.
    public var documents: [Document]

    /// Reads a CoNLL-U file's text (only comment lines are used).
    public init(conllu: String) {
        var documents: [Document] = []
        var bytes: [UInt8] = []
        var paragraphPending = false
        func finish() {
            guard var last = documents.popLast() else { return }
            last.text = String(decoding: bytes, as: UTF8.self)
            documents.append(last)
        }
        for line in conllu.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("#") {
            if let id = Self.value(line, "# newdoc id") {
                finish()
                bytes = []
                paragraphPending = false
                documents.append(Document(id: id, genre: "", references: [], text: "", sentences: [], sentenceIDs: []))
            } else if documents.isEmpty {
                continue
            } else if let genre = Self.value(line, "# meta::genre") {
                documents[documents.count - 1].genre = genre
            } else if line.hasPrefix("# meta::summary"), let equals = line.firstIndex(of: "=") {
                let field = line[line.index(line.startIndex, offsetBy: 8)..<equals].trimmingSpaces()
                var rest = line[line.index(after: equals)...].trimmingSpaces()
                var author = ""
                if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
                    author = String(rest[rest.index(after: rest.startIndex)..<close])
                    rest = rest[rest.index(after: close)...].trimmingSpaces()
                }
                documents[documents.count - 1].references.append(Reference(field: String(field), author: author, text: String(rest)))
            } else if line == "# newpar" || line.hasPrefix("# newpar ") {
                paragraphPending = true
            } else if let id = Self.value(line, "# sent_id") {
                documents[documents.count - 1].sentenceIDs.append(id)
            } else if let text = Self.value(line, "# text") {
                if !bytes.isEmpty { bytes.append(contentsOf: paragraphPending ? [0x0A, 0x0A] : [0x20]) }
                paragraphPending = false
                let start = bytes.count
                bytes.append(contentsOf: text.utf8)
                documents[documents.count - 1].sentences.append(Span(start: start, end: bytes.count))
            }
        }
        finish()
        self.documents = documents
    }

    /// Adds gold entities from an IOB2 file (`ID FORM TAG ...` lines after `# sent_id`), aligning each
    /// word with the sentence's text by searching for its form from the previous word's end. Words that
    /// cannot be found (none in GUM train) are skipped.
    public mutating func addEntities(iob2: String) {
        var byID: [String: (document: Int, sentence: Int)] = [:]
        for (documentIndex, document) in documents.enumerated() {
            for (sentenceIndex, id) in document.sentenceIDs.enumerated() { byID[id] = (documentIndex, sentenceIndex) }
        }
        var location: (document: Int, sentence: Int)?
        var cursor = 0
        var open: (start: Int, end: Int, label: EntityLabel)?
        func close() {
            if let entity = open, let location {
                documents[location.document].entities.append(Entity(Span(start: entity.start, end: entity.end), label: entity.label))
            }
            open = nil
        }
        var utf8Text: [UInt8] = []
        var textDocument = -1
        for line in iob2.split(separator: "\n", omittingEmptySubsequences: false) {
            if let id = Self.value(line, "# sent_id") {
                close()
                location = byID[id]
                if let location {
                    if textDocument != location.document {
                        utf8Text = Array(documents[location.document].text.utf8)
                        textDocument = location.document
                    }
                    cursor = documents[location.document].sentences[location.sentence].start
                }
                continue
            }
            if line.hasPrefix("#") || line.isEmpty {
                if line.isEmpty { close() }
                continue
            }
            guard let location else { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 3 else { continue }
            let form = Array(columns[1].utf8)
            let tag = columns[2]
            let sentenceEnd = documents[location.document].sentences[location.sentence].end
            guard let start = Self.find(form, in: utf8Text, from: cursor, before: sentenceEnd) else {
                close()
                continue
            }
            let end = start + form.count
            cursor = end
            if tag.hasPrefix("B-") {
                close()
                open = (start, end, EntityLabel(rawValue: String(tag.dropFirst(2))))
            } else if tag.hasPrefix("I-"), open != nil {
                open?.end = end
            } else {
                close()
            }
        }
        close()
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int, before end: Int) -> Int? {
        guard !needle.isEmpty, end - start >= needle.count else { return nil }
        var index = start
        while index + needle.count <= end {
            if haystack[index] == needle[0] && Array(haystack[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }

    /// The value of a `# key = value` comment line, when it has that key.
    private static func value(_ line: Substring, _ key: String) -> String? {
        guard line.hasPrefix(key) else { return nil }
        let rest = line.dropFirst(key.count).trimmingSpaces()
        guard rest.hasPrefix("=") else { return nil }
        return String(rest.dropFirst().trimmingSpaces())
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
