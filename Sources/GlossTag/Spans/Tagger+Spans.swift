import GlossCore

extension Tagger {
    /// Runs the span classifier over `entities` (when its model is loaded), or, with `examples`, records
    /// every mention's features there instead (training).
    func classifySpans(
        tokens: UnsafeBufferPointer<Token>, evidence: MentionEvidence, entities: inout [Entity], examples: inout [SpanExample]?
    ) {
        if examples != nil {
            var recorded: [SpanExample] = []
            SpanClassifier.forEachMention(entities, tokens: tokens, evidence: evidence, labels: entityLabels.map { EntityLabel(rawValue: $0) }) { index, features in
                recorded.append(SpanExample(span: entities[index].span, label: entities[index].label, features: Array(features)))
            }
            examples?.append(contentsOf: recorded)
            return
        }
        spanClassifier?.apply(tokens: tokens, evidence: evidence, entities: &entities)
    }

    /// The span classifier's features of every mention `tagger` finds in each document of `corpus`, with
    /// spans into the corpus's text.
    func spanExamples(_ corpus: TaggingCorpus, documents: [Range<Int>]) -> [SpanExample] {
        var all: [SpanExample] = []
        for range in documents {
            var (document, offset) = corpus.document(sentences: range)
            var examples: [SpanExample]? = []
            tag(&document, partOfSpeech: false, entities: true, spanExamples: &examples)
            for var example in examples ?? [] {
                example.span = Span(start: example.span.start + offset, end: example.span.end + offset)
                all.append(example)
            }
        }
        return all
    }
}
