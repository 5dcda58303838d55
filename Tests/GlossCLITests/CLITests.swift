import Foundation
import GlossCore
import Testing

@Suite struct CLITests {
    @Test func checkReportsThreeMistakesAtOnceAndExits78() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write("bad.yaml", """
            version: 1
            name: three mistakes
            stages:
              - spaecs
              - spaces:
                  lowercse: true
              - spaces:
                  lowercase: maybe
                label: second
            """)
        let result = gloss("check", file)
        #expect(result.status == 78)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines == [
            "\(file):4:5: error: unknown stage 'spaecs' (did you mean 'spaces'?); known stages: count, spaces (see 'gloss stages')",
            "\(file):6:7: error: unknown option 'lowercse' for stage 'spaces' (did you mean 'lowercase'?); options: lowercase",
            "\(file):8:18: error: option 'lowercase' of step 'second' (stage 'spaces') expects true or false, got 'maybe'",
            "1 of 1 pipeline file invalid",
        ])
    }

    @Test func checkAcceptsAGoodFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write("good.yaml", "version: 1\nstages: [spaces, count]\n")
        let result = gloss("check", file)
        #expect(result.status == 0)
        #expect(result.out == "\(file): ok (2 stages: spaces → count)\n")
    }

    @Test func missingRequirementNamesTheStageToAdd() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write("order.yaml", "version: 1\nstages:\n  - count\n")
        let result = gloss("check", file)
        #expect(result.status == 78)
        #expect(result.err.hasPrefix("\(file):3:5: error: stage 'count' needs 'tokens', which no earlier stage produces; add 'spaces' before it"))
    }

    func corpus(_ scratch: Scratch, count: Int, poisonEvery: Int = 0) throws -> String {
        var lines = ""
        for index in 1...count {
            let poison = poisonEvery > 0 && index % poisonEvery == 0 ? " POISON" : ""
            lines += "{\"id\": \"doc-\(index)\", \"text\": \"a small document number \(index)\(poison)\"}\n"
        }
        return try scratch.write("corpus.jsonl", lines)
    }

    @Test func outputIsInInputOrderAndIdenticalForOneAndTwoJobs() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let pipeline = try scratch.write("p.yaml", "version: 1\nstages: [spaces, count]\n")
        let input = try corpus(scratch, count: 10_000)
        let one = gloss("run", pipeline, input, "-o", scratch.path + "/one.jsonl", "--jobs", "1", "--stats", "none")
        let two = gloss("run", pipeline, input, "-o", scratch.path + "/two.jsonl", "--jobs", "2", "--stats", "none")
        #expect(one.status == 0)
        #expect(two.status == 0)
        let first = try scratch.read("one.jsonl")
        #expect(first == (try scratch.read("two.jsonl")))
        let lines = first.split(separator: "\n")
        #expect(lines.count == 10_000)
        #expect(lines.first == #"{"id":"doc-1","text":"a small document number 1","tokens":[{"start":0,"end":1},{"start":2,"end":7},{"start":8,"end":16},{"start":17,"end":23},{"start":24,"end":25}],"ext":{"token_count":5}}"#)
        #expect(lines.last?.hasPrefix(#"{"id":"doc-10000","#) == true)
    }

    @Test func skipGoesOnNamesDocumentAndStageAndExits65() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let pipeline = try scratch.write("p.yaml", "version: 1\non_error: skip\nstages: [spaces, count]\n")
        let input = try corpus(scratch, count: 100, poisonEvery: 25)
        let result = gloss("run", pipeline, input, "-o", scratch.path + "/out.jsonl")
        #expect(result.status == 65)
        #expect(try scratch.read("out.jsonl").split(separator: "\n").count == 96)
        for index in [25, 50, 75, 100] {
            #expect(result.err.contains("gloss: document 'doc-\(index)' failed in stage 'count': poisoned text; remove the word POISON (skipped)"))
        }
        #expect(result.err.contains("gloss: 4 of 100 document(s) failed (skipped)"))
        #expect(result.err.contains("count"))  // the statistics table
    }

    @Test func quarantinePutsExactlyTheFailedDocumentsInTheSideFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let pipeline = try scratch.write("p.yaml", "version: 1\non_error: quarantine\nstages: [spaces, count]\n")
        let input = try corpus(scratch, count: 100, poisonEvery: 30)
        let result = gloss("run", pipeline, input, "-o", scratch.path + "/out.jsonl", "--quarantine", scratch.path + "/q.jsonl")
        #expect(result.status == 65)
        let quarantined = try scratch.read("q.jsonl").split(separator: "\n").map { line in
            try JSONParser.parse(String(line))
        }
        #expect(quarantined.map { $0["id"] } == ["doc-30", "doc-60", "doc-90"])
        #expect(quarantined.allSatisfy { $0["stage"] == "count" && $0["error"] == "poisoned text; remove the word POISON" })
        #expect(quarantined[0]["input"]?["text"] == "a small document number 30 POISON")
        #expect(try scratch.read("out.jsonl").split(separator: "\n").count == 97)
    }

    @Test func failStopsNonZeroAndLeavesNoOutputFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let pipeline = try scratch.write("p.yaml", "version: 1\non_error: fail\nstages: [spaces, count]\n")
        let input = try corpus(scratch, count: 500, poisonEvery: 200)
        let result = gloss("run", pipeline, input, "-o", scratch.path + "/out.jsonl", "--jobs", "2")
        #expect(result.status == 65)
        #expect(result.err.contains("stopped at document 'doc-200' (on_error: fail)"))
        #expect(!scratch.exists("out.jsonl"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["corpus.jsonl", "p.yaml"])
    }

    @Test func markWritesEveryDocumentWithErrors() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let pipeline = try scratch.write("p.yaml", "version: 1\non_error: mark\nstages: [spaces, count]\n")
        let input = try corpus(scratch, count: 10, poisonEvery: 5)
        let result = gloss("run", pipeline, input, "-o", scratch.path + "/out.json", "--format", "json")
        #expect(result.status == 65)
        let documents = try JSONParser.parse(try scratch.read("out.json")).arrayValue ?? []
        #expect(documents.count == 10)
        #expect(documents[4]["error"] == ["stage": "count", "message": "poisoned text; remove the word POISON"])
        #expect(documents[4]["tokens"]?.arrayValue?.count == 6)
        #expect(documents[3]["error"] == nil)
    }

    @Test func inspectShowsThePlanAndWhatEachStageDid() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let pipeline = try scratch.write("p.yaml", """
            version: 1
            name: demo
            description: Two test stages.
            stages:
              - spaces: {lowercase: true}
              - count
            """)
        let sample = try scratch.write("sample.txt", "Gloss reads the sample text")
        let result = gloss("inspect", pipeline, "--sample", sample)
        #expect(result.status == 0)
        #expect(result.out == """
            pipeline 'demo' from \(pipeline)
              Two test stages.
              on_error: skip    limits.max_document_bytes: 16777216

            1. spaces — Splits the text on spaces (test stage).
               needs: nothing    adds: tokens
               lowercase  true   (set in file; default false)

            2. count — Counts tokens; fails on POISON (test stage).
               needs: tokens    adds: token_count
               no options

            checks: ok — every stage known, every option valid, every requirement produced by an earlier stage
            document layers at the end: meta, text, token_count, tokens

            sample '\(sample)': 27 bytes

            1. spaces
               tokens: 5
                 Gloss reads the sample text

            2. count
               ext.token_count = 5

            """)
    }

    @Test func stagesListsAndDocuments() {
        let list = gloss("stages")
        #expect(list.status == 0)
        #expect(list.out.contains("spaces  Splits the text on spaces (test stage)."))
        #expect(list.out.contains("count   Counts tokens; fails on POISON (test stage).  needs: tokens"))
        let one = gloss("stages", "spaces")
        #expect(one.out.contains("lowercase  false\n"))
        #expect(one.out.contains("Lower-case nothing; only here to be documented."))
        let unknown = gloss("stages", "spacse")
        #expect(unknown.status == 64)
        #expect(unknown.err.contains("did you mean 'spaces'?"))
    }

    @Test func exitCodesForMissingInputBadUsageAndBadPipeline() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let pipeline = try scratch.write("p.yaml", "version: 1\nstages: [spaces]\n")
        let missing = gloss("run", pipeline, scratch.path + "/nope.txt")
        #expect(missing.status == 66)
        #expect(missing.err.contains("input '\(scratch.path)/nope.txt' does not exist"))
        #expect(gloss("run", pipeline, "--jobs", "0").status == 64)
        #expect(gloss("frobnicate").status == 64)
        #expect(gloss("run", scratch.path + "/absent.yaml").status == 78)
        #expect(gloss("--help").status == 0)
    }
}

@Suite struct RenderTests {
    /// A run's JSON Lines output, rendered again as JSON Lines, is byte-identical: every layer reads back.
    @Test func renderRoundTripsARunsOutput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let pipeline = try scratch.write("p.yaml", "version: 1\nstages: [spaces, count]\n")
        let input = try scratch.write("in.jsonl", """
            {"id": "a", "text": "“Curly” quotes — and émoji 🚀 here", "meta": {"title": "T"}}
            {"id": "b", "text": "plain text"}

            """)
        #expect(gloss("run", pipeline, input, "-o", scratch.path + "/first.jsonl", "--stats", "none").status == 0)
        let rendered = gloss("render", scratch.path + "/first.jsonl", "--format", "jsonl", "-o", scratch.path + "/second.jsonl")
        #expect(rendered.status == 0, "\(rendered.err)")
        #expect(try scratch.read("first.jsonl") == (try scratch.read("second.jsonl")))
        #expect(try scratch.read("second.jsonl").contains(#""ext":{"token_count":7}"#))
    }

    @Test func renderWritesHTML() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let input = try scratch.write("in.jsonl", #"{"id": "a", "text": "Mayor Lena Hart spoke.", "entities": [{"start": 6, "end": 15, "label": "PER"}]}"# + "\n")
        let result = gloss("render", input, "-o", scratch.path + "/r.html", "--title", "Town hall")
        #expect(result.status == 0, "\(result.err)")
        let html = try scratch.read("r.html")
        #expect(html.contains("Town hall"))
        #expect(html.contains("Lena Hart"))
    }
}
