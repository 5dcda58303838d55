import GlossCore
import GlossSummarize
import GlossTesting
import Testing

@Suite("entities and quotes")
struct SalienceTests {
    static let text = """
        The weather in the city was mild and dry on Sunday morning. \
        Mara Quell won the Ostrava city marathon in two hours and nine minutes. \
        Quell thanked her coach and the crowds along the river course. \
        Quell will run in the Lisbon marathon in the autumn as well.
        """

    func stage(_ options: SummarizeStage.Options) throws -> StageHarness<SummarizeStage> {
        try StageHarness(SummarizeStage.self, options: options)
    }

    var entityOptions: SummarizeStage.Options {
        var options = SummarizeStage.Options()
        options.sentences = 1
        options.centralityWeight = 0
        options.entityWeight = 3
        return options
    }

    @Test func entitiesPullTheSummaryTowardsTheMainActor() throws {
        let plain = try segmented(Self.text)
        #expect(plain.sentences?.count == 4)
        #expect(try stage(entityOptions).run(plain).summary?.sentences == [0])

        var tagged = plain
        tagged.entities = try ["Mara Quell", "Ostrava", "Quell", "Lisbon"].reduce(into: [Entity]()) { list, name in
            let after = list.last?.end ?? 0
            let rest = String(decoding: Array(tagged.text.utf8)[after...], as: UTF8.self)
            let found = try #require(span(of: name, in: Document(id: "", text: rest)))
            list.append(Entity(Span(start: found.start + after, end: found.end + after), label: name.contains("Quell") ? .person : .location))
        }
        #expect(tagged.entities?.count == 4)
        #expect(try stage(entityOptions).run(tagged).summary?.sentences == [1])
    }

    @Test func quotedSpeakersCountWhenQuotesArePresent() throws {
        let text = """
            Shops in Dunmere opened late on Monday because of the fog. \
            "We will reopen the pier by Friday," harbour master Ilse Varga said. \
            Varga said divers had found no damage below the waterline. \
            "The fog was the thickest in years," Varga said.
            """
        var options = SummarizeStage.Options()
        options.sentences = 1
        options.centralityWeight = 0
        options.quoteWeight = 3
        let plain = try segmented(text)
        #expect(try stage(options).run(plain).summary?.sentences == [0])

        var quoted = plain
        let first = try #require(span(of: "We will reopen the pier by Friday,", in: plain))
        let second = try #require(span(of: "The fog was the thickest in years,", in: plain))
        let speaker = try #require(span(of: "Ilse Varga", in: plain))
        quoted.quotes = [
            Quote(first, kind: .direct, speaker: "Ilse Varga", speakerSpan: speaker, cue: "said"),
            Quote(second, kind: .direct, speaker: "Ilse Varga", cue: "said"),
        ]
        #expect(try stage(options).run(quoted).summary?.sentences == [1])
    }
}
