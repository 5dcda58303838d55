import Foundation
import GlossBenchmarkSupport
import GlossCore
import Testing

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The `gloss-bench` binary built beside the test bundle (the test target depends on it).
private func benchBinary() -> String {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gloss-bench").path
}

/// The whole harness, parent and children, on the three example articles: one JSON line per measurement
/// with the counts of that corpus, then the table. Read, clean and segment only, so that no model loads.
@Test func theHarnessMeasuresATinyCorpus() throws {
    let binary = benchBinary()
    try #require(FileManager.default.isExecutableFile(atPath: binary), "no gloss-bench at \(binary)")
    let work = NSTemporaryDirectory() + "gloss-bench-harness-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: work) }
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    let outcome = try ChildProcess(
        [
            binary, "--corpus", packageRoot.appendingPathComponent("Examples/articles").path,
            "--pipeline", packageRoot.appendingPathComponent("Pipelines/news.yaml").path,
            "--only", "read,clean,segment", "--runs", "1", "--work-dir", work, "--markdown", work + "/table.md",
        ],
        standardOutput: work + "/stdout.txt", standardError: work + "/stderr.txt"
    ).run()
    let standardError = (try? String(contentsOfFile: work + "/stderr.txt", encoding: .utf8)) ?? ""
    try #require(outcome.status == 0, "gloss-bench failed: \(standardError)")

    let output = try String(contentsOfFile: work + "/stdout.txt", encoding: .utf8)
    let records = try output.split(separator: "\n").filter { $0.hasPrefix("{") }.map { try JSONParser.parse(String($0)) }
    #expect(records.map { $0["stage"]?.stringValue } == ["read", "clean (text)", "clean (html)", "segment"])
    #expect(records.map { $0["docs"]?.integerValue } == [3, 2, 1, 3])
    for record in records {
        #expect(record["jobs"] == .integer(1))
        #expect((record["bytes"]?.integerValue ?? 0) > 1_000)
        #expect((record["peak_rss_mb"]?.doubleValue ?? 0) > 0)
        #expect((record["seconds"]?.doubleValue ?? 0) > 0)
    }
    let table = try String(contentsOfFile: work + "/table.md", encoding: .utf8)
    #expect(table.contains("| segment | 1 |"))
    #expect(table.contains("3 documents"))
    #expect(output.contains(table))
}
