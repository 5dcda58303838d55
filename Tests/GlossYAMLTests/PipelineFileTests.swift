import Foundation
import GlossCore
import GlossYAML
import Testing

@Suite struct PipelineFileTests {
    static func fixture(_ name: String) throws -> String {
        try #require(Bundle.module.path(forResource: name, ofType: "yaml", inDirectory: "Fixtures"))
    }

    @Test func blockAndFlowStyleLoadToTheSameTree() throws {
        let block = try YAMLLoader.loadFile(Self.fixture("newsroom-block"))
        let flow = try YAMLLoader.loadFile(Self.fixture("newsroom-flow"))
        #expect(block.withoutLocations == flow.withoutLocations)
        #expect(block["stages"]?.elements?.count == 3)
        #expect(block["description"]?.value == .scalar("Splits the overnight wire copy from the Harbourtown Ledger into words.\n", .quoted))
        #expect(block["stages"]?.elements?[1]["split"]?["extra"]?.elements?.map(\.value) == [
            .scalar("ferry", .plain), .scalar("tide table", .quoted), .scalar("harbour master", .quoted),
        ])
    }

    @Test func aRealisticFileShowsItsOneMistakeWhereItIs() throws {
        let path = try Self.fixture("newsroom-block")
        let (definition, problems) = PipelineDefinition.read(
            try YAMLLoader.loadFile(path), file: path, environment: ["EDITION": "evening"])
        #expect(problems.isEmpty)
        #expect(definition.name == "ledger-wire")
        #expect(definition.onError == .quarantine)
        #expect(definition.output?["path"]?.scalar == "out/ledger-evening.jsonl")
        #expect(definition.stages.map(\.label) == [nil, "long-words", "archive"])
        #expect(definition.stages.map(\.location?.line) == [12, 13, 18])
        #expect {
            _ = try PipelinePlan(definition, registry: testRegistry)
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.map(\.description) == [
                "\(path):19:18: error: option 'keep_case' of step 'archive' (stage 'split') expects true or false, got 'yes'"
            ]
        }
    }

    @Test func everyMistakeInAPipelineIsLocatedInTheYAML() throws {
        let yaml = """
            version: 1
            stages:
              - count
              - splt
              - split:
                  minimum_lenght: 2
              - split:
                  minimum_length: three
                  mode: leters
                label: third
              - split: {keep_case: on}
            """
        let (definition, problems) = PipelineDefinition.read(try load(yaml), file: testFile, environment: [:])
        #expect(problems.isEmpty)
        #expect {
            _ = try PipelinePlan(definition, registry: testRegistry)
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.map(\.description) == [
                "test.yaml:3:5: error: stage 'count' needs 'tokens', which no earlier stage produces; add 'split' before it",
                "test.yaml:4:5: error: unknown stage 'splt' (did you mean 'split'?); known stages: count, split (see 'gloss stages')",
                "test.yaml:6:7: error: unknown option 'minimum_lenght' for stage 'split' (did you mean 'minimum_length'?); options: extra, keep_case, minimum_length, mode, note",
                "test.yaml:8:23: error: option 'minimum_length' of step 'third' (stage 'split') expects an integer, got 'three'",
                "test.yaml:11:24: error: option 'keep_case' of step 'split-2' (stage 'split') expects true or false, got 'on'",
            ]
        }
    }

    @Test func fileLevelMistakesAreLocatedToo() throws {
        let yaml = """
            version: 2
            on_eror: skip
            output: jsonl
            stages: split
            """
        let (_, problems) = PipelineDefinition.read(try load(yaml), file: testFile, environment: [:])
        #expect(problems.sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }.map(\.description) == [
            "test.yaml:1:10: error: unsupported pipeline version 2; this gloss reads version 1 (write 'version: 1')",
            "test.yaml:2:1: error: unknown key 'on_eror' in the pipeline file (did you mean 'on_error'?); allowed: version, name, description, on_error, output, limits, stages",
            "test.yaml:3:9: error: 'output' must be a mapping (for example 'format: jsonl'), got 'jsonl'",
            "test.yaml:4:9: error: 'stages' must be a list (one '- name' per line), got 'split'",
        ])
    }

    @Test func aMissingOrUnreadableFileHasNoLocation() {
        for (path, reason) in [("/nonexistent/pipeline.yaml", "No such file or directory"), ("/", "Is a directory")] {
            #expect {
                _ = try YAMLLoader.loadFile(path)
            } throws: { error in
                (error as? DiagnosticError)?.diagnostics == [.error("cannot read '\(path)': \(reason)", at: nil)]
            }
        }
    }

    @Test func aFileOverTheSizeLimitIsNotRead() throws {
        let path = try Self.fixture("newsroom-block")
        var limits = YAMLLimits()
        limits.maxInputBytes = 100
        #expect {
            _ = try YAMLLoader.loadFile(path, limits: limits)
        } throws: { error in
            (error as? DiagnosticError)?.description == "error: '\(path)' is larger than the limit of 100 bytes (YAMLLimits.maxInputBytes)"
        }
    }
}
