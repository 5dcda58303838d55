import Foundation
import GlossCore
import GlossSegment
import Testing

private func entry(_ options: [(String, ConfigNode)]?) -> PipelineDefinition {
    let node = options.map { pairs in ConfigNode(.mapping(pairs.map { ConfigNode.Entry(key: $0.0, value: $0.1) })) }
    return PipelineDefinition(file: "test.yaml", stages: [.init(name: "segment", options: node)])
}

private let registry = StageRegistry([SegmentStage.self])

@Suite("Stage")
struct StageTests {
    @Test func producesSentencesAndTokensThroughAPipeline() throws {
        let pipeline = try PipelinePlan(entry(nil), registry: registry).instantiate(context: StageContext())
        var document = Document(id: "d", text: "“It's done,” Gov. Tamihana said at 5 p.m. Reporters left.")
        try pipeline.process(&document)
        let sentences = try #require(document.sentences)
        #expect(sentences.map { document.string($0) } == ["“It's done,” Gov. Tamihana said at 5 p.m.", "Reporters left."])
        let tokens = try #require(document.tokens)
        #expect(tokens.map { document.string($0.span) }.prefix(6) == ["“", "It", "'s", "done", ",", "”"])
        #expect(tokens.allSatisfy { $0.pos == nil })
    }

    @Test func tokensFalseProducesSentencesOnly() throws {
        let plan = try PipelinePlan(entry([("tokens", .plain("false"))]), registry: registry)
        #expect(plan.steps[0].produces == [.sentences])
        let pipeline = try plan.instantiate(context: StageContext())
        var document = Document(id: "d", text: "One. Two.")
        try pipeline.process(&document)
        #expect(document.sentences?.count == 2)
        #expect(document.tokens == nil)
    }

    @Test func optionsAreDecodedAndChecked() throws {
        let plan = try PipelinePlan(entry([
            ("abbreviations", ConfigNode(.sequence([.plain("Cllr."), .plain("approx")]))),
            ("max_sentence_tokens", .plain("40")), ("line_breaks", .plain("paragraph")), ("hyphens", .plain("split")),
        ]), registry: registry)
        var document = Document(id: "d", text: "Cllr. Ngata backed the 15-year plan\nlate on Monday.")
        try plan.instantiate(context: StageContext()).process(&document)
        #expect(document.sentences?.count == 1)
        #expect(document.tokens?.map { document.string($0.span) }.contains("year") == true)

        #expect(throws: DiagnosticError.self) {
            _ = try PipelinePlan(entry([("max_sentence_tokens", .plain("3"))]), registry: registry)
        }
        do {
            _ = try PipelinePlan(entry([("line_breaks", .plain("lines"))]), registry: registry)
            Issue.record("an unknown line_breaks value was accepted")
        } catch {
            #expect(error.description.contains("auto, paragraph, line"))
        }
        do {
            _ = try PipelinePlan(entry([("token", .plain("true"))]), registry: registry)
            Issue.record("an unknown option was accepted")
        } catch {
            #expect(error.description.contains("token"))
        }
    }

    @Test func everyOptionIsDocumented() throws {
        let plan = try PipelinePlan(entry(nil), registry: registry)
        guard case .object(let defaults) = plan.steps[0].defaults else {
            Issue.record("defaults are not an object")
            return
        }
        #expect(Set(defaults.keys) == Set(SegmentStage.Options.documentation.keys))
    }

    @Test func replacesLayersOnASecondRun() throws {
        let stage = try SegmentStage(options: .init(), context: StageContext())
        var document = Document(id: "d", text: "Ab cd. Ef gh.")
        try stage.process(&document)
        try stage.process(&document)
        #expect(document.sentences?.count == 2)
        #expect(document.tokens?.count == 6)
    }
}

