import Testing
@testable import GlossCore

@Suite struct PipelineTests {
    func options(_ pairs: [(String, ConfigNode)], line: Int) -> ConfigNode {
        ConfigNode(.mapping(pairs.enumerated().map { index, pair in
            ConfigNode.Entry(key: pair.0, keyLocation: at(line + index, 7), value: pair.1)
        }), at: at(line, 7))
    }

    @Test func reportsEveryProblemAtOnceWithLocations() {
        let stages = [
            PipelineDefinition.StageEntry(name: "splt", location: at(4)),
            .init(name: "split", location: at(5), options: options([("minimum_lenght", .plain("2"))], line: 6)),
            .init(name: "split", location: at(7), options: options([("minimum_length", .plain("three"))], line: 8)),
        ]
        #expect {
            _ = try PipelinePlan(definition(stages), registry: testRegistry)
        } throws: { error in
            guard let error = error as? DiagnosticError else { return false }
            let lines = error.diagnostics.map(\.description)
            return lines == [
                "test.yaml:4:3: error: unknown stage 'splt' (did you mean 'split'?); known stages: picky, split, upper (see 'gloss stages')",
                "test.yaml:6:7: error: unknown option 'minimum_lenght' for stage 'split' (did you mean 'minimum_length'?); options: extra, minimum_length, mode, nested",
                "test.yaml:8:7: error: option 'minimum_length' of step 'split-2' (stage 'split') expects an integer, got 'three'",
            ]
        }
    }

    @Test func enumsBoolsAndValidationHaveClearMessages() {
        let stages: [PipelineDefinition.StageEntry] = [
            .init(name: "split", location: at(1), options: options([("mode", .plain("leters"))], line: 2)),
            .init(name: "split", location: at(3), label: "b"),
            .init(name: "split", location: at(4), options: options([("nested", options([("flag", .plain("yes"))], line: 6))], line: 5), label: "c"),
            .init(name: "split", location: at(8), options: options([("minimum_length", .plain("0"))], line: 9), label: "d"),
            .init(name: "split", location: at(10), options: options([("extra", .plain("x"))], line: 11), label: "e"),
        ]
        do {
            _ = try PipelinePlan(definition(stages), registry: testRegistry)
            Issue.record("expected diagnostics")
        } catch {
            let messages = error.diagnostics.map(\.message)
            #expect(messages == [
                "option 'mode' of stage 'split' expects one of spaces, letters, got 'leters' (did you mean 'letters'?)",
                "option 'nested.flag' of step 'c' (stage 'split') expects true or false, got 'yes'",
                "step 'd' (stage 'split'): minimum_length must be at least 1",
                "option 'extra' of step 'e' (stage 'split') expects a list, got 'x'",
            ])
        }
    }

    @Test func optionsMergeOverDefaults() throws {
        let stages: [PipelineDefinition.StageEntry] = [
            .init(name: "split", location: at(1), options: options([("nested", options([("flag", .plain("true"))], line: 3)), ("extra", ConfigNode(.sequence([.string("a")])))], line: 2))
        ]
        let plan = try PipelinePlan(definition(stages), registry: testRegistry)
        #expect(plan.steps[0].options == ["minimum_length": 1, "mode": "spaces", "extra": ["a"], "nested": ["flag": true]])
        #expect(plan.steps[0].defaults == ["minimum_length": 1, "mode": "spaces", "extra": [], "nested": ["flag": false]])
    }

    @Test func missingLayersNameTheStageToAdd() {
        do {
            _ = try PipelinePlan(definition([.init(name: "picky", location: at(2)), .init(name: "split", location: at(3))]), registry: testRegistry)
            Issue.record("expected diagnostics")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "test.yaml:2:3: error: stage 'picky' needs 'tokens', which no earlier stage produces; move 'split' before it"
            ])
        }
        do {
            _ = try PipelinePlan(definition([.init(name: "picky", location: at(2))]), registry: testRegistry)
            Issue.record("expected diagnostics")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["stage 'picky' needs 'tokens', which no earlier stage produces; add 'split' before it"])
        }
    }

    @Test func rewritingTextAfterSpansIsAnError() {
        do {
            _ = try PipelinePlan(definition([.init(name: "split", location: at(2)), .init(name: "upper", location: at(3))]), registry: testRegistry)
            Issue.record("expected diagnostics")
        } catch {
            #expect(error.diagnostics.map(\.message) == [
                "stage 'upper' rewrites the text, which breaks the 'tokens' from 'split' before it; move 'upper' before 'split'"
            ])
        }
    }

    @Test func definitionChecksTopLevelKeysVersionAndVariables() {
        let root = ConfigNode(.mapping([
            .init(key: "version", keyLocation: at(1, 1), value: .plain("2", at: at(1, 10))),
            .init(key: "on_eror", keyLocation: at(2, 1), value: .plain("skip", at: at(2, 10))),
            .init(key: "name", keyLocation: at(3, 1), value: .plain("${GLOSS_NAME:-fallback}", at: at(3, 7))),
            .init(key: "description", keyLocation: at(4, 1), value: .plain("${UNSET_THING}", at: at(4, 14))),
            .init(key: "stages", keyLocation: at(5, 1), value: ConfigNode(.sequence([.plain("split", at: at(6, 5))]), at: at(6, 3))),
        ]), at: at(1, 1))
        let (definition, diagnostics) = PipelineDefinition.read(root, file: "test.yaml", environment: [:])
        #expect(definition.name == "fallback")
        #expect(definition.stages.map(\.name) == ["split"])
        #expect(diagnostics.map(\.description) == [
            "test.yaml:4:14: error: environment variable 'UNSET_THING' is not set; set it, or give a default as ${UNSET_THING:-value}",
            "test.yaml:2:1: error: unknown key 'on_eror' in the pipeline file (did you mean 'on_error'?); allowed: version, name, description, on_error, output, limits, stages",
            "test.yaml:1:10: error: unsupported pipeline version 2; this gloss reads version 1 (write 'version: 1')",
        ])
    }

    @Test func variablesSubstitute() {
        var diagnostics: [Diagnostic] = []
        let env = ["A": "x", "EMPTY": ""]
        #expect(VariableSubstitution.substitute("${A}-${B:-y}-$${A}-${EMPTY:-z}-$5", environment: env, location: nil, diagnostics: &diagnostics) == "x-y-${A}-z-$5")
        #expect(diagnostics.isEmpty)
    }

    @Test func processTracesEachStageAndNamesTheFailingOne() throws {
        let plan = try PipelinePlan(definition([.init(name: "split"), .init(name: "picky")]), registry: testRegistry)
        let pipeline = try plan.instantiate(context: StageContext())
        var document = Document(id: "d1", text: "please FAIL now")
        #expect(throws: DocumentFailure(documentID: "d1", stage: "picky", message: "the text asks to fail; remove FAIL")) {
            try pipeline.process(&document)
        }
        #expect(document.tokens?.count == 3)
        let trace = pipeline.trace(Document(id: "d2", text: "all good"))
        #expect(trace.map(\.label) == ["split", "picky"])
        #expect((try? trace[1].result.get())?.extensions["checked"] == true)
    }

    @Test func suggestions() {
        #expect(Suggestions.closest(to: "segmnet", in: ["segment", "summarize"]) == "segment")
        #expect(Suggestions.closest(to: "sumarize", in: ["segment", "summarize"]) == "summarize")
        #expect(Suggestions.closest(to: "zzz", in: ["segment", "summarize"]) == nil)
        #expect(Suggestions.closest(to: "on-error", in: ["on_error"]) == "on_error")
    }
}

@Suite struct DefinitionMessageTests {
    @Test func wrongTypesAtTheTopLevelNameTheKey() {
        let root = ConfigNode(.mapping([
            .init(key: "version", value: .plain("1")),
            .init(key: "name", value: ConfigNode(.sequence([.plain("a")]), at: at(2, 7))),
            .init(key: "stages", value: ConfigNode(.sequence([.plain("split")]))),
        ]))
        let (_, diagnostics) = PipelineDefinition.read(root, file: "test.yaml", environment: [:])
        #expect(diagnostics.map(\.description) == ["test.yaml:2:7: error: 'name' expects a string, got a list"])
    }
}
