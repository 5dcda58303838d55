/// The whole training of the `tag` stage's models, as `gloss-tagger train` runs it:
///
/// 1. the part-of-speech model (first pass) on the CoNLL-U training files, epoch chosen by dev accuracy;
/// 2. the refinement model (second pass), which also reads first-pass tags of the token and the two
///    after it; its training tags come from jackknifing (each fold tagged by a first-pass model that did
///    not see it), so that it learns to correct tags as noisy as those it gets at run time;
/// 3. the entity model on the IOB2 training files, reading the final part-of-speech tags, epoch chosen
///    by dev F1 (exact span and label).
public struct TrainingRecipe: Sendable {
    /// Training and selection data and settings.
    public struct Inputs: Sendable {
        /// Part-of-speech training sentences.
        public var partOfSpeechTrain: [CoNLLUSentence]
        /// Part-of-speech dev sentences (epoch selection).
        public var partOfSpeechDev: [CoNLLUSentence]
        /// Entity training sentences; empty to train no entity model.
        public var entityTrain: [IOB2Sentence]
        /// Entity dev sentences (epoch selection).
        public var entityDev: [IOB2Sentence]
        /// Epochs for each model.
        public var partOfSpeechEpochs = 16
        /// Epochs of the entity model.
        public var entityEpochs = 12
        /// Table sizes (bits).
        public var partOfSpeechHashBits = 20
        /// Table size of the entity model (bits).
        public var entityHashBits = 20
        /// Folds for the jackknifed first-pass tags the refinement model trains on (0 or 1: no refinement
        /// model).
        public var refinementFolds = 5
        /// Already trained part-of-speech models to use instead of training them (first pass, optional
        /// refinement): the recipe then only trains the entity model.
        public var existingPartOfSpeech: (model: TaggerModel, refinement: TaggerModel?)? = nil
        /// An already trained first part-of-speech pass to keep instead of training one: the recipe then
        /// trains only the refinement (and entity) model on top of it.
        public var existingFirstPass: TaggerModel? = nil
        /// A file for the jackknifed first-pass tags the refinement model trains on: read when it holds
        /// tags for the same training data and settings, else computed and written there. Retraining
        /// only the refinement pass then skips the fold models.
        public var jackknifeTagsPath: String? = nil
        /// The share (0...1) of the first pass's scored dev tokens, least certain first, that the refinement
        /// pass re-tags; nil: the smallest share (in steps of 10%) that scores as well on dev as
        /// re-tagging every token. A fixed share bounds the second pass's cost.
        public var refinementShare: Double? = nil
        /// Entity training runs (differing in sentence order) whose weights are averaged.
        public var entityRuns = 3
        /// Part-of-speech training runs (each pass trained here; only the refinement pass with
        /// ``existingFirstPass``) whose weights are averaged.
        public var partOfSpeechRuns = 1
        /// Epochs of the jackknife models that tag the refinement pass's training data.
        public var jackknifeEpochs = 10
        /// The refinement model's templates (``FeatureSet/partOfSpeechRefined``,
        /// ``FeatureSet/partOfSpeechRefinedWide`` or ``FeatureSet/partOfSpeechRefinedClause``, the
        /// built-in model's).
        public var refinementFeatureSet: FeatureSet = .partOfSpeechRefined
        /// The entity model's templates (``FeatureSet/entities`` or ``FeatureSet/entitiesDocument``).
        /// The first: the document memory scored 0.3 F1 more on UNER EWT dev (646 against 645 correct
        /// mentions) but tagged about 15% slower.
        public var entityFeatureSet: FeatureSet = .entities
        /// Whether the entity model learns BILOU tags (else BIO; BIO scored better on UNER EWT dev).
        public var bilou = false
        /// Seed of the sentence order.
        public var seed: UInt64 = 1
        /// Word lists for the entity features.
        public var lexicon: Lexicon = .builtin
        /// Folds of the jackknifed mentions the span classifier learns from (0 or 1: no span model;
        /// ``SpanTraining``).
        public var spanFolds = 0
        /// Entity training runs of each fold model (one saves time; the shipped model averages more).
        public var spanFoldRuns = 1
        /// Epochs of the span classifier.
        public var spanEpochs = 10
        /// Table size of the span classifier (bits).
        public var spanHashBits = 20
        /// A folder where the span classifier's fold models are kept and read again (for experiments that
        /// change only the span classifier: same data, folds, seed and entity settings).
        public var spanFoldCache: String? = nil

