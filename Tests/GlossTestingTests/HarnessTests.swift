import Foundation
import GlossCore
import GlossTesting
import Testing

/// Counts tokens into ext.count; with `cheat`, also rewrites meta (which it does not declare).
struct CountTokens: Stage {
    struct Options: StageOptions {
        var cheat = false
        var key = "count"
        func validate() -> [String] { key.isEmpty ? ["'key' must not be empty"] : [] }
    }

    static let name = "count_tokens"
    static let summary = "Counts tokens (test stage)."
    static let requires: Set<Layer> = [.tokens]
    static let produces: Set<Layer> = ["count"]
    let options: Options

    init(options: Options, context: StageContext) { self.options = options }

    func process(_ document: inout Document) throws {
        if document.text.contains("FAIL") { throw StageError("asked to fail") }
        document.extensions[options.key] = .integer(document.tokens?.count ?? 0)
        if options.cheat { document.meta["counted"] = true }
    }
}

/// Splits into rough tokens and sentences, like `segment` would.
struct RoughSegment: Stage {
    static let name = "rough"
    static let summary = "TestDocument.tokenized as a stage."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = [.sentences, .tokens]
    init(options: NoOptions, context: StageContext) {}
    func process(_ document: inout Document) throws {
        let split = TestDocument.tokenized(document.text)
        document.tokens = split.tokens
        document.sentences = split.sentences
    }
}

