import Foundation
import GlossCLI
import GlossCore
import GlossStages
import Synchronization
import Testing

/// The repository's root, found from this file's path.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// Runs `gloss` in process with the standard stages, from the repository root.
func standardGloss(_ arguments: [String]) -> Invocation {
    let out = Mutex("")
    let err = Mutex("")
    let console = Console(
        out: { text in out.withLock { $0 += text } }, err: { text in err.withLock { $0 += text } },
        stderrIsTerminal: false, colorOut: false)
    let status = GlossMain.run(arguments: arguments, stages: StandardStages.all, console: console, environment: [:])
    return Invocation(status: status, out: out.withLock { $0 }, err: err.withLock { $0 })
}

/// Every file in Pipelines/ is loaded, checked and run by a test.
@Suite struct PipelinesTests {
    static let pipelineFiles: [String] = {
        let folder = repositoryRoot + "/Pipelines"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { folder + "/" + $0 }
    }()

    @Test func thereArePipelines() {
        #expect(!Self.pipelineFiles.isEmpty)
    }

    @Test(arguments: pipelineFiles)
    func checks(pipeline: String) {
        let result = standardGloss(["check", pipeline])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasSuffix(": ok (\(result.out.split(separator: "(").last ?? "")"))
    }

    @Test(arguments: pipelineFiles)
    func runsOnTheExamples(pipeline: String) throws {
        let output = NSTemporaryDirectory() + "gloss-pipeline-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let examples = repositoryRoot + "/Examples/articles"
        let result = standardGloss(["run", pipeline, examples, "-o", output, "--stats", "none"])
        #expect(result.status == 0, "\(result.err)")
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: examples).filter { !$0.hasPrefix(".") }
        #expect(lines.count == inputs.count)
        for line in lines {
            let document = try JSONParser.parse(String(line))
            #expect((document["sentences"]?.arrayValue?.count ?? 0) > 3)
        }
    }

    /// Test files in Pipelines/tests/, each named after the pipeline it holds to account (`news.tests.yaml`).
    static let testFiles: [String] = {
        let folder = repositoryRoot + "/Pipelines/tests"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".tests.yaml") }.sorted().map { folder + "/" + $0 }
    }()

    @Test func everyPipelineWithTestsIsTested() {
        #expect(Self.testFiles.contains { $0.hasSuffix("/news.tests.yaml") })
    }

    @Test(arguments: testFiles)
    func passesItsTests(testFile: String) {
        let name = (testFile as NSString).lastPathComponent.replacingOccurrences(of: ".tests.yaml", with: ".yaml")
        let result = standardGloss(["test", repositoryRoot + "/Pipelines/" + name, testFile])
        #expect(result.status == 0, "\(result.out)\(result.err)")
        #expect(result.out.contains(" 0 failed"), "\(result.out)")
    }
}
