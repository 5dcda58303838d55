import GlossCore

/// Renders a document as CoNLL-U (https://universaldependencies.org/format.html), on the worker threads.
///
/// ```
/// # newdoc id = articles/strike.txt
/// # sent_id = articles/strike.txt-1
/// # text = Maria Okafor spoke.
/// 1	Maria	_	PROPN	_	_	_	_	_	NER=B-PER
/// 2	Okafor	_	PROPN	_	_	_	_	_	NER=I-PER|SpaceAfter=No
/// 3	spoke	_	VERB	_	_	_	_	_	NER=O|SpaceAfter=No
/// 4	.	_	PUNCT	_	_	_	_	_	NER=O
///
/// ```
/// - FORM is the token's text; LEMMA, XPOS, FEATS, HEAD, DEPREL and DEPS are `_` (Gloss does not produce
///   them); UPOS is the tagger's tag or `_`.
/// - MISC has `NER=B-LABEL`, `I-LABEL` or `O` when the document has an entities layer (a token overlapping
///   an entity is inside it), and `SpaceAfter=No` when no whitespace follows the token in the text.
/// - `# text` is the text from the sentence's first token to its last with every run of whitespace
///   (newlines, tabs included) made one space, so it equals the forms joined by the SpaceAfter rule as
///   UD's validator checks — as long as the tokens cover every non-space character, which the `segment`
///   stage's do.
/// - Decisions for documents that do not fit the format exactly: without a sentences layer, all tokens are
///   one sentence; tokens outside every sentence form sentences of their own (one per run of such tokens);
///   without a tokens layer, whitespace-separated words are the tokens (and have no UPOS); a document with
///   no token at all (an empty text) writes nothing. A document written with `on_error: mark` carries a
///   `# gloss_error = stage: message` comment after `# newdoc id`.
struct CoNLLURenderer: DocumentRenderer {
    func render(_ document: Document) -> [UInt8] {
        document.withUTF8 { text in
            let tokens = Self.tokens(of: document, text: text)
            guard !tokens.isEmpty else { return [] }
            var out: [UInt8] = []
            out.reserveCapacity(text.count * 4 + 256)
            out += Array("# newdoc id = ".utf8)
            out += Array(OneLine.flatten(document.id).utf8)
            out.append(0x0A)
            if let error = document.error {
                out += Array("# gloss_error = \(OneLine.flatten("\(error.stage): \(error.message)"))\n".utf8)
            }
            let sentenceIDPrefix = Self.sentenceIDPrefix(document.id)
            let entities = (document.entities ?? []).sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
            let tagsEntities = document.entities != nil
            let sentences = document.sentences ?? []

            var sentenceIndex = 0
            var entityIndex = 0
            var labels: [String: [UInt8]] = [:]  // entity label -> its MISC form, made once per document
            var groupStart = 0
            var sentenceNumber = 0
            var previousKey: Int?
            // Tags are computed for all tokens first, then written group by group.
            var tags: [(entity: Int, label: String)?] = []
            tags.reserveCapacity(tokens.count)
            var keys: [Int] = []
            keys.reserveCapacity(tokens.count)
            for token in tokens {
                while sentenceIndex < sentences.count && sentences[sentenceIndex].end <= token.start { sentenceIndex += 1 }
                let inside = sentenceIndex < sentences.count && sentences[sentenceIndex].start <= token.start
                // A run of tokens outside every sentence is keyed by the sentence it precedes, negated.
                keys.append(sentences.isEmpty ? 0 : inside ? sentenceIndex : -1 - sentenceIndex)
                while entityIndex < entities.count && entities[entityIndex].end <= token.start { entityIndex += 1 }
                if entityIndex < entities.count && entities[entityIndex].start < token.end {
                    tags.append((entityIndex, entities[entityIndex].label.rawValue))
                } else {
                    tags.append(nil)
                }
            }
            for index in 0...tokens.count {
                let key = index < tokens.count ? keys[index] : nil
                if let previousKey, key != previousKey {
                    sentenceNumber += 1
                    Self.writeSentence(
                        tokens: tokens[groupStart..<index], tags: tags[groupStart..<index], number: sentenceNumber,
                        prefix: sentenceIDPrefix, text: text, tagsEntities: tagsEntities, labels: &labels, into: &out)
                    groupStart = index
                }
                previousKey = key
            }
            return out
        }
    }

    /// `document.tokens` clamped to the text and without empty ones; whitespace-separated words when the
    /// document has no tokens layer.
    static func tokens(of document: Document, text: UnsafeBufferPointer<UInt8>) -> [Token] {
        if let tokens = document.tokens {
            return tokens.compactMap { token in
                let start = min(max(token.start, 0), text.count)
                let end = min(max(token.end, start), text.count)
                return start < end ? Token(start: start, end: end, pos: token.pos) : nil
            }
        }
        var words: [Token] = []
        var start = -1
        var index = 0
        while index <= text.count {
            let width = index < text.count ? whitespaceWidth(text, at: index) : 1
            if width > 0 {
                if start >= 0 { words.append(Token(start: start, end: index)) }
                start = -1
                index += width
            } else {
                if start < 0 { start = index }
                index += 1
            }
        }
        return words
    }

