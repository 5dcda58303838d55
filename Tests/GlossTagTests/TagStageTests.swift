import Foundation
import GlossCore
import Testing

@testable import GlossTag

/// The `tag` stage with the built-in models, on news written for these tests (invented people and
/// places).
@Suite struct TagStageTests {
    static let stage: Result<TagStage, any Error> = Result { try TagStage(options: .init(), context: StageContext()) }

    static func tagged(_ text: String, options: TagStage.Options = .init()) throws -> Document {
        // One loaded model set for every test (loading takes a while in debug builds).
        let stage = TagStage(options: options, tagger: try Self.stage.get().tagger)
        var document = Document(id: "test", text: text)
        TestTokenizer.segment(&document)
        try stage.process(&document)
        return document
    }

    static func mentions(_ document: Document, _ label: EntityLabel? = nil) -> [String] {
        (document.entities ?? []).filter { label == nil || $0.label == label }.map { document.string($0.span) }
    }

    static func newsSample() throws -> String {
        let url = try #require(Bundle.module.url(forResource: "news-samples", withExtension: "txt", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func personsInNewsPatternsAreFoundWithTitlesOutside() throws {
        let document = try Self.tagged(try Self.newsSample())
        let persons = Set(Self.mentions(document, .person))
        for name in [
            "Delia Marrow", "Yuri Basalov", "Tomas Okonkwo", "Hanna Velde", "Irene Castell", "Samuel Adeyemi",
            "Priya Natarajan", "Gregory Halvorsen",
        ] {
            #expect(persons.contains(name), "expected PER \(name) in \(persons.sorted())")
        }
        let titles = ["Secretary", "State", "President", "Minister", "spokesman", "spokeswoman", "chief", "Dr.", "senator", "Kremlin"]
        for person in persons {
            for title in titles {
                #expect(!person.split(separator: " ").contains(Substring(title)), "title '\(title)' inside PER '\(person)'")
            }
        }
    }

    @Test func datelinesShortOrganisationNamesAndPossessives() throws {
        let document = try Self.tagged(try Self.newsSample())
        let all = Self.mentions(document)
        #expect(Self.mentions(document, .location).contains("RIVERTON"))
        #expect(Self.mentions(document, .organization).contains("Gloss Wire"))
        #expect(Self.mentions(document, .organization).contains("NATO"))
        #expect(Self.mentions(document, .location).contains("Ukraine"))
        #expect(Self.mentions(document, .location).contains("Brussels"))
        #expect(Self.mentions(document).contains("Kremlin"))
        for mention in all {
            #expect(!mention.hasSuffix("'s") && !mention.hasSuffix("\u{2019}s") && !mention.hasPrefix("the "), "\(mention)")
        }
    }

    /// Mistakes the first models made on the project's example articles, in sentences of the same shape.
    @Test func rolesPlacesAndCommonNounsOpeningSentences() throws {
        let document = try Self.tagged("""
            HALDEN FORD (Gloss Wire) — Growers in the Tarn Valley lost half their blossom overnight. \
            Forecaster Ines Marek said the cold would ease by Friday. \
            Crews on the Linden ferries walked out on Monday. \
            Traffic returned to the Orchard Lane Bridge on Tuesday after a long repair.
            """)
        let persons = Self.mentions(document, .person)
        #expect(persons.contains("Ines Marek"), "\(persons)")
        #expect(!persons.contains("Growers") && !persons.contains("Crews"), "\(persons)")
        #expect(!Self.mentions(document, .location).contains("Ines Marek"))
        #expect(!Self.mentions(document, .organization).contains { $0.hasSuffix("Bridge") }, "\(Self.mentions(document))")
    }

    @Test func everyTokenGetsAPartOfSpeech() throws {
        let document = try Self.tagged("The mayor of Riverton didn't sign the budget on Tuesday, officials said.")
        let tags = (document.tokens ?? []).map { $0.pos?.name ?? "-" }
        let words = (document.tokens ?? []).map { document.string($0.span) }
        #expect(words == ["The", "mayor", "of", "Riverton", "did", "n't", "sign", "the", "budget", "on", "Tuesday", ",", "officials", "said", "."])
        #expect(tags == ["DET", "NOUN", "ADP", "PROPN", "AUX", "PART", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"])
    }

    @Test func optionsChooseTheLayers() throws {
        var options = TagStage.Options()
        options.entities = false
        let posOnly = try Self.tagged("Ana Lind lives in Oslo.", options: options)
        #expect(posOnly.entities == nil)
        #expect(posOnly.tokens?.allSatisfy { $0.pos != nil } == true)
        #expect(TagStage.produces(with: options) == [.pos])

        options = TagStage.Options()
        options.pos = false
        let entitiesOnly = try Self.tagged("Ana Lind lives in Oslo.", options: options)
        #expect(entitiesOnly.tokens?.allSatisfy { $0.pos == nil } == true)
        #expect(Self.mentions(entitiesOnly) == ["Ana Lind", "Oslo"])
        #expect(TagStage.produces(with: options) == [.entities])

        options.entities = false
        #expect(!options.validate().isEmpty)
        #expect(TagStage.Options().validate().isEmpty)
    }

    @Test func missingModelFolderIsAStageError() {
        var options = TagStage.Options()
        options.model = "/nonexistent/models"
        #expect(throws: StageError.self) { try TagStage(options: options, context: StageContext()) }
    }

    @Test func documentWithoutTokensIsAnError() throws {
        var document = Document(id: "x", text: "No tokens here.")
        #expect(throws: StageError.self) { try Self.stage.get().process(&document) }
    }

    @Test func runsInAPipelinePlan() throws {
        let registry = StageRegistry([TestSegmentStage.self, TagStage.self])
        let definition = PipelineDefinition(file: "test.yaml", stages: [
            .init(name: "test-segment"), .init(name: "tag"),
        ])
        let pipeline = try PipelinePlan(definition, registry: registry).instantiate(context: StageContext())
        var document = Document(id: "p", text: "Kremlin spokesman Yuri Basalov spoke in Moscow on Friday.")
        try pipeline.process(&document)
        #expect(Self.mentions(document, .person) == ["Yuri Basalov"])
        #expect(Self.mentions(document, .location).contains("Moscow"))
    }

    @Test func emptyAndOddInputs() throws {
        #expect(try Self.tagged("").entities == [])
        #expect(try Self.tagged("   \n\n ").tokens == [])
        let emoji = try Self.tagged("\u{1F600} \u{1F600} Zoë Brünn-Ødegård said “no”…")
        #expect(emoji.tokens?.allSatisfy { $0.pos != nil } == true)
    }
}

/// Tokenises with ``TestTokenizer`` so that the stage can be tested inside a pipeline.
struct TestSegmentStage: Stage {
    static let name = "test-segment"
    static let summary = "Test tokenizer."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = [.sentences, .tokens]
    init(options: NoOptions, context: StageContext) {}
    func process(_ document: inout Document) throws { TestTokenizer.segment(&document) }
}
