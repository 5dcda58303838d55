import Foundation
import GlossCLI
import GlossCore
import Synchronization

/// Splits text on spaces into tokens (a test stage, not NLP).
struct SpaceTokens: Stage {
    struct Options: StageOptions {
        var lowercase = false
        static let documentation = ["lowercase": "Lower-case nothing; only here to be documented."]
    }

    static let name = "spaces"
    static let summary = "Splits the text on spaces (test stage)."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = [.tokens]

    init(options: Options, context: StageContext) {}

    func process(_ document: inout Document) throws {
        var tokens: [Token] = []
        document.withUTF8 { bytes in
            var start = -1
            for index in 0...bytes.count {
                let space = index == bytes.count || bytes[index] == 0x20
                if space, start >= 0 {
                    tokens.append(Token(start: start, end: index))
                    start = -1
                } else if !space, start < 0 {
                    start = index
                }
            }
        }
        document.tokens = tokens
    }
}

/// Counts tokens into an extension; throws on documents containing "POISON".
struct TokenCount: Stage {
    enum Count: DocumentExtensionKey {
        static let name = "token_count"
        typealias Value = Int
    }

    static let name = "count"
    static let summary = "Counts tokens; fails on POISON (test stage)."
    static let requires: Set<Layer> = [.tokens]
    static let produces: Set<Layer> = ["token_count"]

    init(options: NoOptions, context: StageContext) {}

    func process(_ document: inout Document) throws {
        if document.text.contains("POISON") {
            throw StageError("poisoned text", hint: "remove the word POISON")
        }
        document[Count.self] = document.tokens?.count ?? 0
    }
}

let testStages: [any Stage.Type] = [SpaceTokens.self, TokenCount.self]

/// The folder of the CLI tests' fixture files.
let cliFixtures: String = Bundle.module.resourcePath.map { $0 + "/Fixtures" } ?? "Tests/GlossCLITests/Fixtures"

/// What one in-process `gloss` invocation printed and returned.
struct Invocation {
    var status: Int32
    var out: String
    var err: String
}

/// Runs `gloss ARGS` in this process with the test stages, capturing stdout and stderr.
func gloss(_ arguments: String..., environment: [String: String] = [:]) -> Invocation {
    gloss(arguments, stages: testStages, environment: environment)
}

/// Runs `gloss ARGS` in this process with the given stages.
func gloss(_ arguments: [String], stages: [any Stage.Type], environment: [String: String] = [:]) -> Invocation {
    let out = Mutex("")
    let err = Mutex("")
    let console = Console(
        out: { text in out.withLock { $0 += text } }, err: { text in err.withLock { $0 += text } },
        stderrIsTerminal: false, colorOut: false)
    let status = GlossMain.run(arguments: arguments, stages: stages, console: console, environment: environment)
    return Invocation(status: status, out: out.withLock { $0 }, err: err.withLock { $0 })
}

/// A temporary folder for one test.
struct Scratch {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "gloss-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ content: String) throws -> String {
        let full = path + "/" + name
        try content.write(toFile: full, atomically: true, encoding: .utf8)
        return full
    }

    func read(_ name: String) throws -> String { try String(contentsOfFile: path + "/" + name, encoding: .utf8) }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + name) }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