    /// The byte length of the whitespace character at `offset` (0 when it is not whitespace): the notion
    /// of whitespace ``OneLine`` uses to build `# text`, so that `SpaceAfter` and `# text` agree.
    @inline(__always)
    static func whitespaceWidth(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        OneLine.whitespaceLength(text, at: offset)
    }

    /// The document id made fit for `# sent_id` (no whitespace), followed by `-`.
    static func sentenceIDPrefix(_ id: String) -> String {
        OneLine.flatten(id).replacingSpaces() + "-"
    }

    private static func writeSentence(
        tokens: ArraySlice<Token>, tags: ArraySlice<(entity: Int, label: String)?>, number: Int, prefix: String,
        text: UnsafeBufferPointer<UInt8>, tagsEntities: Bool, labels: inout [String: [UInt8]], into out: inout [UInt8]
    ) {
        guard let first = tokens.first, let last = tokens.last else { return }
        out += Array("# sent_id = \(prefix)\(number)\n# text = ".utf8)
        OneLine.append(UnsafeBufferPointer(rebasing: text[first.start..<last.end]), to: &out)
        out.append(0x0A)
        var id = 0
        var previousEntity = -1  // BIO restarts in every sentence: a sentence never begins with I-
        for (token, tag) in zip(tokens, tags) {
            id += 1
            appendInteger(id, to: &out)
            out.append(0x09)
            appendForm(UnsafeBufferPointer(rebasing: text[token.start..<token.end]), to: &out)
            out.append(contentsOf: underscoreColumn)
            out.append(contentsOf: token.pos.map { uposNames[Int($0.rawValue)] } ?? underscore)
            out.append(contentsOf: emptyColumns)
            let spaceAfterNo = token.end < text.count && whitespaceWidth(text, at: token.end) == 0
            if tagsEntities {
                if let tag {
                    out.append(contentsOf: tag.entity == previousEntity ? insidePrefix : beginPrefix)
                    if let label = labels[tag.label] {
                        out.append(contentsOf: label)
                    } else {
                        let label = Array(miscValue(tag.label).utf8)
                        labels[tag.label] = label
                        out.append(contentsOf: label)
                    }
                    previousEntity = tag.entity
                } else {
                    out.append(contentsOf: outside)
                    previousEntity = -1
                }
                if spaceAfterNo { out.append(contentsOf: separatedSpaceAfterNo) }
            } else {
                out.append(contentsOf: spaceAfterNo ? spaceAfterNoValue : underscore)
            }
            out.append(0x0A)
        }
        out.append(0x0A)
    }

    private static let uposNames: [[UInt8]] = UPOS.allCases.map { Array($0.name.utf8) }
    private static let underscore: [UInt8] = [0x5F]
    private static let underscoreColumn: [UInt8] = Array("\t_\t".utf8)
    private static let emptyColumns: [UInt8] = Array("\t_\t_\t_\t_\t_\t".utf8)
    private static let beginPrefix: [UInt8] = Array("NER=B-".utf8)
    private static let insidePrefix: [UInt8] = Array("NER=I-".utf8)
    private static let outside: [UInt8] = Array("NER=O".utf8)
    private static let spaceAfterNoValue: [UInt8] = Array("SpaceAfter=No".utf8)
    private static let separatedSpaceAfterNo: [UInt8] = Array("|SpaceAfter=No".utf8)

    private static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        if value >= 10 { appendInteger(value / 10, to: &out) }
        out.append(UInt8(truncatingIfNeeded: value % 10) &+ 0x30)
    }

    /// Appends a token's text as FORM: as is when it is printable ASCII, else flattened to one line (no tab, no
    /// newline, no control character); `_` when nothing is left.
    private static func appendForm(_ form: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        if form.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) {
            out.append(contentsOf: form)
            return
        }
        let flattened = OneLine.flatten(String(decoding: form, as: UTF8.self))
        out += Array((flattened.isEmpty ? "_" : flattened).utf8)
    }

    /// A label made fit for a MISC value: letters, digits, `_` and `-` kept, anything else `_`.
    static func miscValue(_ label: String) -> String {
        let kept = label.unicodeScalars.map { scalar -> Character in
            let value = scalar.value
            let fits = (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
                || value == 0x5F || value == 0x2D
            return fits ? Character(scalar) : "_"
        }
        return kept.isEmpty ? "_" : String(kept)
    }
}

extension String {
    /// The string with spaces replaced by underscores.
    fileprivate func replacingSpaces() -> String {
        String(map { $0 == " " ? "_" : $0 })
    }
}
