import GlossCore

/// Gold-tokenised training or evaluation data laid out the way the tagger reads documents: the token
/// forms as one UTF-8 text (tokens separated by spaces, sentences by newlines), token spans into it,
/// sentence ranges and one gold class per token.
public struct TaggingCorpus: Sendable {
    /// The text: forms joined by spaces, one sentence a line.
    public var bytes: [UInt8]
    /// Token spans into ``bytes``.
    public var tokens: [Span]
    /// Each sentence's token index range.
    public var sentences: [Range<Int>]
    /// `# sent_id` of each sentence, when the file gives one.
    public var sentenceIDs: [String?]
    /// Sentence index ranges of the documents (`# newdoc`); one document when the file marks none.
    public var documentRanges: [Range<Int>]
    /// Gold class index of each token.
    public var labels: [UInt8]
    /// The class names (index = class).
    public var classNames: [String]
    /// Predicted UPOS (raw values) per token, the part-of-speech view entity training reads; empty until
    /// set (see ``PerceptronTrainer``).
    public var partOfSpeech: [UInt8]

    /// Builds a corpus from sentences of (form, gold class name) pairs.
    /// - Parameter classNames: the classes, in index order; a class name not among them is an error.
    /// - Parameter documentStarts: indices of the sentences that open a document.
    public init(
        sentences: [(id: String?, forms: [String], labels: [String])], classNames: [String], documentStarts: Set<Int> = []
    ) throws(CorpusError) {
        var index: [String: UInt8] = [:]
        for (k, name) in classNames.enumerated() { index[name] = UInt8(k) }
        var bytes: [UInt8] = []
        var tokens: [Span] = []
        var ranges: [Range<Int>] = []
        var labels: [UInt8] = []
        var ids: [String?] = []
        for sentence in sentences {
            let first = tokens.count
            for (form, label) in zip(sentence.forms, sentence.labels) {
                guard let classIndex = index[label] else {
                    throw CorpusError("sentence \(sentence.id ?? String(ranges.count + 1)): unknown class '\(label)' (known: \(classNames.joined(separator: ", ")))")
                }
                if tokens.count > first { bytes.append(0x20) }
                let start = bytes.count
                bytes.append(contentsOf: form.utf8)
                tokens.append(Span(start: start, end: bytes.count))
                labels.append(classIndex)
            }
            bytes.append(0x0A)
            ranges.append(first..<tokens.count)
            ids.append(sentence.id)
        }
        self.bytes = bytes
        self.tokens = tokens
        self.sentences = ranges
        self.sentenceIDs = ids
        self.labels = labels
        self.classNames = classNames
        self.partOfSpeech = []
        var starts = documentStarts.filter { $0 > 0 && $0 < sentences.count }.sorted()
        starts.insert(0, at: 0)
        self.documentRanges = zip(starts, starts.dropFirst() + [sentences.count]).map { $0..<$1 }
    }

    /// Part-of-speech data from CoNLL-U: the 17 UPOS classes in ``UPOS`` order.
    public static func partOfSpeech(_ sentences: [CoNLLUSentence]) throws(CorpusError) -> TaggingCorpus {
        try TaggingCorpus(
            sentences: sentences.map { ($0.id, $0.words.map(\.form), $0.words.map(\.upos)) },
            classNames: UPOS.allCases.map(\.name),
            documentStarts: Set(sentences.indices.filter { sentences[$0].newDocument != nil }))
    }

    /// Entity data from IOB2 files: classes `O`, then `B-X`, `I-X` for each label in alphabetical order
    /// (pass `labels` to fix the set, e.g. when dev data lacks a label).
    ///
    /// With `bilou`, the tags are rewritten to BILOU (`U-X` for one-token mentions, `L-X` for the last
    /// token of longer ones), which lets the model learn how names end.
    public static func entities(_ sentences: [IOB2Sentence], labels: [String]? = nil, bilou: Bool = false) throws(CorpusError) -> TaggingCorpus {
        let found = labels ?? Array(Set(sentences.flatMap { $0.tags.filter { $0 != "O" }.map { String($0.dropFirst(2)) } })).sorted()
        return try TaggingCorpus(
            sentences: sentences.map { ($0.id, $0.forms, bilou ? bilouTags($0.tags) : $0.tags) },
            classNames: ["O"] + found.flatMap { bilou ? ["B-\($0)", "I-\($0)", "L-\($0)", "U-\($0)"] : ["B-\($0)", "I-\($0)"] },
            documentStarts: Set(sentences.indices.filter { sentences[$0].newDocument != nil }))
    }

