import Foundation
import GlossCLI
import GlossCore
import Synchronization
import Testing

/// Leaves documents as they are: lets `gloss run` write the layers a JSON Lines input already carries.
struct Unchanged: Stage {
    static let name = "unchanged"
    static let summary = "Changes nothing (test stage)."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = []

    init(options: NoOptions, context: StageContext) {}

    func process(_ document: inout Document) throws {}
}

/// Runs `gloss ARGS` in this process with the `unchanged` stage and a console whose stdout is (or is not) a
/// colour terminal.
func glossUnchanged(_ arguments: [String], colorOut: Bool = false) -> Invocation {
    let out = Mutex("")
    let err = Mutex("")
    let console = Console(
        out: { text in out.withLock { $0 += text } }, err: { text in err.withLock { $0 += text } },
        stderrIsTerminal: false, colorOut: colorOut)
    let status = GlossMain.run(arguments: arguments, stages: [Unchanged.self], console: console, environment: [:])
    return Invocation(status: status, out: out.withLock { $0 }, err: err.withLock { $0 })
}

/// Tests/GlossIOTests/Fixtures/annotated-articles.jsonl: invented articles with every layer.
let annotatedFixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("GlossIOTests/Fixtures/annotated-articles.jsonl").path

@Suite struct OutputFormatCLITests {
    func pipeline(_ scratch: Scratch) throws -> String {
        try scratch.write("report.yaml", "version: 1\nname: fixture report\non_error: mark\nstages: [unchanged]\n")
    }

    @Test func htmlReportIsWrittenAtomicallyWithEveryDocument() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = glossUnchanged(["run", try pipeline(scratch), annotatedFixture, "--format", "html", "-o", scratch.path + "/report.html", "--stats", "none"])
        #expect(result.status == 0)
        let html = try scratch.read("report.html")
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.components(separatedBy: "<script type=\"text/x-gloss-doc\"").count - 1 == 5)
        #expect(html.contains("<title>fixture report</title>"))
        #expect(html.contains("unchanged</p>"), "the step labels are shown under the title")
        #expect(html.hasSuffix("</script>\n</body></html>\n"))
        // tools/screenshot-report.sh uses this report until the real stages can build one from Examples/.
        if let export = ProcessInfo.processInfo.environment["GLOSS_REPORT_EXPORT"] {
            try html.write(toFile: export, atomically: true, encoding: .utf8)
        }
    }

    @Test func conlluIsOneDocumentAfterAnother() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = glossUnchanged(["run", try pipeline(scratch), annotatedFixture, "--format", "conllu", "-o", scratch.path + "/out.conllu", "--stats", "none"])
        #expect(result.status == 0)
        let output = try scratch.read("out.conllu")
        let newdocs = output.split(separator: "\n").filter { $0.hasPrefix("# newdoc id = ") }
        #expect(newdocs.count == 5)
        #expect(newdocs.first == "# newdoc id = fixtures/riverton-strike.txt")
        #expect(output.contains("\n9\tRiverton\t_\tPROPN\t_\t_\t_\t_\t_\tNER=B-LOC\n"))
        #expect(output.hasSuffix("\n\n"))
    }

    // `run` writes documents to the real stdout, which an in-process test cannot capture; whether a colour
    // terminal gets colour is tested on the renderer (WriterFormatTests). Here: a file never gets colour,
    // even when stdout is a colour terminal.
    @Test(arguments: [true, false])
    func prettyToAFileHasNoColour(colorOut: Bool) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = glossUnchanged(
            ["run", try pipeline(scratch), annotatedFixture, "--format", "pretty", "-o", scratch.path + "/pretty.txt", "--stats", "none"],
            colorOut: colorOut)
        #expect(result.status == 0)
        let output = try scratch.read("pretty.txt")
        #expect(!output.contains("\u{1B}"))
        #expect(output.contains("   Maria Okafor (president of the Riverton Transit Workers Union): “We are not going back"))
        #expect(output.components(separatedBy: "━━ ").count - 1 == 5)
    }
}
