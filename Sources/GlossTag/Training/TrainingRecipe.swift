/// The whole training of the `tag` stage's two models, as `gloss-tagger train` runs it:
///
/// 1. the part-of-speech model on the CoNLL-U training files, epoch chosen by dev accuracy;
/// 2. part-of-speech tags for the entity training data, predicted by jackknifing (each fold tagged by a
///    model that did not see it, folds by `sent_id`, so that the entity model learns from tags as
///    noisy as those it will get at run time);
/// 3. the entity model on the IOB2 training files, epoch chosen by dev F1 (exact span and label).
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
        /// Folds for the jackknifed tags of the entity data (0 or 1: tag it with the final model).
        public var jackknifeFolds = 5
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

    /// Trains both models; `progress` receives one line per step and epoch.
    public func run(progress: (String) -> Void = { _ in }) throws -> Output {
        let posTrain = try TaggingCorpus.partOfSpeech(inputs.partOfSpeechTrain)
        let posDev = try TaggingCorpus.partOfSpeech(inputs.partOfSpeechDev)
        progress("part of speech: \(posTrain.tokens.count) training tokens, \(posDev.tokens.count) dev tokens")
        let posResult = trainPartOfSpeech(posTrain, dev: posDev, epochs: inputs.partOfSpeechEpochs, progress: progress)
        let posTagger = try Tagger(partOfSpeech: posResult.model, entities: nil, lexicon: inputs.lexicon)
        let posScores = TaggerEvaluator.partOfSpeech(posTagger, on: posDev)
        progress("part of speech: epoch \(posResult.epoch) selected, dev accuracy \(posScores.accuracy * 100)%")
        guard !inputs.entityTrain.isEmpty else {
            return Output(partOfSpeech: posResult.model, partOfSpeechDev: posScores, entities: nil, entityDev: nil)
        }

        var entityTrain = try TaggingCorpus.entities(inputs.entityTrain)
        let labels = Array(Set(entityTrain.classNames.filter { $0 != "O" }.map { String($0.dropFirst(2)) })).sorted()
        let entityDev = try TaggingCorpus.entities(inputs.entityDev, labels: labels)
        progress("entities: \(entityTrain.tokens.count) training tokens, \(entityDev.tokens.count) dev tokens, labels \(labels.joined(separator: ", "))")
        entityTrain.partOfSpeech = try jackknifedTags(for: entityTrain, posTrain: posTrain, final: posResult.model, epochs: posResult.epoch, progress: progress)

        let configuration = PerceptronTrainer.Configuration(
            featureSet: .entities, hashBits: inputs.entityHashBits, epochs: inputs.entityEpochs, seed: inputs.seed,
            lexicon: inputs.lexicon, metadata: "entities; \(entityTrain.tokens.count) training tokens")
        let result = PerceptronTrainer(configuration: configuration).train(entityTrain, select: { model in
            guard let tagger = try? Tagger(partOfSpeech: posResult.model, entities: model, lexicon: inputs.lexicon) else { return 0 }
            return TaggerEvaluator.entities(tagger, on: entityDev).overall.f1
        }, progress: { progress("entities: \($0)") })
        let tagger = try Tagger(partOfSpeech: posResult.model, entities: result.model, lexicon: inputs.lexicon)
        let entityScores = TaggerEvaluator.entities(tagger, on: entityDev)
        progress("entities: epoch \(result.epoch) selected, dev F1 \(entityScores.overall.f1 * 100)")
        return Output(partOfSpeech: posResult.model, partOfSpeechDev: posScores, entities: result.model, entityDev: entityScores)
    }

    private func trainPartOfSpeech(_ train: TaggingCorpus, dev: TaggingCorpus?, epochs: Int, progress: (String) -> Void) -> PerceptronTrainer.Result {
        let configuration = PerceptronTrainer.Configuration(
            featureSet: .partOfSpeech, hashBits: inputs.partOfSpeechHashBits, epochs: epochs, seed: inputs.seed,
            lexicon: inputs.lexicon, metadata: "part of speech; \(train.tokens.count) training tokens")
        let lexicon = inputs.lexicon
        let select: ((TaggerModel) -> Double)? = dev.map { dev in
            { model in
                guard let tagger = try? Tagger(partOfSpeech: model, entities: nil, lexicon: lexicon) else { return 0 }
                return TaggerEvaluator.partOfSpeech(tagger, on: dev).accuracy
            }
        }
        return PerceptronTrainer(configuration: configuration).train(train, select: select, progress: { progress("part of speech: \($0)") })
    }

    /// Predicted UPOS for every token of `corpus`, each fold by a model trained without that fold's
    /// sentences (matched by `sent_id`, which EWT and UNER share).
    private func jackknifedTags(
        for corpus: TaggingCorpus, posTrain: TaggingCorpus, final: TaggerModel, epochs: Int, progress: (String) -> Void
    ) throws -> [UInt8] {
        let folds = inputs.jackknifeFolds
        func fold(_ id: String?, _ index: Int) -> Int {
            guard let id else { return index % max(folds, 1) }
            var hash = FeatureHash.empty
            for byte in id.utf8 { hash = FeatureHash.add(hash, byte) }
            return Int(FeatureHash.finalise(hash) % UInt64(max(folds, 1)))
        }
        var tags = [UInt8](repeating: 0, count: corpus.tokens.count)
        func tagWith(_ model: TaggerModel, sentences include: (Int) -> Bool) throws {
            let tagger = try Tagger(partOfSpeech: model, entities: nil, lexicon: inputs.lexicon)
            var document = corpus.document()
            tagger.tag(&document, partOfSpeech: true, entities: false)
            let tokens = document.tokens ?? []
            for (s, range) in corpus.sentences.enumerated() where include(s) {
                for t in range { tags[t] = tokens[t].pos?.rawValue ?? 0 }
            }
        }
        if folds <= 1 {
            try tagWith(final, sentences: { _ in true })
            return tags
        }
        for f in 0..<folds {
            let part = posTrain.subset { fold(posTrain.sentenceIDs[$0], $0) != f }
            progress("jackknife fold \(f + 1)/\(folds): part-of-speech model on \(part.tokens.count) tokens")
            let result = trainPartOfSpeech(part, dev: nil, epochs: epochs, progress: { _ in })
            try tagWith(result.model, sentences: { fold(corpus.sentenceIDs[$0], $0) == f })
        }
        return tags
    }
}
