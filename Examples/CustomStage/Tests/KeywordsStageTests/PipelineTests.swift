import Foundation
import GlossCore
import GlossStages
import GlossTesting
import KeywordsStage
import Testing

/// The example's folder, found from this file's place in it.
let exampleFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// The pipeline file as users run it, with the real `segment` stage.
@Suite struct PipelineTests {
    let stages = StandardStages.all + [Keywords.self]

    @Test func keywordsYAMLRunsAfterSegment() throws {
        let pipeline = try PipelineHarness(file: exampleFolder + "/keywords.yaml", stages: stages)
        #expect(pipeline.plan.steps.map(\.label) == ["segment", "keywords"])
        let text = try String(contentsOfFile: exampleFolder + "/articles/depot-strike.txt", encoding: .utf8)
        let document = try pipeline.check(text: text, id: "depot-strike", expect: """
            ext.keywords: [depot, drivers, strike, bus, city]
            sentences at least: 10
            """)
        #expect(document.tokens?.isEmpty == false)
    }

    @Test func theTestFileHolds() throws {
        let pipeline = try PipelineHarness(file: exampleFolder + "/keywords.yaml", stages: stages)
        let text = "The tram stop was full. Trams came late, and the tram office apologised."
        try pipeline.check(text: text, expect: "ext.keywords 1: tram\next.keywords excludes: the")
    }

    @Test func keywordsBeforeSegmentIsRefusedWithAHint() {
        do {
            _ = try PipelineHarness(yaml: "version: 1\nstages: [keywords, segment]\n", stages: stages)
            Issue.record("keywords needs the tokens of segment")
        } catch {
            #expect(error.message == "pipeline.yaml:2:10: error: stage 'keywords' needs 'tokens', which no earlier stage produces; move 'segment' before it")
        }
    }
}