    /// BIO tags rewritten as BILOU.
    static func bilouTags(_ tags: [String]) -> [String] {
        var result = tags
        for (first, last, label) in TaggerEvaluator.bioSpans(tags) {
            if first == last {
                result[first] = "U-\(label)"
            } else {
                result[first] = "B-\(label)"
                for k in (first + 1)..<last { result[k] = "I-\(label)" }
                result[last] = "L-\(label)"
            }
        }
        return result
    }

    /// The corpus as one document with gold sentences and tokens (no tags), for tagging.
    public func document(id: String = "corpus") -> Document {
        document(sentences: 0..<sentences.count).document
    }

    /// Sentences `range` as a document with gold sentences and tokens, and the byte offset of its text
    /// in ``bytes`` (add it to the document's spans to get corpus spans).
    public func document(sentences range: Range<Int>, id: String = "corpus") -> (document: Document, offset: Int) {
        let firstToken = range.isEmpty ? 0 : sentences[range.lowerBound].lowerBound
        let lastToken = range.isEmpty ? 0 : sentences[range.upperBound - 1].upperBound
        let start = firstToken < tokens.count ? tokens[firstToken].start : bytes.count
        let end = lastToken > firstToken ? tokens[lastToken - 1].end : start
        var document = Document(id: id, text: String(decoding: bytes[start..<end], as: UTF8.self))
        document.sentences = sentences[range].map { tokenRange in
            tokenRange.isEmpty ? Span(start: 0, end: 0)
                : Span(start: tokens[tokenRange.lowerBound].start - start, end: tokens[tokenRange.upperBound - 1].end - start)
        }
        document.tokens = tokens[firstToken..<lastToken].map { Token(start: $0.start - start, end: $0.end - start) }
        return (document, start)
    }

    /// The sentences whose index satisfies `include`, as a new corpus (for cross-validation folds).
    public func subset(_ include: (Int) -> Bool) -> TaggingCorpus {
        var result = self
        result.bytes = []
        result.tokens = []
        result.sentences = []
        result.sentenceIDs = []
        result.labels = []
        result.partOfSpeech = []
        result.documentRanges = []
        for (s, range) in sentences.enumerated() where include(s) {
            let first = result.tokens.count
            let base = range.isEmpty ? 0 : tokens[range.lowerBound].start
            let limit = range.isEmpty ? 0 : tokens[range.upperBound - 1].end
            let shift = result.bytes.count - base
            result.bytes.append(contentsOf: bytes[base..<limit])
            result.bytes.append(0x0A)
            for t in range {
                result.tokens.append(Span(start: tokens[t].start + shift, end: tokens[t].end + shift))
                result.labels.append(labels[t])
                if !partOfSpeech.isEmpty { result.partOfSpeech.append(partOfSpeech[t]) }
            }
            result.sentences.append(first..<result.tokens.count)
            result.sentenceIDs.append(sentenceIDs[s])
        }
        result.documentRanges = [0..<result.sentences.count]
        return result
    }

    /// Appends another corpus with the same classes.
    public mutating func append(_ other: TaggingCorpus) {
        precondition(other.classNames == classNames, "corpora with different classes cannot be joined")
        let shift = bytes.count
        let tokenShift = tokens.count
        bytes.append(contentsOf: other.bytes)
        tokens.append(contentsOf: other.tokens.map { Span(start: $0.start + shift, end: $0.end + shift) })
        sentences.append(contentsOf: other.sentences.map { ($0.lowerBound + tokenShift)..<($0.upperBound + tokenShift) })
        let sentenceShift = sentences.count - other.sentences.count
        documentRanges.append(contentsOf: other.documentRanges.map { ($0.lowerBound + sentenceShift)..<($0.upperBound + sentenceShift) })
        sentenceIDs.append(contentsOf: other.sentenceIDs)
        labels.append(contentsOf: other.labels)
        if partOfSpeech.count == tokenShift && other.partOfSpeech.count == other.tokens.count {
            partOfSpeech.append(contentsOf: other.partOfSpeech)
        } else {
            partOfSpeech = []
        }
    }
}