        /// Creates inputs.
        public init(partOfSpeechTrain: [CoNLLUSentence], partOfSpeechDev: [CoNLLUSentence], entityTrain: [IOB2Sentence], entityDev: [IOB2Sentence]) {
            self.partOfSpeechTrain = partOfSpeechTrain
            self.partOfSpeechDev = partOfSpeechDev
            self.entityTrain = entityTrain
            self.entityDev = entityDev
        }
    }

    /// The trained models and their dev scores.
    public struct Output: Sendable {
        /// The part-of-speech model.
        public var partOfSpeech: TaggerModel
        /// The second part-of-speech pass, when it beat the first on dev.
        public var refinement: TaggerModel?
        /// Its dev scores.
        public var partOfSpeechDev: PartOfSpeechScores
        /// The entity model, if entity data was given.
        public var entities: TaggerModel?
        /// Its dev scores.
        public var entityDev: EntityScores?
        /// The span classifier (`entities-spans.gtm`), if one was trained.
        public var spans: TaggerModel? = nil
        /// The dev scores with it.
        public var spanDev: EntityScores? = nil
    }

    /// The inputs.
    public var inputs: Inputs

    /// Creates a recipe.
    public init(inputs: Inputs) { self.inputs = inputs }

    /// Trains the models; `progress` receives one line per step and epoch.
    public func run(progress: (String) -> Void = { _ in }) throws -> Output {
        var posTrain = try TaggingCorpus.partOfSpeech(inputs.partOfSpeechTrain)
        let posDev = try TaggingCorpus.partOfSpeech(inputs.partOfSpeechDev)
        let lexicon = inputs.lexicon
        progress("part of speech: \(posTrain.tokens.count) training tokens, \(posDev.tokens.count) dev tokens")
        if let existing = inputs.existingPartOfSpeech {
            let tagger = try Tagger(partOfSpeech: existing.model, refinement: existing.refinement, entities: nil, lexicon: lexicon)
            let scores = TaggerEvaluator.partOfSpeech(tagger, on: posDev)
            progress("part of speech: given models, dev accuracy \(scores.accuracy * 100)%")
            return try trainEntities(first: existing.model, refinement: existing.refinement, posTagger: tagger, posScores: scores, progress: progress)
        }
        let firstModel = inputs.existingFirstPass ?? trainAveraged(.partOfSpeech, posTrain, runs: inputs.partOfSpeechRuns, epochs: inputs.partOfSpeechEpochs, hashBits: inputs.partOfSpeechHashBits, label: "part of speech") { model in
            (try? Tagger(partOfSpeech: model, entities: nil, lexicon: lexicon)).map { TaggerEvaluator.partOfSpeech($0, on: posDev).accuracy } ?? 0
        } progress: { progress($0) }
        var refinement: TaggerModel? = nil
        var posTagger = try Tagger(partOfSpeech: firstModel, entities: nil, lexicon: lexicon)
        var posScores = TaggerEvaluator.partOfSpeech(posTagger, on: posDev)
        progress("part of speech: dev accuracy \(posScores.accuracy * 100)%")
        if inputs.refinementFolds > 1 {
            posTrain.partOfSpeech = try jackknifeTags(posTrain, progress: progress)
            let second = trainAveraged(inputs.refinementFeatureSet, posTrain, runs: inputs.partOfSpeechRuns, epochs: inputs.partOfSpeechEpochs, hashBits: inputs.partOfSpeechHashBits, label: "refinement") { model in
                (try? Tagger(partOfSpeech: firstModel, refinement: model, entities: nil, lexicon: lexicon)).map { TaggerEvaluator.partOfSpeech($0, on: posDev).accuracy } ?? 0
            } progress: { progress($0) }
            let refined = try Tagger(partOfSpeech: firstModel, refinement: second, entities: nil, lexicon: lexicon)
            let refinedScores = TaggerEvaluator.partOfSpeech(refined, on: posDev)
            progress("refinement: dev accuracy \(refinedScores.accuracy * 100)%")
            if refinedScores.accuracy > posScores.accuracy {
                var model = second
                model.refinementMargin = try chooseMargin(first: firstModel, refinement: model, dev: posDev, full: refinedScores.accuracy, progress: progress)
                refinement = model
                posTagger = try Tagger(partOfSpeech: firstModel, refinement: model, entities: nil, lexicon: lexicon)
                posScores = TaggerEvaluator.partOfSpeech(posTagger, on: posDev)
            } else {
                progress("refinement: no better than the first pass on dev, not kept")
            }
        }
        return try trainEntities(first: firstModel, refinement: refinement, posTagger: posTagger, posScores: posScores, progress: progress)
    }