@Suite("Articles")
struct ArticleTests {
    func load(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    func sentences(_ text: String) -> [String] {
        SentenceSegmenter().segment(text).sentences.map { substring(text, $0.start, $0.end) }
    }

    @Test func harbourVote() throws {
        let text = try load("harbour-vote")
        #expect(sentences(text) == [
            "Varnholm council backs $1.2 billion harbour plan after all-night session",
            "By Sunniva Lindqvist",
            "VARNHOLM — The Varnholm city council voted 7-2 early Wednesday to approve a $1.2 billion expansion of the harbour, ending a debate that began at 6 p.m. Tuesday and ran past 3 a.m.",
            "“This is the biggest decision this council has made in a generation,” Mayor Desmond Okonkwo-Reyes told reporters outside City Hall.",
            "“We didn't take it lightly.",
            "We couldn't.”",
            "The plan, drawn up by Coastline Freight Corp. and the Northern Grid Authority, would deepen the main channel by 4.5 meters, add two container berths and build a 1,900-space car park.",
            "Construction is due to start on Oct. 1 and last until 2031.",
            "Opponents weren't convinced.",
            "Dr. Ines Marchetti, who chairs the Lake Orrin residents' association, said the environmental study (published at www.varnholm-harbour.example.org/study) ignored the tidal flats north of the port...",
            "She plans to appeal.",
            "What happens next?",
            "The U.S. partner in the project, Pemberton Analytics Inc., must still sign off.",
            "A spokesperson for Pemberton said the company would \"review the decision carefully.\"",
            "Gov. Aroha Tamihana's office did not respond to questions sent to press@tamihana.example.gov.",
            "The vote followed three earlier attempts:",
            "1. a proposal in March, withdrawn after protests;",
            "2. a smaller plan in June, rejected 5-4;",
            "3. a referendum in August, in which turnout was just 31.4%.",
            "At 4 a.m. Mr. Okonkwo-Reyes thanked staff and went home.",
        ])
        let result = SentenceSegmenter().segment(text)
        let tokens = Set(result.tokens.map { substring(text, $0.start, $0.end) })
        for expected in ["www.varnholm-harbour.example.org/study", "press@tamihana.example.gov", "did", "n't", "could", "'s", "a.m", "p.m.", "Corp."] {
            #expect(tokens.contains(expected), "missing token \(expected)")
        }
        expectCoverage(text, result.tokens)
    }

    @Test func floodNight() throws {
        let text = try load("flood-night")
        #expect(sentences(text) == [
            "Flood waters reach 2.3 meters in Tauranga Bay as rescuers work through the night",
            "TAURANGA BAY — Wiremu Ngata had lived on Quay Street for 41 years.",
            "At 11 p.m. on Saturday he was standing on his kitchen table.",
            "\"The water came under the door first.",
            "Then through the floor... I've never seen anything like it,\" Ngata, 78, said on Sunday from an evacuation center at St. Columba's school.",
            "Emergency services said they had rescued 214 people by 6 a.m. Sunday.",
            "Capt. Yusra Haddad, who led one of the boat crews, said conditions were \"the worst I've seen in 15 years of service.\"",
            "Her crew's boat lost its engine twice.",
            "The national weather agency had issued a red warning at 2:15 p.m. Saturday — its first for the region since Jan. 2019 — forecasting up to 180 mm of rain.",
            "By midnight, 212.6 mm had fallen at the airport gauge.",
            "Questions are now being asked about the town's levees.",
            "An engineering report from 2021 (version 2.3, prepared for the council by Halloran & Sons Ltd.) warned that the eastern levee \"may not withstand a 1-in-50-year event.\"",
            "The council's chief executive, Oskar Brzezinska, said the report's recommendations were \"being worked through.\"",
            "Residents can register for assistance at https://help.taurangabay.example.nz/register or call 0800 555 0199.",
            "Updates are posted on @TBayCivilDefence and under #TBayFlood.",
        ])
        let result = SentenceSegmenter().segment(text)
        let tokens = Set(result.tokens.map { substring(text, $0.start, $0.end) })
        for expected in ["https://help.taurangabay.example.nz/register", "@TBayCivilDefence", "#TBayFlood", "1-in-50-year", "212.6", "2:15", "I", "'ve"] {
            #expect(tokens.contains(expected), "missing token \(expected)")
        }
        expectCoverage(text, result.tokens)
    }
}
