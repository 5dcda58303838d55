import GlossCore

/// The second look at every mention: a multi-class averaged perceptron over whole-span, context,
/// token-model and document features (``SpanFeatures``) that keeps a mention's label, changes it, or
/// drops the mention ("none").
///
/// The token-level entity model decides one token at a time, left to right; it cannot see the whole
/// name, nor how the same word is used elsewhere in the document. Its typical errors are an unknown
/// capitalised word taken for a person ("Weed", "Houseboat") and a name given a different label than its
/// other occurrences suggest ("in Miramar" as a person). The classifier is trained on the token model's
/// own predictions over the training data, jackknifed (``SpanTraining``), each predicted mention
/// labelled with the gold label of the gold mention with exactly its span, else "none".
///
/// Its model is an optional file, `entities-spans.gtm` (feature set ``FeatureSet/entitySpans``, classes
/// `none` and the entity model's labels); a model folder without it tags as before.
struct SpanClassifier: Sendable {
    /// The weights; class 0 is `none`, class `k` the label ``labels``[k - 1].
    let model: TaggerModel
    /// The labels, in class order (after `none`).
    let labels: [EntityLabel]

    /// The span model's class names for entity labels `labels` (sorted): `none`, then the labels.
    static func classNames(labels: [String]) -> [String] { ["none"] + labels.sorted() }

    /// Wraps a span model.
    /// - Throws: ``ModelFileError`` when the model is not a span model or its labels are not those of
    ///   the entity model (`entityLabels`).
    init(model: TaggerModel, entityLabels: [String]) throws(ModelFileError) {
        guard model.featureSet == .entitySpans else {
            throw ModelFileError("the span model was trained with feature set \(model.featureSet), expected \(FeatureSet.entitySpans)")
        }
        guard model.classNames == Self.classNames(labels: entityLabels) else {
            throw ModelFileError("the span model's classes \(model.classNames) do not match the entity model's labels \(entityLabels.sorted())")
        }
        self.model = model
        self.labels = model.classNames.dropFirst().map { EntityLabel(rawValue: $0) }
    }

    /// The code of `label` among the span model's `labels` (sorted, as in its class order): 1 + its
    /// index, 0 when it is not one of them.
    static func code(of label: EntityLabel, in labels: [EntityLabel]) -> UInt8 {
        labels.firstIndex(of: label).map { UInt8($0 + 1) } ?? 0
    }

    /// The label code (``code(of:in:)``; 0 for outside) of each entity-model class (`O`, `B-X`, `I-X`,
    /// ...).
    static func labelCodes(entityClasses: [(kind: UInt8, label: EntityLabel)], labels: [String]) -> [UInt8] {
        let sorted = labels.sorted().map { EntityLabel(rawValue: $0) }
        return entityClasses.map { entry in entry.kind == 0 ? 0 : code(of: entry.label, in: sorted) }
    }

    /// The mentions of `entities` as token ranges and label codes among `labels` (sorted; nil for a
    /// mention whose start is no token's start).
    static func mentions(_ entities: [Entity], tokens: UnsafeBufferPointer<Token>, labels: [EntityLabel]) -> [(first: Int, last: Int, label: UInt8)?] {
        entities.map { entity in
            guard let (first, last) = TokenLookup.range(of: entity, in: tokens) else { return nil }
            return (first, last, code(of: entity.label, in: labels))
        }
    }

