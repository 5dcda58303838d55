import GlossCore

/// Rebuilds untokenised documents from gold files (`# text` lines), with each gold word's span in the
/// rebuilt text, so that a tokenizer's output can be scored against the gold words.
enum RawTextDocuments {
    /// A gold sentence: its text, its words with their gold tags, and its multiword tokens.
    struct Sentence {
        var text: String
        var newDocument: String?
        var newParagraph: Bool
        var words: [(form: String, tag: String)]
        var multiwordTokens: [CoNLLUSentence.MultiwordToken]

        init(conllu: CoNLLUSentence) {
            text = conllu.text ?? conllu.words.map(\.form).joined(separator: " ")
            newDocument = conllu.newDocument
            newParagraph = conllu.newParagraph
            words = conllu.words.map { ($0.form, $0.upos) }
            multiwordTokens = conllu.multiwordTokens
        }

        init(iob2: IOB2Sentence) {
            text = iob2.text ?? iob2.forms.joined(separator: " ")
            newDocument = iob2.newDocument
            newParagraph = false
            words = Array(zip(iob2.forms, iob2.tags))
            multiwordTokens = []
        }
    }

    /// A gold word located in the text (nil span when it could not be found).
    struct Word {
        var span: Span?
        var tag: String
    }

    /// One rebuilt document.
    struct Group {
        var document: Document
        var words: [Word]
        var sentenceWordCounts: [Int]
    }

    /// Groups sentences into documents (`# newdoc`), joined by a space, or a blank line at a new paragraph.
    static func build(_ sentences: [Sentence]) -> [Group] {
        var groups: [Group] = []
        var text: [UInt8] = []
        var words: [Word] = []
        var counts: [Int] = []
        var id = "document-1"
        func flush() {
            guard !counts.isEmpty else { return }
            groups.append(Group(document: Document(id: id, text: String(decoding: text, as: UTF8.self)), words: words, sentenceWordCounts: counts))
            text = []
            words = []
            counts = []
        }
        for sentence in sentences {
            if sentence.newDocument != nil {
                flush()
                id = sentence.newDocument.map { $0.isEmpty ? "document-\(groups.count + 1)" : $0 } ?? id
            }
            if !text.isEmpty { text.append(contentsOf: sentence.newParagraph ? [0x0A, 0x0A] : [0x20]) }
            let base = text.count
            let sentenceBytes = Array(sentence.text.utf8)
            text.append(contentsOf: sentenceBytes)
            for (k, span) in locate(sentence, in: sentenceBytes).enumerated() {
                words.append(Word(span: span.map { Span(start: $0.start + base, end: $0.end + base) }, tag: sentence.words[k].tag))
            }
            counts.append(sentence.words.count)
        }
        flush()
        return groups
    }

    /// Finds each word (or the multiword token that holds it) left to right in the sentence's text.
    static func locate(_ sentence: Sentence, in bytes: [UInt8]) -> [Span?] {
        var spans = [Span?](repeating: nil, count: sentence.words.count)
        var cursor = 0
        var k = 0
        var tokenIndex = 0
        while k < sentence.words.count {
            if tokenIndex < sentence.multiwordTokens.count, sentence.multiwordTokens[tokenIndex].firstWord == k {
                let token = sentence.multiwordTokens[tokenIndex]
                tokenIndex += 1
                guard let outer = find(Array(token.form.utf8), in: bytes, from: cursor) else {
                    k = token.lastWord + 1
                    continue
                }
                var inner = outer.start
                for w in k...min(token.lastWord, sentence.words.count - 1) {
                    let form = Array(sentence.words[w].form.utf8)
                    if inner + form.count <= outer.end, Array(bytes[inner..<(inner + form.count)]) == form {
                        spans[w] = Span(start: inner, end: inner + form.count)
                        inner += form.count
                    }
                }
                cursor = outer.end
                k = token.lastWord + 1
                continue
            }
            if let span = find(Array(sentence.words[k].form.utf8), in: bytes, from: cursor) {
                spans[k] = span
                cursor = span.end
            }
            k += 1
        }
        return spans
    }

    /// The first occurrence of `form` at or after `cursor`, looking only a little ahead (whitespace or a
    /// few skipped bytes), so that one unmatched word does not swallow the rest of the sentence.
    static func find(_ form: [UInt8], in bytes: [UInt8], from cursor: Int) -> Span? {
        guard !form.isEmpty else { return nil }
        let limit = min(bytes.count - form.count, cursor + 16)
        guard cursor <= limit else { return nil }
        for start in cursor...limit where bytes[start] == form[0] && Array(bytes[start..<(start + form.count)]) == form {
            return Span(start: start, end: start + form.count)
        }
        return nil
    }
}
