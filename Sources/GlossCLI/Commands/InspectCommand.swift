import ArgumentParser
import GlossCore
import GlossIO

struct InspectCommand: GlossSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Dry-run a pipeline: show the resolved plan and what each stage does to a sample.",
        discussion: """
            Shows every stage with every option (defaults filled in, changed ones marked), what it needs and
            what it adds. With --sample, runs the sample through the stages one at a time and shows what each
            added or changed. Nothing is written.
            """)

    @Argument(help: "The pipeline file.")
    var pipeline: String

    @Option(help: "A sample input (.txt, .html or .jsonl: the first record) to trace through the stages.")
    var sample: String?

    func execute(_ context: CommandContext) -> ExitStatus {
        let loaded = LoadedPipeline(path: pipeline, registry: context.registry, environment: context.environment)
        guard let plan = loaded.plan else {
            context.console.report(loaded.diagnostics)
            return .invalidPipeline
        }
        context.console.out(PlanDescription.render(plan, file: pipeline))
        guard let sample else { return .success }
        let built: Pipeline
        do {
            built = try plan.instantiate(context: StageContext(
                logger: context.logger, baseDirectory: loaded.directory, workers: 1, environment: context.environment))
        } catch {
            context.console.report(error.diagnostics)
            return .invalidPipeline
        }
        defer { built.finish() }
        return SampleTrace.run(paths: [sample], format: .auto, pipeline: built, context: context, limit: 1)
    }
}

/// Reads the first records of some inputs and traces them through a pipeline.
enum SampleTrace {
    static func run(paths: [String], format: InputFormat, pipeline: Pipeline, context: CommandContext, limit: Int) -> ExitStatus {
        let collector = InputCollector(paths: paths, format: format)
        if let missing = collector.missing.first {
            context.console.error("input '\(missing)' does not exist")
            return .inputMissing
        }
        var source = InputSource(items: collector.items)
        var traced = 0
        var failed = false
        do {
            while traced < limit, let record = try source.next() {
                traced += 1
                context.console.out("\n")
                do {
                    let document = try record.decode().document
                    let (text, stageFailed) = ChangeDescription.trace(document, through: pipeline)
                    context.console.out(text)
                    failed = failed || stageFailed
                } catch {
                    context.console.out("sample '\(record.origin)' could not be read: \(error.message)\n")
                    failed = true
                }
            }
        } catch {
            context.console.error("reading the sample failed: \(error)")
            return .inputMissing
        }
        if traced == 0 { context.console.out("\n(the sample holds no document)\n") }
        return failed ? .documentsFailed : .success
    }
}
