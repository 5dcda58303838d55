import GlossCore
import GlossSegment
import GlossSummarize
import Testing

private func plan(_ options: [(String, ConfigNode)]?) throws -> PipelinePlan {
    let node = options.map { pairs in ConfigNode(.mapping(pairs.map { ConfigNode.Entry(key: $0.0, value: $0.1) })) }
    let definition = PipelineDefinition(
        file: "test.yaml", stages: [.init(name: "segment", options: nil), .init(name: "summarize", options: node)])
    return try PipelinePlan(definition, registry: StageRegistry([SegmentStage.self, SummarizeStage.self]))
}

@Suite("options")
struct OptionsTests {
    @Test func everyOptionIsDocumented() throws {
        guard case .object(let defaults) = try plan(nil).steps[1].defaults else {
            Issue.record("defaults are not an object")
            return
        }
        #expect(Set(defaults.keys) == Set(SummarizeStage.Options.documentation.keys))
        #expect(defaults.keys.contains("max_chars") && defaults.keys.contains("method"))
        #expect(!SummarizeStage.documentation.isEmpty)
    }

    @Test func requiresSentencesAndTokens() throws {
        let step = try plan(nil).steps[1]
        #expect(step.requires == [.sentences, .tokens])
        #expect(step.produces == [.summary])
        let alone = PipelineDefinition(file: "t.yaml", stages: [.init(name: "summarize", options: nil)])
        #expect(throws: DiagnosticError.self) { _ = try PipelinePlan(alone, registry: StageRegistry([SummarizeStage.self])) }
    }

    @Test(arguments: [
        ("sentences", "0", "sentences must be at least 1"),
        ("ratio", "1.5", "ratio must be between 0"),
        ("max_chars", "-1", "max_chars must be 0"),
        ("redundancy", "1", "redundancy must be at least 0 and below 1"),
        ("entity_weight", "-2", "entity_weight must be a number of 0 or more"),
        ("method", "textrank", "auto, lead, centrality"),
        ("sentence", "2", "sentence"),
    ])
    func rejectsBadOptions(key: String, value: String, message: String) {
        do {
            _ = try plan([(key, .plain(value))])
            Issue.record("\(key): \(value) was accepted")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }

    @Test func autoNeedsAWeight() {
        var options = SummarizeStage.Options()
        options.positionWeight = 0
        options.centralityWeight = 0
        options.entityWeight = 0
        options.quoteWeight = 0
        #expect(options.validate().count == 1)
        options.method = .lead
        #expect(options.validate().isEmpty)
    }

    @Test func decodesEveryOption() throws {
        let step = try plan([
            ("sentences", .plain("5")), ("ratio", .plain("0.2")), ("max_chars", .plain("400")), ("method", .plain("centrality")),
            ("skip_headings", .plain("false")), ("position_weight", .plain("2")), ("centrality_weight", .plain("0.1")),
            ("entity_weight", .plain("0")), ("quote_weight", .plain("0.5")), ("redundancy", .plain("0.4")),
        ]).steps[1]
        guard case .object(let resolved) = step.options else {
            Issue.record("options are not an object")
            return
        }
        #expect(resolved["sentences"]?.integerValue == 5)
        #expect(resolved["method"] == .string("centrality"))
        #expect(resolved["skip_headings"] == .bool(false))
        #expect(resolved["redundancy"]?.doubleValue == 0.4)
    }
}
