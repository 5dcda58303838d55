import Foundation
import GlossCore
import Testing

@Suite struct GlossTestCommandTests {
    let stages: [any Stage.Type] = [Annotate.self] + testStages
    var pipeline: String { cliFixtures + "/annotate.yaml" }
    func tests(_ name: String) -> String { cliFixtures + "/test-files/" + name }

    @Test func passingFileExitsZero() {
        let result = gloss(["test", pipeline, tests("passing.tests.yaml")], stages: stages)
        #expect(result.err == "")
        #expect(result.out == """
            PASS  depot strike (18 expectations)
            PASS  inline text with meta (7 expectations)

            2 tests: 2 passed, 0 failed (25 of 25 expectations held)

            """)
        #expect(result.status == 0)
    }

    @Test func failingFileShowsExpectedActualStageAndLineThenExitsOne() {
        let file = tests("failing.tests.yaml")
        let result = gloss(["test", pipeline, file], stages: stages)
        #expect(result.status == 1)
        #expect(result.out == """
            FAIL  wrong counts (\(file):3:5)
              \(file):6:7: sentences: 3
                expected: 3 sentences
                actual:   2 sentences: "Bus drivers in Norvale walked out.", "Mara Quell spoke.", from stage 'annotate'
              \(file):7:7: entities contain: {text: "Ivo Brandt", label: "PER"}
                expected: an item matching {text: "Ivo Brandt", label: "PER"}
                actual:   2 entities: "Norvale" LOC, "Mara Quell" PER, from stage 'annotate'; nothing matches {text: "Ivo Brandt", label: "PER"}
              \(file):8:7: ext.token_count at most: 5
                expected: at most 5
                actual:   9, from stage 'count'
            FAIL  a poisoned document (\(file):11:5)
              the pipeline failed at stage 'count': poisoned text; remove the word POISON
              (its expectations were not checked)
            PASS  all good (1 expectation)

            3 tests: 1 passed, 2 failed (2 of 5 expectations held; the pipeline failed on 1 document)

            """)
    }

    @Test func everyTypoIsALocatedErrorAndNothingRuns() {
        let file = tests("invalid.tests.yaml")
        let result = gloss(["test", pipeline, file], stages: stages)
        #expect(result.status == 78)
        #expect(result.out == "")
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines == [
            "\(file):5:5: error: unknown key 'expcet' in test 1 (did you mean 'expect'?); allowed: name, text, file, id, meta, expect",
            "\(file):7:7: error: unknown expectation 'sentense': 'sentense' is not something a document has (did you mean 'sentence'?); start with one of sentences, tokens, entities, quotes, summary, text, id, meta.NAME, ext.NAME",
            "\(file):8:7: error: unknown word 'contian' in 'entities contian': expected a verb (did you mean 'contain'?); verbs: contains, excludes, at least, at most (none means equals)",
            "\(file):9:7: error: unknown word 'speeker' in 'quote 1 speeker': expected a verb or a field of a quote (did you mean 'speaker'?); verbs: contains, excludes, at least, at most (none means equals); fields: start, end, text, speaker, speaker_start, speaker_end, speaker_role, cue, kind",
            "\(file):10:7: error: unknown field 'lable' of an entity in 'entities contain' (did you mean 'label'?); fields: start, end, label, text",
            "\(file):11:7: error: 'ext.token_cuont': no stage of the pipeline produces ext.token_cuont (did you mean 'token_count'?); it produces entities, quotes, sentences, summary, token_count, tokens",
            "\(file):12:7: error: 'tokens at least' needs a number, got 'many'",
            "gloss: 7 problems in the test file; no test was run",
        ])
    }

    @Test func missingTestFileAndBadPipeline() throws {
        let missing = gloss(["test", pipeline, tests("nope.yaml")], stages: stages)
        #expect(missing.status == 66)
        #expect(missing.err.contains("test file '\(tests("nope.yaml"))' does not exist"))
        let scratch = try Scratch()
        defer { scratch.remove() }
        let bad = try scratch.write("bad.yaml", "version: 1\nstages: [anotate]\n")
        let invalid = gloss(["test", bad, tests("passing.tests.yaml")], stages: stages)
        #expect(invalid.status == 78)
        #expect(invalid.err.contains("unknown stage 'anotate' (did you mean 'annotate'?)"))
        #expect(gloss(["test", pipeline], stages: stages).status == 64)
    }

    @Test func subcommandHelpShowsTheSubcommandNotTheOverview() {
        let help = gloss(["test", "--help"], stages: stages)
        #expect(help.status == 0)
        #expect(help.out.contains("An expectation is  SUBJECT [VERB]: VALUE"))
        #expect(help.out.contains("USAGE: gloss test <pipeline> [<tests> ...]"))
        #expect(gloss(["help", "run"], stages: stages).out.hasPrefix("OVERVIEW: Run a pipeline over files"))
        #expect(gloss(["--help"], stages: stages).out.contains("SUBCOMMANDS:"))
    }

    @Test func severalFilesAreReportedOneAfterAnother() {
        let result = gloss(["test", pipeline, tests("passing.tests.yaml"), tests("failing.tests.yaml")], stages: stages)
        #expect(result.status == 1)
        #expect(result.out.hasPrefix("\(tests("passing.tests.yaml"))\nPASS  depot strike"))
        #expect(result.out.hasSuffix("all files: 5 tests: 3 passed, 2 failed (27 of 30 expectations held; the pipeline failed on 1 document)\n"))
    }
}
