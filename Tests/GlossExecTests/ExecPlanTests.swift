import GlossCore
import GlossExec
import Testing

/// Produces tokens (a stand-in for `segment`).
struct Tokens: Stage {
    static let name = "tokens"
    static let summary = "Test stage."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = [.tokens]
    init(options: NoOptions, context: StageContext) {}
    func process(_ document: inout Document) throws { document.tokens = [] }
}

@Suite struct ExecPlanTests {
    let registry = StageRegistry([Tokens.self, ExecStage.self])

    func entry(_ options: [(String, ConfigNode)], line: Int = 3) -> PipelineDefinition.StageEntry {
        PipelineDefinition.StageEntry(
            name: "exec", location: SourceLocation(file: "p.yaml", line: line, column: 5),
            options: ConfigNode(.mapping(options.map { ConfigNode.Entry(key: $0.0, keyLocation: SourceLocation(file: "p.yaml", line: line + 1, column: 7), value: $0.1) })))
    }

    func list(_ items: String...) -> ConfigNode { ConfigNode(.sequence(items.map { ConfigNode.plain($0) })) }

    @Test func requiresAndProducesAreCheckedLikeAnyStage() throws {
        let exec = entry([("command", list("python3", "x.py")), ("requires", list("tokens")), ("produces", list("word_count"))])
        do {
            _ = try PipelinePlan(PipelineDefinition(file: "p.yaml", stages: [exec]), registry: registry)
            Issue.record("exec requires tokens, which nothing produced")
        } catch {
            #expect(error.description == "p.yaml:3:5: error: stage 'exec' needs 'tokens', which no earlier stage produces; add 'tokens' before it")
        }
        let plan = try PipelinePlan(
            PipelineDefinition(file: "p.yaml", stages: [.init(name: "tokens"), exec]), registry: registry)
        #expect(plan.steps[1].requires == [.tokens])
        #expect(plan.steps[1].produces == ["word_count"])
    }

    @Test func optionMistakesAreLocated() {
        let typo = entry([("comand", list("python3"))])
        let bad = entry([("command", list("python3")), ("timeout", .plain("0")), ("produces", list("ext.word_count"))], line: 8)
        do {
            _ = try PipelinePlan(PipelineDefinition(file: "p.yaml", stages: [typo, bad]), registry: registry)
            Issue.record("expected diagnostics")
        } catch {
            let lines = error.diagnostics.map(\.description)
            #expect(lines.contains { $0.hasPrefix("p.yaml:4:7: error: unknown option 'comand' for stage 'exec' (did you mean 'command'?)") })
            #expect(lines.contains("p.yaml:8:5: error: step 'exec-2' (stage 'exec'): 'timeout' must be a positive number of seconds"))
            #expect(lines.contains("p.yaml:8:5: error: step 'exec-2' (stage 'exec'): 'produces' has 'ext.word_count', which is not a layer name (write an ext key as its bare name: word_count, not ext.word_count)"))
        }
    }

    @Test func envIsAnOpenMapping() throws {
        let exec = entry([("command", list("python3")), ("env", ConfigNode(.mapping([.init(key: "ANY_NAME", value: .plain("1"))])))])
        let plan = try PipelinePlan(PipelineDefinition(file: "p.yaml", stages: [exec]), registry: registry)
        #expect(plan.steps[0].options["env"] == ["ANY_NAME": "1"])
    }
}
