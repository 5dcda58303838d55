import Foundation
import GlossCore
import GlossExec
import Testing

/// The child gets argv, not `sh -c`: shell syntax in the command's arguments or in a document reaches the
/// child as text and runs nothing.
@Suite struct NoShellTests {
    @Test func shellSyntaxInArgumentsAndDocumentsIsPassedAsTextAndRunsNothing() throws {
        let folder = NSTemporaryDirectory() + "gloss-noshell-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let hostile = ["$(touch \(folder)/from-argument)", "`touch \(folder)/backtick`; touch \(folder)/semicolon", "*", "a b > \(folder)/redirect"]
        let stage = try childStage("argv", produces: ["argv"]) { options in
            options.command = ["python3", "child.py", "argv"] + hostile
        }
        defer { stage.finish() }
        let text = "$(touch \(folder)/from-text) | touch \(folder)/pipe && `touch \(folder)/tick`"
        var doc = document("doc-1", text)
        try stage.process(&doc)
        #expect(doc.extensions["argv"] == .array(hostile.map { .string($0) }))
        #expect(doc.text == text)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    }
}
