import GlossCore

/// Part-of-speech scores: correct words over gold words, overall and per gold tag.
public struct PartOfSpeechScores: Sendable, CustomStringConvertible {
    /// Words whose tag (and, on raw text, span) is right.
    public var correct = 0
    /// Gold words.
    public var total = 0
    /// Per gold tag name: (correct, total).
    public var byTag: [String: (correct: Int, total: Int)] = [:]

    /// Creates empty scores.
    public init() {}

    /// `correct / total`.
    public var accuracy: Double { total > 0 ? Double(correct) / Double(total) : 0 }

    mutating func count(gold: String, right: Bool) {
        total += 1
        var entry = byTag[gold] ?? (0, 0)
        entry.total += 1
        if right {
            correct += 1
            entry.correct += 1
        }
        byTag[gold] = entry
    }

    /// The accuracy, then one line per gold tag.
    public var description: String {
        var lines = ["accuracy \((accuracy * 10000).rounded() / 100)% (\(correct)/\(total))"]
        for tag in byTag.keys.sorted() {
            let entry = byTag[tag] ?? (0, 0)
            let value = entry.total > 0 ? (Double(entry.correct) / Double(entry.total) * 1000).rounded() / 10 : 0
            lines.append("  \(tag.padding(6)) \(value)% of \(entry.total)")
        }
        return lines.joined(separator: "\n")
    }
}

/// Scores a ``Tagger`` against gold data, on gold tokens or on raw text through a tokenizer.
///
/// Raw-text scoring rebuilds each document's text from the files' `# text` lines, lets `segmenter` (for
/// example the `segment` stage's `process`) add sentences and tokens, tags, and counts a gold word as
/// correct only when a predicted token has exactly its span and the right tag.
public enum TaggerEvaluator {
    /// Part-of-speech accuracy with gold tokens and sentences.
    public static func partOfSpeech(_ tagger: Tagger, on corpus: TaggingCorpus) -> PartOfSpeechScores {
        var scores = PartOfSpeechScores()
        forEachTaggedToken(tagger, corpus) { token, _, k in
            let gold = corpus.classNames[Int(corpus.labels[k])]
            scores.count(gold: gold, right: token.pos?.name == gold)
        }
        return scores
    }

    /// Tags `corpus` document by document (part of speech only) and calls `body` with every tagged token,
    /// its document and the token's index in the corpus (where its gold label is).
    public static func forEachTaggedToken(
        _ tagger: Tagger, _ corpus: TaggingCorpus, _ body: (_ token: Token, _ document: Document, _ index: Int) -> Void
    ) {
        var k = 0
        for range in corpus.documentRanges {
            var document = corpus.document(sentences: range).document
            tagger.tag(&document, partOfSpeech: true, entities: false)
            for token in document.tokens ?? [] {
                body(token, document, k)
                k += 1
            }
        }
    }

    /// Entity scores with gold tokens and sentences.
    public static func entities(_ tagger: Tagger, on corpus: TaggingCorpus) -> EntityScores {
        var scores = EntityScores()
        scores.add(predicted: predictedEntities(tagger, corpus), gold: goldEntities(corpus))
        return scores
    }

    /// The mentions `tagger` finds in `corpus` (document by document), as spans into its text.
    public static func predictedEntities(_ tagger: Tagger, _ corpus: TaggingCorpus) -> [Entity] {
        var predicted: [Entity] = []
        for range in corpus.documentRanges {
            var (document, offset) = corpus.document(sentences: range)
            tagger.tag(&document, partOfSpeech: false, entities: true)
            for entity in document.entities ?? [] {
                predicted.append(Entity(Span(start: entity.start + offset, end: entity.end + offset), label: entity.label))
            }
        }
        return predicted
    }

    /// The gold mentions of a BIO-labelled corpus, as spans into its text.
    public static func goldEntities(_ corpus: TaggingCorpus) -> [Entity] {
        var result: [Entity] = []
        for range in corpus.sentences {
            let names = range.map { corpus.classNames[Int(corpus.labels[$0])] }
            for (first, last, label) in bioSpans(names) {
                result.append(Entity(Span(start: corpus.tokens[range.lowerBound + first].start,
                                          end: corpus.tokens[range.lowerBound + last].end), label: EntityLabel(rawValue: label)))
            }
        }
        return result
    }

    /// Mentions (first token, last token, label) of one sentence's BIO tags; an `I-X` that does not
    /// continue an `X` mention starts one.
    public static func bioSpans(_ tags: [String]) -> [(first: Int, last: Int, label: String)] {
        var spans: [(first: Int, last: Int, label: String)] = []
        var open: (first: Int, label: String)? = nil
        for (i, tag) in (tags + ["O"]).enumerated() {
            let isInside = tag.hasPrefix("I-")
            let label = tag == "O" ? "" : String(tag.dropFirst(2))
            if let current = open, !isInside || current.label != label {
                spans.append((current.first, i - 1, current.label))
                open = nil
            }
            if tag.hasPrefix("B-") || (isInside && open == nil) { open = (i, label) }
        }
        return spans
    }

    /// Part-of-speech accuracy on raw text: `segmenter` tokenises each rebuilt document.
    /// - Throws: whatever `segmenter` throws.
    public static func partOfSpeech(
        _ tagger: Tagger, rawText sentences: [CoNLLUSentence], segmenter: (inout Document) throws -> Void
    ) rethrows -> PartOfSpeechScores {
        var scores = PartOfSpeechScores()
        for group in RawTextDocuments.build(sentences.map { RawTextDocuments.Sentence(conllu: $0) }) {
            var document = group.document
            try segmenter(&document)
            tagger.tag(&document, partOfSpeech: true, entities: false)
            var predicted: [Int: Token] = [:]
            for token in document.tokens ?? [] { predicted[token.start] = token }
            for word in group.words {
                let right = word.span.flatMap { span in predicted[span.start].map { $0.end == span.end && $0.pos?.name == word.tag } } ?? false
                scores.count(gold: word.tag, right: right)
            }
        }
        return scores
    }

    /// Entity scores on raw text: `segmenter` tokenises each rebuilt document.
    /// - Throws: whatever `segmenter` throws.
    public static func entities(
        _ tagger: Tagger, rawText sentences: [IOB2Sentence], segmenter: (inout Document) throws -> Void
    ) rethrows -> EntityScores {
        var scores = EntityScores()
        for group in RawTextDocuments.build(sentences.map { RawTextDocuments.Sentence(iob2: $0) }) {
            var document = group.document
            try segmenter(&document)
            tagger.tag(&document, partOfSpeech: false, entities: true)
            var gold: [Entity] = []
            var offset = 0
            for sentence in group.sentenceWordCounts {
                let words = group.words[offset..<(offset + sentence)]
                for (first, last, label) in bioSpans(words.map(\.tag)) {
                    if let start = words[words.startIndex + first].span?.start, let end = words[words.startIndex + last].span?.end {
                        gold.append(Entity(Span(start: start, end: end), label: EntityLabel(rawValue: label)))
                    } else {
                        // A gold mention whose words cannot be located still counts as missed.
                        gold.append(Entity(Span(start: -1 - gold.count, end: -1 - gold.count), label: EntityLabel(rawValue: label)))
                    }
                }
                offset += sentence
            }
            scores.add(predicted: document.entities ?? [], gold: gold)
        }
        return scores
    }
}
