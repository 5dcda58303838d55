import ArgumentParser
import Dispatch
import GlossCore
import GlossIO

#if canImport(Glibc)
import Glibc
#endif

extension OutputFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
extension ErrorPolicy: ExpressibleByArgument {}

/// How `gloss run` reports its per-stage statistics.
enum StatsMode: String, ExpressibleByArgument, CaseIterable {
    case table, json, none
}

struct RunCommand: GlossSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline over files, directories, JSON Lines or stdin.",
        discussion: """
            INPUT: .txt and .html/.htm files (one document each, id = path), .jsonl files (one
            {"id", "text" | "html", "meta"} object per line), directories (walked recursively, sorted), or
            '-' / nothing for stdin (JSON Lines if it starts with '{', else one text document).
            Output goes to stdout, or atomically to -o FILE. Failures follow the pipeline's on_error.
            """)

    @Argument(help: "The pipeline file.")
    var pipeline: String

    @Argument(help: "Inputs: files, directories, or '-' for stdin (the default).")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Write the output to this file (atomically) instead of stdout.")
    var output: String?

    @Option(help: "Output format: jsonl (default), json, pretty (a terminal view), html (one self-contained report), conllu. Overrides the pipeline's output.format.")
    var format: OutputFormat?

    @Option(name: .customLong("input-format"), help: "Read every input as: auto (from the file name), text, html, jsonl.")
    var inputFormat: InputFormat = .auto

    @Option(name: [.customShort("j"), .long], help: "Documents processed in parallel (default: one per core).")
    var jobs: Int?

    @Option(name: .customLong("on-error"), help: "Override the pipeline's on_error: fail, skip, quarantine, mark.")
    var onError: ErrorPolicy?

    @Option(help: "Side file for on_error: quarantine (default: the pipeline's output.quarantine, else OUTPUT.quarantine.jsonl or gloss-quarantine.jsonl).")
    var quarantine: String?

    @Option(help: "Per-stage statistics on stderr at the end: table (default), json, none.")
    var stats: StatsMode = .table

    @Flag(name: .customLong("dry-run"), help: "Show the plan and trace the first input document through each stage; write nothing.")
    var dryRun = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func execute(_ context: CommandContext) -> ExitStatus {
        let console = context.console
        let loaded = LoadedPipeline(path: pipeline, registry: context.registry, environment: context.environment)
        guard let plan = loaded.plan, let definition = loaded.definition else {
            console.report(loaded.diagnostics)
            return .invalidPipeline
        }
        let collector = InputCollector(paths: inputs, format: inputFormat)
        for missing in collector.missing {
            console.error("input '\(missing)' does not exist (give files, directories, or '-' for stdin)")
        }
        if !collector.missing.isEmpty { return .inputMissing }
        for warning in collector.warnings { console.warning(warning) }

        let jobs = self.jobs ?? RunOptions().jobs
        let built: Pipeline
        do {
            built = try plan.instantiate(context: StageContext(
                logger: context.logger, baseDirectory: loaded.directory, workers: jobs, environment: context.environment))
        } catch {
            console.report(error.diagnostics)
            return .invalidPipeline
        }
        defer { built.finish() }

        if dryRun {
            console.out(PlanDescription.render(plan, file: pipeline))
            return SampleTrace.run(paths: inputs, format: inputFormat, pipeline: built, context: context, limit: 1)
        }

        let execution = DocumentRun(
            pipeline: built, definition: definition, items: collector.items,
            policy: onError ?? definition.onError, format: format ?? loaded.output.format, output: output,
            quarantine: quarantine ?? loaded.output.quarantinePath, includeText: loaded.output.includeText,
            title: definition.name ?? pipeline, jobs: jobs, stats: stats)
        return execution.execute(console: console)
    }
}

/// A live progress line on stderr, when it is a terminal.
struct ProgressLine {
    let console: Console
    private var shown = false

    init(console: Console) { self.console = console }

    mutating func update(documents: Int, bytes: Int, failed: Int, nanoseconds: UInt64) {
        guard console.stderrIsTerminal else { return }
        let seconds = max(Double(nanoseconds) / 1e9, 1e-9)
        let line = "\(documents) docs  \(Int(Double(documents) / seconds)) docs/s  \(RunStatistics.format(Double(bytes) / 1e6 / seconds, 1)) MB/s  \(failed) failed  \(Int(seconds))s"
        console.err("\r\u{1B}[K" + line)
        shown = true
    }

    mutating func clear() {
        guard shown else { return }
        console.err("\r\u{1B}[K")
        shown = false
    }
}

/// Turns the first Ctrl-C into a graceful stop (finish the documents in flight, write them) and a second
/// into an immediate exit that removes the run's temporary files and leaves the `-o` destination as it was.
final class InterruptHandler {
    private let source: any DispatchSourceSignal

    init(control: RunControl, console: Console, temporaryFiles: [String] = [], secondInterrupt: String = "") {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        self.source = source
        source.setEventHandler {
            // Two signals before the handler runs arrive as one event whose data is 2.
            if control.isStopRequested || source.data > 1 {
                for path in temporaryFiles { unlink(path) }
                if !secondInterrupt.isEmpty { console.err(secondInterrupt) }
                _exit(ExitStatus.interrupted.rawValue)
            }
            control.requestStop()
        }
        source.resume()
    }

    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
