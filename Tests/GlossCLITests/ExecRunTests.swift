import Foundation
import GlossCore
import GlossStages
import Testing

@Suite struct ExecRunTests {
    @Test func aChildCrashingOnEveryHundredthDocumentCostsOnlyThoseDocuments() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let pipeline = try scratch.write("exec.yaml", """
            version: 1
            on_error: skip
            stages:
              - exec:
                  command: [python3, \(cliFixtures)/crash_every.py, "100"]
                  produces: [word_count]
                  max_restarts: 20
                  stderr: tail
            """)
        var lines = ""
        for index in 1...1000 { lines += "{\"id\": \"doc-\(index)\", \"text\": \"words in document \(index)\"}\n" }
        let input = try scratch.write("corpus.jsonl", lines)
        let result = gloss(["run", pipeline, input, "-o", scratch.path + "/out.jsonl", "--jobs", "2"], stages: StandardStages.all)
        #expect(result.status == 65)
        let output = try scratch.read("out.jsonl").split(separator: "\n").map { try JSONParser.parse(String($0)) }
        let expectedIDs = (1...1000).filter { $0 % 100 != 0 }.map { JSONValue.string("doc-\($0)") }
        #expect(output.map { $0["id"] } == expectedIDs)
        #expect(output.allSatisfy { $0["ext"]?["word_count"] == 4 })
        for index in stride(from: 100, through: 1000, by: 100) {
            #expect(result.err.contains("gloss: document 'doc-\(index)' failed in stage 'exec': the child 'python3 \(cliFixtures)/crash_every.py 100' (pid "))
            #expect(result.err.contains("exited with status 3 while working on 'doc-\(index)'"))
            #expect(result.err.contains("its stderr ends: giving up on doc-\(index)"))
        }
        #expect(result.err.contains("gloss: 10 of 1000 document(s) failed (skipped)"))
    }
}
