import GlossCore

/// Training of the span classifier (``SpanClassifier``), as ``TrainingRecipe`` runs it after the entity
/// model.
///
/// The classifier must learn from mentions as wrong as those the entity model finds at run time, so its
/// examples come from jackknifing: the training documents are split into folds, an entity model (one
/// run, to save time) is trained on all folds but one and tags the held-out fold, with the same rules
/// and document consistency as decoding. Each predicted mention is labelled with the gold label of the
/// gold mention with exactly its span, else "none". An averaged multi-class perceptron then learns the
/// labels; the epoch is chosen by dev F1 of the whole tagger with the shipped entity model.
extension TrainingRecipe {
    /// Trains the span model on `train` (with predicted part of speech) for `entities`, the final
    /// entity model, selecting the epoch on `dev`.
    func trainSpans(
        train: TaggingCorpus, dev: TaggingCorpus, first: TaggerModel, refinement: TaggerModel?, entities: TaggerModel,
        progress: (String) -> Void
    ) throws -> (model: TaggerModel, scores: EntityScores) {
        let folds = inputs.spanFolds
        let lexicon = inputs.lexicon
        // Fold of each sentence: whole documents go to one fold, so that the held-out fold's documents
        // are tagged with document consistency as at run time.
        var foldOf = [Int](repeating: 0, count: train.sentences.count)
        var documentsOf = [[Range<Int>]](repeating: [], count: folds)
        for (d, range) in train.documentRanges.enumerated() {
            for s in range { foldOf[s] = d % folds }
            documentsOf[d % folds].append(range)
        }
        var examples: [SpanExample] = []
        for f in 0..<folds {
            let part = train.subset { foldOf[$0] != f }
            let cached = inputs.spanFoldCache.map { "\($0)/fold-\(f + 1)-of-\(folds)-runs-\(inputs.spanFoldRuns)-seed-\(inputs.seed).gtm" }
            if let cached, let model = try? TaggerModel(contentsOf: cached) {
                progress("spans fold \(f + 1)/\(folds): entity model read from \(cached)")
                examples += try foldExamples(model, train: train, first: first, refinement: refinement, documents: documentsOf[f])
                continue
            }
            progress("spans fold \(f + 1)/\(folds): entity model on \(part.tokens.count) tokens")
            let model = trainAveraged(inputs.entityFeatureSet, part, runs: inputs.spanFoldRuns, epochs: inputs.entityEpochs, hashBits: inputs.entityHashBits, label: "spans fold \(f + 1)") { model in
                (try? Tagger(partOfSpeech: first, refinement: refinement, entities: model, lexicon: lexicon)).map { TaggerEvaluator.entities($0, on: dev).overall.f1 } ?? 0
            } progress: { _ in }
            if let cached { try model.write(to: cached) }
            examples += try foldExamples(model, train: train, first: first, refinement: refinement, documents: documentsOf[f])
        }
        var gold: [Span: String] = [:]
        for entity in TaggerEvaluator.goldEntities(train) { gold[entity.span] = entity.label.rawValue }
        let final = try Tagger(partOfSpeech: first, refinement: refinement, entities: entities, lexicon: lexicon)
        let classNames = SpanClassifier.classNames(labels: final.entityLabels)
        let golds: [UInt8] = examples.map { example in
            gold[example.span].flatMap { label in classNames.firstIndex(of: label) }.map { UInt8($0) } ?? 0
        }
        let kept = golds.filter { $0 != 0 }.count
        let relabel = zip(examples, golds).filter { $0.1 != 0 && classNames[Int($0.1)] != $0.0.label.rawValue }.count
        progress("spans: \(examples.count) jackknifed mentions: \(kept) with a gold span (\(relabel) of them with another label), \(examples.count - kept) to drop")
        let trainer = SpanPerceptron(classCount: classNames.count, hashBits: inputs.spanHashBits, seed: inputs.seed)
        let result = trainer.train(examples.map(\.features), golds, epochs: inputs.spanEpochs) { weights, epoch in
            let model = TaggerModel(
                featureSet: .entitySpans, classNames: classNames, hashBits: inputs.spanHashBits, weights: weights,
                metadata: "\(FeatureSet.entitySpans); \(examples.count) jackknifed mentions (\(folds) folds); epoch \(epoch)")
            guard let tagger = try? Tagger(partOfSpeech: first, refinement: refinement, entities: entities, lexicon: lexicon, spans: model) else { return (model, 0) }
            let score = TaggerEvaluator.entities(tagger, on: dev).overall.f1
            progress("spans: epoch \(epoch): dev F1 \((score * 10000).rounded() / 100)")
            return (model, score)
        }
        let tagger = try Tagger(partOfSpeech: first, refinement: refinement, entities: entities, lexicon: lexicon, spans: result)
        return (result, TaggerEvaluator.entities(tagger, on: dev))
    }

    /// The span examples of the held-out `documents` (sentence ranges of `train`), tagged with `model`
    /// (which did not see them).
    private func foldExamples(
        _ model: TaggerModel, train: TaggingCorpus, first: TaggerModel, refinement: TaggerModel?, documents: [Range<Int>]
    ) throws -> [SpanExample] {
        let tagger = try Tagger(partOfSpeech: first, refinement: refinement, entities: model, lexicon: inputs.lexicon)
        return tagger.spanExamples(train, documents: documents)
    }
}

/// An averaged multi-class perceptron over hashed feature lists, one decision per example.
struct SpanPerceptron {
    /// Number of classes.
    let classCount: Int
    /// The table has `1 << hashBits` rows.
    let hashBits: Int
    /// Seed of the example order.
    let seed: UInt64

    /// Trains for up to `epochs` epochs; `select` builds and scores each epoch's averaged model and the
    /// best one is returned.
    func train(
        _ examples: [[UInt64]], _ golds: [UInt8], epochs: Int, select: ([Float], Int) -> (TaggerModel, Double)
    ) -> TaggerModel {
        let rows = 1 << hashBits
        let shift = UInt64(64 - hashBits)
        var weights = [Float](repeating: 0, count: rows * classCount)
        var updates = [Double](repeating: 0, count: rows * classCount)
        var step: Double = 1
        var random = SplitMix64(seed: seed)
        var order = Array(examples.indices)
        var best: (model: TaggerModel, score: Double)? = nil
        var scores = [Float](repeating: 0, count: classCount)
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &random)
            for e in order {
                let features = examples[e]
                for c in 0..<classCount { scores[c] = 0 }
                for hash in features {
                    let row = Int(truncatingIfNeeded: hash >> shift) * classCount
                    for c in 0..<classCount { scores[c] += weights[row + c] }
                }
                var guess = 0
                for c in 1..<classCount where scores[c] > scores[guess] { guess = c }
                let gold = Int(golds[e])
                if guess != gold {
                    for hash in features {
                        let row = Int(truncatingIfNeeded: hash >> shift) * classCount
                        weights[row + gold] += 1
                        updates[row + gold] += step
                        weights[row + guess] -= 1
                        updates[row + guess] -= step
                    }
                }
                step += 1
            }
            let scored = select(PerceptronTrainer.average(weights, updates, step: step), epoch)
            if scored.1 > (best?.score ?? -Double.infinity) { best = scored }
        }
        return best?.model ?? TaggerModel(featureSet: .entitySpans, classNames: (0..<classCount).map { "\($0)" }, hashBits: hashBits, weights: weights)
    }
}
