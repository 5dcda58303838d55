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
        public var partOfSpeechEpochs = 12
        /// Epochs of the entity model.
        public var entityEpochs = 15
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
        /// Entity training runs (differing in sentence order) whose weights are averaged.
        public var entityRuns = 5
        /// Whether the entity model learns BILOU tags (else BIO).
        public var bilou = true
        /// Seed of the sentence order.
        public var seed: UInt64 = 1
        /// Word lists for the entity features.
        public var lexicon: Lexicon = .builtin

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
        let first = train(.partOfSpeech, posTrain, epochs: inputs.partOfSpeechEpochs, hashBits: inputs.partOfSpeechHashBits, label: "part of speech") { model in
            (try? Tagger(partOfSpeech: model, entities: nil, lexicon: lexicon)).map { TaggerEvaluator.partOfSpeech($0, on: posDev).accuracy } ?? 0
        } progress: { progress($0) }
        var refinement: TaggerModel? = nil
        var posTagger = try Tagger(partOfSpeech: first.model, entities: nil, lexicon: lexicon)
        var posScores = TaggerEvaluator.partOfSpeech(posTagger, on: posDev)
        progress("part of speech: epoch \(first.epoch) selected, dev accuracy \(posScores.accuracy * 100)%")
        if inputs.refinementFolds > 1 {
            posTrain.partOfSpeech = try jackknife(posTrain, folds: inputs.refinementFolds, epochs: first.epoch, progress: progress)
            let second = train(.partOfSpeechRefined, posTrain, epochs: inputs.partOfSpeechEpochs, hashBits: inputs.partOfSpeechHashBits, label: "refinement") { model in
                (try? Tagger(partOfSpeech: first.model, refinement: model, entities: nil, lexicon: lexicon)).map { TaggerEvaluator.partOfSpeech($0, on: posDev).accuracy } ?? 0
            } progress: { progress($0) }
            let refined = try Tagger(partOfSpeech: first.model, refinement: second.model, entities: nil, lexicon: lexicon)
            let refinedScores = TaggerEvaluator.partOfSpeech(refined, on: posDev)
            progress("refinement: epoch \(second.epoch) selected, dev accuracy \(refinedScores.accuracy * 100)%")
            if refinedScores.accuracy > posScores.accuracy {
                refinement = second.model
                posTagger = refined
                posScores = refinedScores
            } else {
                progress("refinement: no better than the first pass on dev, not kept")
            }
        }
        return try trainEntities(first: first.model, refinement: refinement, posTagger: posTagger, posScores: posScores, progress: progress)
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
        // Several runs that differ only in sentence order, averaged: the entity model's dev score swings
        // from epoch to epoch, and the average of runs is steadier than any one of them.
        var runs: [PerceptronTrainer.Result] = []
        for run in 0..<max(1, inputs.entityRuns) {
            var recipe = self
            recipe.inputs.seed = inputs.seed &+ UInt64(run)
            let result = recipe.train(.entities, entityTrain, epochs: inputs.entityEpochs, hashBits: inputs.entityHashBits, label: "entities run \(run + 1)") { model in
                (try? Tagger(partOfSpeech: first, refinement: refinement, entities: model, lexicon: lexicon)).map { TaggerEvaluator.entities($0, on: entityDev).overall.f1 } ?? 0
            } progress: { progress($0) }
            progress("entities run \(run + 1): epoch \(result.epoch) selected")
            runs.append(result)
        }
        var model = runs[0].model
        if runs.count > 1 {
            var weights = [Float](repeating: 0, count: runs[0].weights.count)
            for run in runs {
                for k in weights.indices { weights[k] += run.weights[k] / Float(runs.count) }
            }
            model = TaggerModel(
                featureSet: .entities, classNames: entityTrain.classNames, hashBits: inputs.entityHashBits, weights: weights,
                vocabulary: runs[0].model.vocabulary.entries.mapValues { UInt8(truncatingIfNeeded: $0) },
                metadata: "entities; \(entityTrain.tokens.count) training tokens; average of \(runs.count) runs, epochs \(runs.map(\.epoch))")
        }
        let tagger = try Tagger(partOfSpeech: first, refinement: refinement, entities: model, lexicon: lexicon)
        let entityScores = TaggerEvaluator.entities(tagger, on: entityDev)
        progress("entities: dev F1 \(entityScores.overall.f1 * 100)")
        return Output(partOfSpeech: first, refinement: refinement, partOfSpeechDev: posScores, entities: model, entityDev: entityScores)
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

    /// UPOS raw values predicted by `tagger` for every token of `corpus`.
    private func predictedTags(_ tagger: Tagger, _ corpus: TaggingCorpus) -> [UInt8] {
        var tags: [UInt8] = []
        for range in corpus.documentRanges {
            var document = corpus.document(sentences: range).document
            tagger.tag(&document, partOfSpeech: true, entities: false)
            tags.append(contentsOf: (document.tokens ?? []).map { $0.pos?.rawValue ?? 0 })
        }
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
