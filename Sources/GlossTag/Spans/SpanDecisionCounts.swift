import GlossCore

/// What the span classifier did to the mentions it saw in a gold-labelled corpus, and how often it was
/// right: a relabelling is right when the new label is the gold one, a drop when the mention did not
/// match a gold mention (span and label).
public struct SpanDecisionCounts: Sendable, CustomStringConvertible {
    /// Mentions the classifier saw.
    public var seen = 0
    /// Mentions it relabelled; of them, those whose new label is gold, and those whose old label was.
    public var relabelled = 0, relabelledRight = 0, relabelledWasRight = 0
    /// Mentions it dropped; of them, those that matched no gold mention (right to drop).
    public var dropped = 0, droppedRight = 0

    /// Creates empty counts.
    public init() {}

    /// One line per kind of decision.
    public var description: String {
        """
        span classifier: \(seen) mentions seen
          relabelled \(relabelled): \(relabelledRight) now right, \(relabelledWasRight) were right before
          dropped \(dropped): \(droppedRight) were wrong, \(dropped - droppedRight) were right
        """
    }
}

extension Tagger {
    /// Whether a span model is loaded.
    public var classifiesSpans: Bool { spanClassifier != nil }

    /// Counts the span classifier's decisions on `corpus` against its gold mentions (empty counts when no
    /// span model is loaded).
    public func spanDecisions(on corpus: TaggingCorpus) -> SpanDecisionCounts {
        var counts = SpanDecisionCounts()
        guard let spanClassifier else { return counts }
        var gold: [Span: EntityLabel] = [:]
        for entity in TaggerEvaluator.goldEntities(corpus) { gold[entity.span] = entity.label }
        for example in spanExamples(corpus, documents: corpus.documentRanges) {
            counts.seen += 1
            let decision = spanClassifier.decide(example.features)
            let truth = gold[example.span]
            if decision == 0 {
                counts.dropped += 1
                if truth != example.label { counts.droppedRight += 1 }
            } else if spanClassifier.labels[decision - 1] != example.label {
                counts.relabelled += 1
                if truth == spanClassifier.labels[decision - 1] { counts.relabelledRight += 1 }
                if truth == example.label { counts.relabelledWasRight += 1 }
            }
        }
        return counts
    }
}