    /// Calls `body` with each mention's index in `entities` and its features.
    static func forEachMention(
        _ entities: [Entity], tokens: UnsafeBufferPointer<Token>, evidence: MentionEvidence, labels: [EntityLabel],
        _ body: (_ index: Int, _ features: UnsafeBufferPointer<UInt64>) -> Void
    ) {
        guard !entities.isEmpty, evidence.count == tokens.count else { return }
        let found = mentions(entities, tokens: tokens, labels: labels)
        let known = found.compactMap { $0 }
        // The words whose other occurrences the features aggregate: each mention's first and last.
        let occurrences = evidence.norms.withUnsafeBufferPointer { norms in
            WordOccurrences(words: known.flatMap { [norms[$0.first], norms[$0.last]] }, in: norms)
        }
        let hashes = UnsafeMutablePointer<UInt64>.allocate(capacity: SpanFeatures.maximumFeatures)
        defer { hashes.deallocate() }
        known.withUnsafeBufferPointer { others in
            for (index, mention) in found.enumerated() {
                guard let mention else { continue }
                let n = SpanFeatures.extract(
                    evidence, first: mention.first, last: mention.last, label: mention.label, mentions: others,
                    occurrences: occurrences, into: hashes)
                body(index, UnsafeBufferPointer(start: hashes, count: n))
            }
        }
    }

    /// Relabels or drops the mentions of `entities` as the model decides.
    ///
    /// Each mention reads about a hundred rows at random places in the span table, so the rows of every
    /// mention are prefetched as soon as its features are known, and scored only once all mentions'
    /// features are: extracting the later mentions' features hides the earlier ones' memory latency.
    func apply(tokens: UnsafeBufferPointer<Token>, evidence: MentionEvidence, entities: inout [Entity]) {
        guard !entities.isEmpty else { return }
        var decisions = [Int](repeating: -1, count: entities.count)
        let classCount = model.classCount
        let stride = model.rowStride
        let width = SpanFeatures.maximumFeatures
        let offsets = UnsafeMutablePointer<Int>.allocate(capacity: entities.count * width)
        var counts = [Int](repeating: 0, count: entities.count)
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: classCount + 8)
        defer {
            offsets.deallocate()
            scores.deallocate()
        }
        model.table.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            let table = base.assumingMemoryBound(to: UInt8.self)
            Self.forEachMention(entities, tokens: tokens, evidence: evidence, labels: labels) { index, features in
                let rows = offsets + index * width
                for (f, hash) in features.enumerated() { rows[f] = model.row(of: hash) * stride }
                counts[index] = features.count
                Tagger.prefetch(table, offsets: rows, count: features.count)
            }
            for index in entities.indices where counts[index] > 0 {
                decisions[index] = Self.best(table, offsets: offsets + index * width, count: counts[index], classCount: classCount, scores: scores)
            }
        }
        var kept: [Entity] = []
        kept.reserveCapacity(entities.count)
        for (index, var entity) in entities.enumerated() {
            let decision = decisions[index]
            if decision > 0 {
                entity.label = labels[decision - 1]
            } else if decision == 0 {
                continue
            }
            kept.append(entity)
        }
        entities = kept
    }

    /// The class the model picks for one mention's features (0: none), for reports; decoding uses
    /// ``apply(tokens:evidence:entities:)``.
    func decide(_ features: [UInt64]) -> Int {
        let classCount = model.classCount
        var scores = [Float](repeating: 0, count: classCount + 8)
        let offsets = features.map { model.row(of: $0) * model.rowStride }
        return model.table.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return 0 }
            return offsets.withUnsafeBufferPointer { rows in
                scores.withUnsafeMutableBufferPointer { out in
                    guard let rowBase = rows.baseAddress, let outBase = out.baseAddress else { return 0 }
                    return Self.best(base.assumingMemoryBound(to: UInt8.self), offsets: rowBase, count: rows.count, classCount: classCount, scores: outBase)
                }
            }
        }
    }

    /// The class whose summed rows at `offsets` score highest (the first on a tie; 0: none).
    private static func best(
        _ table: UnsafePointer<UInt8>, offsets: UnsafePointer<Int>, count: Int, classCount: Int, scores: UnsafeMutablePointer<Float>
    ) -> Int {
        Tagger.accumulate(table, offsets: offsets, count: count, classCount: classCount, into: scores)
        var best = 0
        for c in 1..<classCount where scores[c] > scores[best] { best = c }
        return best
    }
}
