import GlossCore
import GlossIO

/// One `gloss run` (or `gloss render`) after the arguments are understood: streams the inputs through a
/// built pipeline into the chosen format, reports failures as they happen and the statistics at the end,
/// and turns the outcome into an exit status. The `-o` file is published only when the run completes (or
/// is interrupted: then it holds the documents finished before the interrupt, in input order).
struct DocumentRun {
    var pipeline: Pipeline
    var definition: PipelineDefinition
    var items: [InputItem]
    var policy: ErrorPolicy
    var format: OutputFormat
    /// The `-o` file; nil for stdout.
    var output: String?
    /// Where `on_error: quarantine` writes; nil for the default beside the output.
    var quarantine: String?
    var includeText: Bool
    /// The report's title (html).
    var title: String
    var jobs: Int
    var stats: StatsMode

    func execute(console: Console) -> ExitStatus {
        var writer: OutputWriter
        do {
            let target = try output.map { path in try OutputTarget.file(path) } ?? .standardOutput()
            var quarantineWriter: QuarantineWriter?
            if policy == .quarantine {
                let path = quarantine ?? output.map { $0 + ".quarantine.jsonl" } ?? "gloss-quarantine.jsonl"
                quarantineWriter = QuarantineWriter(target: try OutputTarget.file(path))
            }
            writer = format.makeWriter(target: target, quarantine: quarantineWriter, options: OutputWriterOptions(
                includeText: includeText, color: output == nil && console.colorOut,
                title: title, stages: pipeline.labels))
        } catch {
            console.error("\(error)")
            return .outputFailed
        }
        let recordLimit = definition.limits.maxDocumentBytes * 2 + (1 << 16)
        let control = RunControl()
        // A second Ctrl-C exits at once; the temporary files must not outlive it.
        let temporaryFiles = [writer.sink.target.temporaryPath, writer.sink.quarantine?.target.temporaryPath].compactMap { $0 }
        let interrupts = InterruptHandler(
            control: control, console: console, temporaryFiles: temporaryFiles,
            secondInterrupt: "gloss: interrupted twice: stopped at once\(output.map { "; '\($0)' was not written" } ?? "")\n")
        defer { interrupts.stop() }

        var progress = ProgressLine(console: console)
        var shownFailures = 0
        let report: RunReport
        do {
            report = try Runner(pipeline: pipeline, options: RunOptions(jobs: jobs, policy: policy)).run(
                source: {
                    InputSource(items: items, maximumRecordBytes: recordLimit, maximumFileBytes: definition.limits.maxDocumentBytes)
                },
                renderer: writer.renderer, sink: &writer.sink, control: control,
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
            writer.sink.abandon()
            console.error("\(error.message); stopped after \(error.report.documentsWritten) document(s)\(output.map { ", '\($0)' was not written" } ?? "")")
            return .outputFailed
        }
        progress.clear()

        if let failure = report.stoppedBy {
            writer.sink.abandon()
            console.error("stopped at document '\(failure.documentID)' (on_error: fail)\(output.map { "; '\($0)' was not written" } ?? ""). Use on_error: skip, quarantine or mark to go on past failures.")
            printStatistics(report, console: console)
            return .documentsFailed
        }
        do {
            try writer.sink.finish()
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
            if policy == .quarantine, let q = writer.sink.quarantine { where_ = "; they are in '\(q.target.path)'" }
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