    private func trainEntities(
        first: TaggerModel, refinement: TaggerModel?, posTagger: Tagger, posScores: PartOfSpeechScores, progress: (String) -> Void
    ) throws -> Output {
        let lexicon = inputs.lexicon
        guard !inputs.entityTrain.isEmpty else {
            return Output(partOfSpeech: first, refinement: refinement, partOfSpeechDev: posScores, entities: nil, entityDev: nil)
        }

        var entityTrain = try TaggingCorpus.entities(inputs.entityTrain, bilou: inputs.bilou)
        let labels = Array(Set(entityTrain.classNames.filter { $0 != "O" }.map { String($0.dropFirst(2)) })).sorted()
        let entityDev = try TaggingCorpus.entities(inputs.entityDev, labels: labels)
        progress("entities: \(entityTrain.tokens.count) training tokens, \(entityDev.tokens.count) dev tokens, labels \(labels.joined(separator: ", "))")
        // The entity data shares its sentences with the part-of-speech data, whose tags the final
        // tagger nearly knows by heart; jackknifed tags (tried with 5 folds) scored no better on dev.
        entityTrain.partOfSpeech = predictedTags(posTagger, entityTrain)
        let model = trainAveraged(inputs.entityFeatureSet, entityTrain, runs: inputs.entityRuns, epochs: inputs.entityEpochs, hashBits: inputs.entityHashBits, label: "entities") { model in
            (try? Tagger(partOfSpeech: first, refinement: refinement, entities: model, lexicon: lexicon)).map { TaggerEvaluator.entities($0, on: entityDev).overall.f1 } ?? 0
        } progress: { progress($0) }
        let tagger = try Tagger(partOfSpeech: first, refinement: refinement, entities: model, lexicon: lexicon)
        let entityScores = TaggerEvaluator.entities(tagger, on: entityDev)
        progress("entities: dev F1 \(entityScores.overall.f1 * 100)")
        var output = Output(partOfSpeech: first, refinement: refinement, partOfSpeechDev: posScores, entities: model, entityDev: entityScores)
        if inputs.spanFolds > 1 {
            (output.spans, output.spanDev) = try trainSpans(train: entityTrain, dev: entityDev, first: first, refinement: refinement, entities: model, progress: progress)
            progress("spans: dev F1 \(output.spanDev.map { $0.overall.f1 * 100 } ?? 0)")
        }
        return output
    }

    /// Several runs that differ only in sentence order, each stopped at its best dev epoch, with their
    /// weights averaged: dev scores swing from epoch to epoch, and the average of runs is steadier.
    func trainAveraged(
        _ featureSet: FeatureSet, _ corpus: TaggingCorpus, runs: Int, epochs: Int, hashBits: Int, label: String,
        select: @escaping (TaggerModel) -> Double, progress: (String) -> Void
    ) -> TaggerModel {
        var results: [PerceptronTrainer.Result] = []
        for run in 0..<max(1, runs) {
            var recipe = self
            recipe.inputs.seed = inputs.seed &+ UInt64(run)
            let result = recipe.train(featureSet, corpus, epochs: epochs, hashBits: hashBits, label: runs > 1 ? "\(label) run \(run + 1)" : label, select: select, progress: progress)
            progress("\(label): run \(run + 1), epoch \(result.epoch) selected")
            results.append(result)
        }
        guard results.count > 1 else { return results[0].model }
        var weights = [Float](repeating: 0, count: results[0].weights.count)
        for result in results {
            for k in weights.indices { weights[k] += result.weights[k] / Float(results.count) }
        }
        let base = results[0].model
        let averaged = TaggerModel(
            featureSet: featureSet, classNames: corpus.classNames, hashBits: hashBits, weights: weights,
            tagDictionary: base.tagDictionary.entries.mapValues { UInt8(truncatingIfNeeded: $0) },
            vocabulary: base.vocabulary.entries.mapValues { UInt8(truncatingIfNeeded: $0) },
            metadata: "\(featureSet); \(corpus.tokens.count) training tokens; average of \(results.count) runs, epochs \(results.map(\.epoch))")
        progress("\(label): average of \(results.count) runs scores \(select(averaged))")
        return averaged
    }

    private func train(
        _ featureSet: FeatureSet, _ corpus: TaggingCorpus, epochs: Int, hashBits: Int, label: String,
        select: ((TaggerModel) -> Double)?, progress: (String) -> Void
    ) -> PerceptronTrainer.Result {
        let configuration = PerceptronTrainer.Configuration(
            featureSet: featureSet, hashBits: hashBits, epochs: epochs, seed: inputs.seed, lexicon: inputs.lexicon,
            metadata: "\(featureSet); \(corpus.tokens.count) training tokens")
        return PerceptronTrainer(configuration: configuration).train(corpus, select: select, progress: { progress("\(label): \($0)") })
    }