@Suite struct HarnessTests {
    @Test func tokenizedSplitsWordsPunctuationAndSentences() {
        let document = TestDocument.tokenized("Zoë didn't go—the cross-border bus (No. 7) left. “Why?” she asked… Then\u{00A0}nothing")
        #expect(document.tokenTexts == [
            "Zoë", "didn't", "go", "—", "the", "cross-border", "bus", "(", "No", ".", "7", ")", "left", ".", "“", "Why", "?", "”",
            "she", "asked", "…", "Then", "nothing",
        ])
        #expect(document.sentenceTexts == [
            "Zoë didn't go—the cross-border bus (No.", "7) left.", "“Why?” she asked… Then\u{00A0}nothing",
        ])
    }

    @Test func aStageHarnessRunsTheStage() throws {
        let harness = try StageHarness(CountTokens.self)
        let document = try harness.run(TestDocument.tokenized("Three small words."))
        #expect(document.extensions["count"] == 4)
    }

    @Test func theHarnessNamesAMissingInput() throws {
        let harness = try StageHarness(CountTokens.self)
        #expect(throws: HarnessError.self) { try harness.run(text: "no tokens") }
        do {
            _ = try harness.run(text: "no tokens")
        } catch {
            #expect(error.message.hasPrefix("stage 'count_tokens' requires 'tokens', which the input document 'test' lacks; build the input with TestDocument.tokenized"))
        }
    }

    @Test func theHarnessHoldsAStageToItsDeclaration() throws {
        var cheating = CountTokens.Options()
        cheating.cheat = true
        do {
            _ = try StageHarness(CountTokens.self, options: cheating).run(TestDocument.tokenized("a b"))
            Issue.record("meta changed without being declared")
        } catch {
            #expect(error.message == "stage 'count_tokens' changed 'meta' on 'test', which it does not declare in produces (count)")
        }
        var renamed = CountTokens.Options()
        renamed.key = "tokens_counted"
        do {
            _ = try StageHarness(CountTokens.self, options: renamed).run(TestDocument.tokenized("a b"))
            Issue.record("the declared layer is missing")
        } catch {
            #expect(error.message.hasPrefix("stage 'count_tokens' changed 'tokens_counted' on 'test'"))
        }
        renamed.key = ""
        do {
            _ = try StageHarness(CountTokens.self, options: renamed)
            Issue.record("the options are invalid")
        } catch {
            #expect(error.message == "stage 'count_tokens': invalid options: 'key' must not be empty")
        }
    }

    @Test func aPipelineHarnessBuildsFromYAMLAndChecksExpectations() throws {
        let pipeline = try PipelineHarness(yaml: """
            version: 1
            stages:
              - rough
              - count_tokens
            """, stages: [RoughSegment.self, CountTokens.self])
        let document = try pipeline.check(text: "The depot is shut. Drivers wait.", expect: """
            sentences: 2
            token 1: The
            ext.count: 8
            """)
        #expect(document.sentenceTexts == ["The depot is shut.", "Drivers wait."])
        do {
            try pipeline.check(document, expect: "sentences: 3\next.count at least: 2\nsentence 2 contains: depot\n")
            Issue.record("two expectations should fail")
        } catch {
            #expect(error.failedExpectations.count == 2)
            #expect(error.message == """
                2 of 3 expectation(s) on 'test' did not hold:
                expectations:1:1: sentences: 3
                  expected: 3 sentences
                  actual:   2 sentences: "The depot is shut.", "Drivers wait.", from stage 'rough'
                expectations:3:1: sentence 2 contains: "depot"
                  expected: text containing "depot"
                  actual:   "Drivers wait.", from stage 'rough'; nothing matches "depot"
                """)
        }
        #expect(throws: HarnessError.self) { try pipeline.check(document, expect: "ext.cuont: 8") }
    }

    @Test func pipelineErrorsReadLikeGlossCheck() {
        do {
            _ = try PipelineHarness(yaml: "version: 1\nstages: [count_tokens, rouhg]\n", stages: [RoughSegment.self, CountTokens.self])
            Issue.record("the pipeline is invalid")
        } catch {
            #expect(error.message == """
                pipeline.yaml:2:10: error: stage 'count_tokens' needs 'tokens', which no earlier stage produces; add 'rough' before it
                pipeline.yaml:2:24: error: unknown stage 'rouhg' (did you mean 'rough'?); known stages: count_tokens, rough (see 'gloss stages')
                """)
        }
        let pipeline = try? PipelineHarness(yaml: "version: 1\nstages: [rough, count_tokens]\n", stages: [RoughSegment.self, CountTokens.self])
        #expect(throws: HarnessError.self) { try pipeline?.run(text: "please FAIL") }
    }

    @Test func aTestFileReadsItsInputFromAFileNextToIt() throws {
        let folder = NSTemporaryDirectory() + "gloss-testing-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/articles", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "Depot shut. Drivers wait.".write(toFile: folder + "/articles/a.txt", atomically: true, encoding: .utf8)
        try #"{"id": "j1", "text": "From JSON.", "meta": {"source": "feed"}}"#.write(toFile: folder + "/articles/b.jsonl", atomically: true, encoding: .utf8)
        let root = ConfigNode(.mapping([
            .init(key: "version", value: .plain("1")),
            .init(key: "tests", value: ConfigNode(.sequence([
                ConfigNode(.mapping([
                    .init(key: "name", value: .plain("from text")),
                    .init(key: "file", value: .plain("articles/a.txt")),
                    .init(key: "expect", value: ConfigNode(.mapping([.init(key: "sentences", value: .plain("2"))]))),
                ])),
                ConfigNode(.mapping([
                    .init(key: "name", value: .plain("from jsonl")),
                    .init(key: "file", value: .plain("articles/b.jsonl")),
                    .init(key: "expect", value: ConfigNode(.mapping([.init(key: "meta.source", value: .plain("feed"))]))),
                ])),
            ]))),
        ]))
        let (file, problems) = TestFile.read(root, file: "t.yaml", baseDirectory: folder, available: [.sentences, .tokens])
        #expect(problems == [])
        #expect(file.cases.map(\.document.text) == ["Depot shut. Drivers wait.", "From JSON."])
        #expect(file.cases.map(\.document.id) == ["from text", "j1"])
    }

    @Test func aTestFileWithoutExpectationsOrVersionIsRefused() {
        let root = ConfigNode(.mapping([
            .init(key: "tests", value: ConfigNode(.sequence([
                ConfigNode(.mapping([.init(key: "name", value: .plain("a")), .init(key: "text", value: .plain("x"))])),
                ConfigNode(.mapping([.init(key: "name", value: .plain("a")), .init(key: "text", value: .plain("x")),
                                     .init(key: "expect", value: ConfigNode(.mapping([.init(key: "text", value: .plain("x"))])))])),
                ConfigNode(.mapping([.init(key: "name", value: .plain("a")), .init(key: "text", value: .plain("x")),
                                     .init(key: "expect", value: ConfigNode(.mapping([.init(key: "text", value: .plain("x"))])))])),
            ]))),
        ]))
        let (_, problems) = TestFile.read(root, file: "t.yaml", baseDirectory: ".", available: nil)
        #expect(problems.map(\.message) == [
            "missing 'version: 1' (every test file starts with it)",
            "test 'a' has no 'expect:'; a test without expectations checks nothing",
            "two tests are named 'a'; names must be unique",
        ])
    }
}
