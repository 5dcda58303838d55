/// A Universal Dependencies treebank (CoNLL-U) turned into raw documents with gold sentences and tokens,
/// for scoring a segmenter on text rebuilt from the `# text` lines.
///
/// How the raw text is rebuilt (the same rules as `tools/segment-peers.py`): each `# newdoc` starts a new
/// document; within a document, sentences of one paragraph (`# newpar`) are joined by one space and
/// paragraphs by a blank line (`\n\n`). A treebank without `# newdoc` lines is one document.
/// Gold sentence ends are the ends of the `# text` strings; gold tokens are the syntactic words (the
/// parts of a multiword token such as `don't` = `do` + `n't`, whose forms concatenate to the surface),
/// located in the text by their forms.
public struct UDTreebank: Sendable {
    /// One rebuilt document.
    public struct Document: Sendable {
        /// The document id from `# newdoc id = ...`.
        public var id: String
        /// The rebuilt raw text.
        public var text: String
        /// Gold sentence spans, UTF-8 byte offsets into `text`.
        public var sentences: [Range<Int>]
        /// Byte offsets where a paragraph ends (the end of its last sentence).
        public var paragraphEnds: Set<Int>
        /// Gold word spans, UTF-8 byte offsets into `text`.
        public var words: [Range<Int>]
    }

    /// The documents, in file order.
    public var documents: [Document]
    /// Words whose form could not be found in the sentence text (left out of the gold tokens).
    public var unalignedWords: Int

    /// Parses CoNLL-U text.
    public init(conllu: String) {
        var documents: [Document] = []
        var unaligned = 0
        var current = Document(id: "", text: "", sentences: [], paragraphEnds: [], words: [])
        var bytes: [UInt8] = []
        var sentenceText: String?
        var newParagraph = false
        var forms: [(form: String, parts: [String])] = []
        var pendingRange: (last: Int, surface: String, parts: [String])?

        func finishDocument() {
            if !current.sentences.isEmpty {
                if let last = current.sentences.last { current.paragraphEnds.insert(last.upperBound) }
                current.text = String(decoding: bytes, as: UTF8.self)
                documents.append(current)
            }
            bytes = []
            current = Document(id: "", text: "", sentences: [], paragraphEnds: [], words: [])
        }

        func finishSentence() {
            guard let sentence = sentenceText else { return }
            if !current.sentences.isEmpty {
                if newParagraph {
                    if let last = current.sentences.last { current.paragraphEnds.insert(last.upperBound) }
                    bytes.append(contentsOf: [0x0A, 0x0A])
                } else {
                    bytes.append(0x20)
                }
            }
            let start = bytes.count
            let sentenceBytes = Array(sentence.utf8)
            bytes.append(contentsOf: sentenceBytes)
            current.sentences.append(start..<bytes.count)
            var position = 0
            for (form, parts) in forms {
                let formBytes = Array(form.utf8)
                while position < sentenceBytes.count && (sentenceBytes[position] == 0x20 || sentenceBytes[position] == 0x09) {
                    position += 1
                }
                guard let found = Self.find(formBytes, in: sentenceBytes, from: position) else {
                    unaligned += max(parts.count, 1)
                    continue
                }
                var offset = found
                if parts.count > 1 && parts.reduce(0, { $0 + $1.utf8.count }) == formBytes.count {
                    for part in parts {
                        current.words.append(start + offset..<start + offset + part.utf8.count)
                        offset += part.utf8.count
                    }
                } else {
                    current.words.append(start + found..<start + found + formBytes.count)
                }
                position = found + formBytes.count
            }
            sentenceText = nil
            newParagraph = false
            forms = []
        }

        for line in conllu.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# newdoc") {
                finishSentence()
                finishDocument()
                current.id = Self.value(of: line)
                newParagraph = false
            } else if line.hasPrefix("# newpar") {
                newParagraph = true
            } else if line.hasPrefix("# text = ") {
                sentenceText = String(line.dropFirst(9))
            } else if line.isEmpty {
                finishSentence()
            } else if !line.hasPrefix("#") {
                let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                guard columns.count >= 2 else { continue }
                let id = columns[0]
                let form = String(columns[1])
                if id.contains(".") { continue }  // empty nodes have no form in the text
                if let dash = id.firstIndex(of: "-"), let last = Int(id[id.index(after: dash)...]) {
                    pendingRange = (last, form, [])
                    continue
                }
                if var range = pendingRange {
                    range.parts.append(form)
                    if let number = Int(id), number >= range.last {
                        forms.append((range.surface, range.parts))
                        pendingRange = nil
                    } else {
                        pendingRange = range
                    }
                    continue
                }
                forms.append((form, [form]))
            }
        }
        finishSentence()
        finishDocument()
        self.documents = documents
        self.unalignedWords = unaligned
    }

    private static func value(of line: Substring) -> String {
        guard let equals = line.firstIndex(of: "=") else { return "" }
        return line[line.index(after: equals)...].trimmingCharacters()
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0] && Array(haystack[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
