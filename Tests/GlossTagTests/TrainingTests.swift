import GlossCore
import Testing

@testable import GlossTag

/// Training on small invented data: the perceptron must learn patterns it can see, and the whole
/// recipe must produce models the stage loads.
@Suite struct TrainingTests {
    /// Sentences like "the cat sleeps ." and "a dog runs .", with their UPOS tags.
    static func partOfSpeechSentences() -> [CoNLLUSentence] {
        let determiners = ["the", "a", "this"]
        let nouns = ["cat", "dog", "farmer", "river", "teacher", "car"]
        let verbs = ["sleeps", "runs", "waits", "sings", "falls"]
        var sentences: [CoNLLUSentence] = []
        for (k, noun) in nouns.enumerated() {
            for (j, verb) in verbs.enumerated() {
                let determiner = determiners[(k + j) % determiners.count]
                sentences.append(CoNLLUSentence(
                    id: "s\(k)-\(j)", text: nil, newDocument: j == 0 ? "d\(k)" : nil,
                    words: [
                        .init(form: determiner, upos: "DET"), .init(form: noun, upos: "NOUN"),
                        .init(form: verb, upos: "VERB"), .init(form: ".", upos: "PUNCT"),
                    ]))
            }
        }
        return sentences
    }

    /// "Mr. Lind said ." style sentences with PER after titles and LOC after "in".
    static func entitySentences() -> [IOB2Sentence] {
        let names = ["Lind", "Okafor", "Basalov", "Marrow", "Castell", "Velde"]
        let places = ["Oslo", "Riverton", "Tarrow", "Kellby"]
        var sentences: [IOB2Sentence] = []
        for (k, name) in names.enumerated() {
            for (j, place) in places.enumerated() {
                sentences.append(IOB2Sentence(
                    id: "e\(k)-\(j)", newDocument: j == 0 ? "d\(k)" : nil,
                    forms: ["Minister", "Ana", name, "arrived", "in", place, "."],
                    tags: ["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"]))
            }
        }
        return sentences
    }

    @Test func perceptronLearnsASeparablePattern() throws {
        let corpus = try TaggingCorpus.partOfSpeech(Self.partOfSpeechSentences())
        let trainer = PerceptronTrainer(configuration: .init(featureSet: .partOfSpeech, hashBits: 12, epochs: 5))
        var lines: [String] = []
        let result = trainer.train(corpus, progress: { lines.append($0) })
        #expect(lines.filter { $0.hasPrefix("epoch") }.count == 5)
        let tagger = try Tagger(partOfSpeech: result.model, entities: nil)
        #expect(TaggerEvaluator.partOfSpeech(tagger, on: corpus).accuracy == 1)
    }

    @Test func selectionKeepsTheBestEpoch() throws {
        let corpus = try TaggingCorpus.partOfSpeech(Self.partOfSpeechSentences())
        let trainer = PerceptronTrainer(configuration: .init(featureSet: .partOfSpeech, hashBits: 12, epochs: 4))
        var calls = 0
        // A selection score that prefers epoch 2 whatever the weights.
        let result = trainer.train(corpus, select: { _ in
            calls += 1
            return calls == 2 ? 1 : 0
        })
        #expect(result.epoch == 2)
        #expect(result.scores == [0, 1, 0, 0])
    }

    @Test func recipeTrainsAllModelsAndTheyFindEntities() throws {
        var inputs = TrainingRecipe.Inputs(
            partOfSpeechTrain: Self.partOfSpeechSentences(), partOfSpeechDev: Self.partOfSpeechSentences(),
            entityTrain: Self.entitySentences(), entityDev: Self.entitySentences())
        inputs.partOfSpeechEpochs = 3
        inputs.entityEpochs = 4
        inputs.partOfSpeechHashBits = 12
        inputs.entityHashBits = 12
        inputs.refinementFolds = 1
        let output = try TrainingRecipe(inputs: inputs).run()
        #expect(output.partOfSpeechDev.accuracy == 1)
        let entityScores = try #require(output.entityDev)
        #expect(entityScores.overall.f1 == 1)
        let entities = try #require(output.entities)
        #expect(entities.classNames == ["O", "B-LOC", "I-LOC", "B-PER", "I-PER"])

        // The trained models go through the file format and the stage like the built-in ones.
        let tagger = try Tagger(
            partOfSpeech: try ModelFileFormat.decode(output.partOfSpeech.serialized(), source: "pos"),
            entities: try ModelFileFormat.decode(entities.serialized(), source: "entities"))
        let stage = TagStage(tagger: tagger)
        var document = Document(id: "t", text: "Minister Ana Okafor arrived in Kellby .")
        TestTokenizer.segment(&document)
        try stage.process(&document)
        #expect(document.entities?.map { "\($0.label) \(document.string($0.span))" } == ["PER Ana Okafor", "LOC Kellby"])
    }
}
