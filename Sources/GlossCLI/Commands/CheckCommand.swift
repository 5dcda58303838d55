import ArgumentParser
import GlossCore

struct CheckCommand: GlossSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate pipeline files without reading any input.",
        discussion: """
            Prints every problem as file:line:col: error: message, all at once, then builds each stage
            (loading its models) to catch problems that only show then. Exits 78 if any file is invalid.
            """)

    @Argument(help: "Pipeline files to check.")
    var pipelines: [String]

    @Flag(name: .customLong("no-load"), help: "Check the files only; do not build the stages (no model is loaded).")
    var noLoad = false

    func execute(_ context: CommandContext) -> ExitStatus {
        var invalid = 0
        for path in pipelines {
            let loaded = LoadedPipeline(path: path, registry: context.registry, environment: context.environment)
            guard let plan = loaded.plan else {
                context.console.report(loaded.diagnostics)
                invalid += 1
                continue
            }
            if !noLoad {
                do {
                    let pipeline = try plan.instantiate(context: StageContext(
                        logger: context.logger, baseDirectory: loaded.directory, workers: 1, environment: context.environment))
                    pipeline.finish()
                } catch {
                    context.console.report(error.diagnostics)
                    invalid += 1
                    continue
                }
            }
            let steps = plan.steps.map(\.label).joined(separator: " → ")
            context.console.out("\(path): ok (\(plan.steps.count) stage\(plan.steps.count == 1 ? "" : "s"): \(steps))\n")
        }
        if invalid > 0 {
            context.console.err("\(invalid) of \(pipelines.count) pipeline file\(pipelines.count == 1 ? "" : "s") invalid\n")
            return .invalidPipeline
        }
        return .success
    }
}
