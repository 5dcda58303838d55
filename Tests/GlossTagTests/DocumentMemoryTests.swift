import GlossCore
import Testing

@testable import GlossTag

@Suite struct DocumentMemoryTests {
    @Test func codesFollowTheLabelsOfTheClassNames() {
        #expect(DocumentMemory.codes(classNames: ["O", "B-LOC", "I-LOC", "B-PER", "I-PER"]) == [1, 2, 2, 3, 3])
        #expect(DocumentMemory.codes(classNames: ["O", "B-PER", "I-PER", "L-PER", "U-PER"]) == [1, 2, 2, 2, 2])
    }

    @Test func remembersWordsUntilCleared() {
        var memory = DocumentMemory()
        // More words than the initial capacity, so that the table grows on the way.
        for word in UInt64(1)...3000 { memory.set(word &* 0x9E37_79B9, UInt8(word % 5)) }
        #expect((UInt64(1)...3000).allSatisfy { memory.code($0 &* 0x9E37_79B9) == UInt8($0 % 5) })
        #expect(memory.code(0) == DocumentMemory.unseen)
        memory.set(0, 3)
        #expect(memory.code(0) == 3)
        memory.clear()
        #expect(memory.code(0x9E37_79B9) == DocumentMemory.unseen)
        #expect(memory.code(0) == DocumentMemory.unseen)
    }

    /// Documents where "Kellby" is introduced as a place ("in Kellby") or as a person ("Mr. Kellby") and
    /// then comes back as "Kellby waited ." with the same label: only the document memory can tell the
    /// second occurrence's label.
    static func documents(count: Int) -> [IOB2Sentence] {
        var sentences: [IOB2Sentence] = []
        for k in 0..<count {
            let place = k % 2 == 0
            sentences.append(IOB2Sentence(
                id: "m\(k)-1", newDocument: "m\(k)",
                forms: place ? ["We", "drove", "to", "Kellby", "."] : ["We", "met", "Mr.", "Kellby", "."],
                tags: ["O", "O", "O", place ? "B-LOC" : "B-PER", "O"]))
            sentences.append(IOB2Sentence(
                id: "m\(k)-2", newDocument: nil, forms: ["Kellby", "waited", "."],
                tags: [place ? "B-LOC" : "B-PER", "O", "O"]))
        }
        return sentences
    }

    @Test func entityModelReadsEarlierDecisionsOfTheDocument() throws {
        var corpus = try TaggingCorpus.entities(Self.documents(count: 40))
        corpus.partOfSpeech = corpus.tokens.map { _ in UPOS.PROPN.rawValue }
        let trainer = PerceptronTrainer(configuration: .init(featureSet: .entitiesDocument, hashBits: 14, epochs: 8))
        let model = trainer.train(corpus).model
        let posCorpus = try TaggingCorpus.partOfSpeech([
            CoNLLUSentence(id: "p", text: nil, newDocument: nil, words: ["We", "drove", "to", "Kellby", "Kellby", "waited", "met", "Mr.", "."].map {
                .init(form: $0, upos: $0 == "." ? "PUNCT" : "PROPN")
            }),
        ])
        let pos = PerceptronTrainer(configuration: .init(featureSet: .partOfSpeech, hashBits: 12, epochs: 2)).train(posCorpus).model
        let tagger = try Tagger(partOfSpeech: pos, entities: model, propagatesNames: false)
        for (text, label) in [("We drove to Kellby . Kellby waited .", "LOC"), ("We met Mr. Kellby . Kellby waited .", "PER")] {
            var document = Document(id: "d", text: text)
            TestTokenizer.segment(&document)
            tagger.tag(&document)
            #expect(document.entities?.map { "\($0.label) \(document.string($0.span))" } == ["\(label) Kellby", "\(label) Kellby"])
        }
    }
}