    /// The smallest first-pass margin above which the refinement pass can keep the first pass's tag
    /// without losing dev accuracy: re-tagging only the uncertain tokens makes the second pass cheap.
    private func chooseMargin(first: TaggerModel, refinement: TaggerModel, dev: TaggingCorpus, full: Double, progress: (String) -> Void) throws -> Float {
        let firstPass = try Tagger(partOfSpeech: first, entities: nil, lexicon: inputs.lexicon)
        if let share = inputs.refinementShare {
            let margin = firstPass.refinementMargin(reTagging: share, of: dev.document())
            let tagger = try Tagger(partOfSpeech: first, refinement: refinement, entities: nil, lexicon: inputs.lexicon, refinementMargin: margin)
            let accuracy = TaggerEvaluator.partOfSpeech(tagger, on: dev).accuracy
            progress("refinement: re-tagging the \(share * 100)% least certain scored tokens (margin < \(margin)), as asked: dev accuracy \(accuracy * 100)%")
            return margin
        }
        let margins = firstPass.firstPassMargins(dev.document()).sorted()
        guard !margins.isEmpty else { return .infinity }
        for share in [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] {
            let margin = margins[min(margins.count - 1, Int(Double(margins.count) * share))]
            let tagger = try Tagger(partOfSpeech: first, refinement: refinement, entities: nil, lexicon: inputs.lexicon, refinementMargin: margin)
            let accuracy = TaggerEvaluator.partOfSpeech(tagger, on: dev).accuracy
            progress("refinement: re-tagging the \(Int(share * 100))% least certain scored tokens (margin < \(margin)): dev accuracy \(accuracy * 100)%")
            if accuracy >= full { return margin }
        }
        return .infinity
    }

    /// UPOS raw values predicted by `tagger` for every token of `corpus`.
    private func predictedTags(_ tagger: Tagger, _ corpus: TaggingCorpus) -> [UInt8] {
        var tags: [UInt8] = []
        tags.reserveCapacity(corpus.tokens.count)
        TaggerEvaluator.forEachTaggedToken(tagger, corpus) { token, _, _ in tags.append(token.pos?.rawValue ?? 0) }
        return tags
    }

    /// The jackknifed first-pass tags of `corpus`, from ``Inputs/jackknifeTagsPath`` when it holds them.
    private func jackknifeTags(_ corpus: TaggingCorpus, progress: (String) -> Void) throws -> [UInt8] {
        let folds = inputs.refinementFolds, epochs = inputs.jackknifeEpochs
        guard let path = inputs.jackknifeTagsPath else { return try jackknife(corpus, folds: folds, epochs: epochs, progress: progress) }
        let key = JackknifeTagsFile.key(corpus: corpus, folds: folds, epochs: epochs, hashBits: inputs.partOfSpeechHashBits, seed: inputs.seed)
        if let tags = JackknifeTagsFile.read(path: path, key: key, count: corpus.tokens.count) {
            progress("jackknife: first-pass tags read from \(path)")
            return tags
        }
        let tags = try jackknife(corpus, folds: folds, epochs: epochs, progress: progress)
        try JackknifeTagsFile.write(tags, key: key, to: path)
        progress("jackknife: first-pass tags written to \(path)")
        return tags
    }

    /// First-pass tags for every token of `corpus`, each fold (every `folds`-th sentence) tagged by a
    /// model trained on the other folds for `epochs` epochs.
    private func jackknife(_ corpus: TaggingCorpus, folds: Int, epochs: Int, progress: (String) -> Void) throws -> [UInt8] {
        var tags = [UInt8](repeating: 0, count: corpus.tokens.count)
        for f in 0..<folds {
            let part = corpus.subset { $0 % folds != f }
            progress("jackknife fold \(f + 1)/\(folds): first-pass model on \(part.tokens.count) tokens")
            let model = train(.partOfSpeech, part, epochs: epochs, hashBits: inputs.partOfSpeechHashBits, label: "jackknife", select: nil, progress: { _ in }).model
            let held = corpus.subset { $0 % folds == f }
            let predicted = predictedTags(try Tagger(partOfSpeech: model, entities: nil, lexicon: inputs.lexicon), held)
            var k = 0
            for (s, range) in corpus.sentences.enumerated() where s % folds == f {
                for t in range {
                    tags[t] = predicted[k]
                    k += 1
                }
            }
        }
        return tags
    }
}
