import ArgumentParser
import GlossCore
import GlossIO

struct RenderCommand: GlossSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write documents that already carry layers (a run's JSON Lines output) in another format.",
        discussion: """
            Runs no stage: each JSON Lines record is read with its layers (sentences, tokens, entities,
            quotes, summary, ext) and written as it is. For example:
              gloss run Pipelines/news.yaml Examples/articles -o news.jsonl
              gloss render news.jsonl --format html -o report.html
            """)

    @Argument(help: "JSON Lines files (or folders of them), or '-' for stdin.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    @Option(help: "Output format: html (default), pretty, conllu, json, jsonl.")
    var format: OutputFormat = .html

    @Option(help: "The report's title (html).")
    var title = "Gloss report"

    @Option(name: [.customShort("j"), .long], help: "Documents processed in parallel (default: one per core).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func execute(_ context: CommandContext) -> ExitStatus {
        let collector = InputCollector(paths: inputs, format: .jsonl)
        for missing in collector.missing { context.console.error("input '\(missing)' does not exist") }
        if !collector.missing.isEmpty { return .inputMissing }
        for warning in collector.warnings { context.console.warning(warning) }
        let definition = PipelineDefinition(file: "<render>", stages: [])
        let pipeline: Pipeline
        do {
            pipeline = try PipelinePlan(definition, registry: context.registry).instantiate(context: StageContext(logger: context.logger))
        } catch {
            context.console.report(error.diagnostics)
            return .invalidPipeline
        }
        let run = DocumentRun(
            pipeline: pipeline, definition: definition, items: collector.items, policy: .skip, format: format,
            output: output, quarantine: nil, includeText: true, title: title, jobs: jobs ?? RunOptions().jobs,
            stats: .none)
        return run.execute(console: context.console)
    }
}
