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

    @Option(help: "Output format: jsonl (default), json. Overrides the pipeline's output.format.")
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

        let policy = onError ?? definition.onError
        let format = self.format ?? loaded.output.format
        let sink: StreamSink
        do {
            let target = try output.map { path in try OutputTarget.file(path) } ?? .standardOutput()
            var quarantineWriter: QuarantineWriter?
            if policy == .quarantine {
                let path = quarantine ?? loaded.output.quarantinePath ?? output.map { $0 + ".quarantine.jsonl" } ?? "gloss-quarantine.jsonl"
                quarantineWriter = QuarantineWriter(target: try OutputTarget.file(path))
            }
            sink = StreamSink(target: target, framing: format == .json ? .array : .lines, quarantine: quarantineWriter)
        } catch {
            console.error("\(error)")
            return .outputFailed
        }
        let renderer = JSONRenderer(options: .init(includeText: loaded.output.includeText))
        let items = collector.items
        let recordLimit = definition.limits.maxDocumentBytes * 2 + (1 << 16)
        let control = RunControl()
        let interrupts = InterruptHandler(control: control, console: console)
        defer { interrupts.stop() }

        var progress = ProgressLine(console: console)
        var shownFailures = 0
        var mutableSink = sink
        let report: RunReport
        do {
            report = try Runner(pipeline: built, options: RunOptions(jobs: jobs, policy: policy)).run(
                source: { InputSource(items: items, maximumRecordBytes: recordLimit) },
                renderer: renderer, sink: &mutableSink, control: control,
                onEvent: { event in
                    switch event {
                    case .failed(let failure):
                        progress.clear()
                        if shownFailures < Self.maximumShownFailures {
                            console.err("gloss: document '\(failure.documentID)' failed in stage '\(failure.stage)': \(failure.message)\(policy == .fail ? "" : " (\(Self.verb(policy)))")\n")
                        } else if shownFailures == Self.maximumShownFailures {
                            console.err("gloss: further failures are counted but not shown\(policy == .quarantine ? "; all are in the quarantine file" : "")\n")
                        }
                        shownFailures += 1
                    case .progress(let documents, let bytes, let failed, let nanoseconds):
                        progress.update(documents: documents, bytes: bytes, failed: failed, nanoseconds: nanoseconds)
                    }
                })
        } catch {
            progress.clear()
            mutableSink.abandon()
            console.error("\(error.message); stopped after \(error.report.documentsWritten) document(s)\(output.map { ", '\($0)' was not written" } ?? "")")
            return .outputFailed
        }
        progress.clear()

        if let failure = report.stoppedBy {
            mutableSink.abandon()
            console.error("stopped at document '\(failure.documentID)' (on_error: fail)\(output.map { "; '\($0)' was not written" } ?? ""). Use on_error: skip, quarantine or mark to go on past failures.")
            printStatistics(report, console: console)
            return .documentsFailed
        }
        do {
            try mutableSink.finish()
        } catch {
            console.error("\(error)")
            return .outputFailed
        }
        printStatistics(report, console: console)
        if report.interrupted {
            let last = report.lastWrittenID.map { ", the last is '\($0)'" } ?? ""
            console.err("gloss: interrupted: \(report.documentsWritten) document(s) written in input order\(last)\(output.map { " (in '\($0)')" } ?? "")\n")
            return .interrupted
        }
        if report.documentsFailed > 0 {
            var where_ = ""
            if policy == .quarantine, let q = mutableSink.quarantine { where_ = "; they are in '\(q.target.path)'" }
            console.err("gloss: \(report.documentsFailed) of \(report.documentsRead) document(s) failed (\(Self.verb(policy)))\(where_)\n")
            return .documentsFailed
        }
        return .success
    }

    private static let maximumShownFailures = 1000

    private static func verb(_ policy: ErrorPolicy) -> String {
        switch policy {
        case .fail: return "stopped"
        case .skip: return "skipped"
        case .quarantine: return "quarantined"
        case .mark: return "written with an error member"
        }
    }

    private func printStatistics(_ report: RunReport, console: Console) {
        var summary = "gloss: \(report.documentsRead) document(s), \(report.documentsWritten) written, \(report.documentsFailed) failed, "
        summary += "\(RunStatistics.format(Double(report.inputBytes) / 1e6, 2)) MB in \(RunStatistics.format(report.seconds, 2)) s with \(report.jobs) job(s)"
        if report.documentsRepaired > 0 {
            summary += "; invalid UTF-8 replaced with U+FFFD in \(report.documentsRepaired) document(s) (meta.utf8_repaired)"
        }
        switch stats {
        case .table: console.err(summary + "\n" + RunStatistics.table(report))
        case .json: console.err(RunStatistics.json(report))
        case .none: break
        }
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
/// into an immediate exit.
final class InterruptHandler {
    private let source: any DispatchSourceSignal

    init(control: RunControl, console: Console) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if control.isStopRequested { _exit(ExitStatus.interrupted.rawValue) }
            control.requestStop()
        }
        source.resume()
        _ = console
    }

    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
