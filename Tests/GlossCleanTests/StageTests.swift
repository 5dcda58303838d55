import GlossCore
import Testing

@testable import GlossClean

/// The stage as a pipeline sees it: options from a pipeline file, HTML detection, meta.
@Suite struct StageTests {
    func map(_ pairs: [(String, ConfigNode)]) -> ConfigNode {
        ConfigNode(.mapping(pairs.map { ConfigNode.Entry(key: $0.0, value: $0.1) }))
    }

    func plan(_ options: ConfigNode?) throws -> PipelinePlan {
        let definition = PipelineDefinition(file: "news.yaml", stages: [.init(name: "clean", options: options)])
        return try PipelinePlan(definition, registry: StageRegistry([CleanStage.self]))
    }

    @Test func declaresWhatItProduces() {
        #expect(CleanStage.name == "clean")
        #expect(CleanStage.requires.isEmpty)
        #expect(CleanStage.produces == [.text, .meta])
        #expect(!CleanStage.documentation.isEmpty)
    }

    @Test func defaultsAreDocumentedAndSnakeCased() throws {
        let step = try plan(nil).steps[0]
        #expect(step.defaults == [
            "html": "auto", "ascii_punctuation": false, "report": false, "title_from_headline": true,
            "remove": ["feed_footer": true, "widgets": true, "calls_to_action": true, "truncation_marks": true],
            "furniture": ["lines": [], "prefixes": [], "suffixes": []],
        ])
        for key in ["html", "ascii_punctuation", "remove", "remove.feed_footer", "remove.widgets", "remove.calls_to_action",
                    "remove.truncation_marks", "furniture", "furniture.lines", "furniture.prefixes", "furniture.suffixes", "report",
                    "title_from_headline"] {
            #expect(CleanOptions.documentation[key] != nil, "\(key) is undocumented")
        }
    }

    @Test func optionsMergeOverDefaults() throws {
        let options = map([
            ("html", .plain("never")),
            ("remove", map([("truncation_marks", .plain("false"))])),
            ("furniture", map([("prefixes", ConfigNode(.sequence([.string("Photo:")])))])),
        ])
        let step = try plan(options).steps[0]
        #expect(step.options["html"] == "never")
        #expect(step.options["remove"] == ["feed_footer": true, "widgets": true, "calls_to_action": true, "truncation_marks": false])
        #expect(step.options["furniture"]?["prefixes"] == ["Photo:"])
    }

    @Test func badOptionsAreReportedTogether() {
        let options = map([
            ("html", .plain("sometimes")),
            ("remove", map([("widget", .plain("false"))])),
        ])
        #expect {
            _ = try plan(options)
        } throws: { error in
            let messages = (error as? DiagnosticError)?.diagnostics.map(\.message) ?? []
            return messages.contains { $0.contains("unknown option 'remove.widget'") && $0.contains("did you mean 'widgets'") }
        }
        #expect {
            _ = try plan(map([("html", .plain("sometimes"))]))
        } throws: { error in
            let messages = (error as? DiagnosticError)?.diagnostics.map(\.message) ?? []
            return messages == ["option 'html' of stage 'clean' expects one of auto, always, never, got 'sometimes'"]
        }
    }

    @Test func emptyFurnitureRulesAreRejected() {
        var options = CleanOptions()
        options.furniture.prefixes = ["  "]
        options.furniture.lines = ["two\nlines"]
        #expect(options.validate().count == 2)
        #expect(CleanOptions().validate().isEmpty)
    }

    @Test func htmlModeAutoReadsMetaFormatThenSniffs() {
        let html = "<p>Tide tables</p>"
        #expect(process(html, meta: ["format": "html"]).text == "Tide tables")
        #expect(process("<p>Tide</p> and <p>tables</p>").text == "Tide\n\nand\n\nTide tables".replacingOccurrences(of: "\n\nTide tables", with: "\n\ntables"))
        #expect(process("A text about the <p> tag.").text == "A text about the <p> tag.")
        var never = CleanOptions()
        never.html = .never
        #expect(process(html, meta: ["format": "html"], options: never).text == html)
        var always = CleanOptions()
        always.html = .always
        #expect(process("Fish &amp; chips", options: always).text == "Fish & chips")
    }

    @Test func htmlBecomesTextInMeta() {
        let document = process("<p>Fish &amp;lt;b&amp;gt; chips</p>", meta: ["format": "html"])
        #expect(document.text == "Fish &lt;b&gt; chips")
        #expect(document.meta == ["format": "text"])
        // So a second clean does not decode a second time.
        var again = document
        CleanStage(options: CleanOptions(), context: StageContext()).process(&again)
        #expect(again.text == document.text)
        #expect(again.meta == document.meta)
    }

    @Test func reportCountsWhatEachRuleRemoved() {
        var options = CleanOptions()
        options.report = true
        let html = "<nav>Menu</nav><p>Fish and chips [...]</p><p>Read more</p>"
        let document = process(html, meta: ["format": "html"], options: options)
        #expect(document.meta["clean"] == ["input_format": "html", "widget_elements": 1, "truncation_marks": 1, "calls_to_action": 1])
        #expect(process(html, meta: ["format": "html"]).meta["clean"] == nil)  // off by default
    }

    @Test func nothingToDoLeavesTextAndMetaAlone() {
        let document = process("Already clean.", meta: ["id_from_feed": 7])
        #expect(document.text == "Already clean.")
        #expect(document.meta == ["id_from_feed": 7])
    }

    @Test func runsInAPipeline() throws {
        let pipeline = try plan(nil).instantiate(context: StageContext())
        var document = Document(id: "a", text: "<p>RIVERTON (Gloss Wire) &mdash; Floods.</p><div class=\"share\">Share</div>", meta: ["format": "html"])
        try pipeline.process(&document)
        #expect(document.text == "RIVERTON (Gloss Wire) — Floods.")
        #expect(document.meta["dateline"] == "RIVERTON (Gloss Wire)")
    }
}
