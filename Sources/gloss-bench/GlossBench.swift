import ArgumentParser
import GlossBenchmarkSupport
import GlossCLI
import GlossCore
import GlossStages

#if canImport(Glibc)
import Glibc
#endif

/// `gloss-bench`: how fast each stage, the pipeline and `gloss run` are, and how much memory they take.
@main
struct GlossBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gloss-bench",
        abstract: "Measure every stage alone, the pipeline, and `gloss run` end to end, on generated scraped news or your own text.",
        discussion: """
            Run from the package root: swift run -c release gloss-bench
            Each measurement runs in a fresh child process (this program again, or the release `gloss`
            binary), so that its peak RSS is its own. One JSON line per measurement goes to stdout as it
            finishes, then a Markdown table. Measurements (for --only and --skip): read, the step labels of
            the pipeline (clean, segment, tag, ...), write, pipeline, gloss-run, startup, memory; `stages`
            means every step.
            """)

    @Option(help: "Megabytes of generated text (default 50).")
    var size = 50

    @Option(help: "Runs per measurement; the table shows medians (default 3).")
    var runs = 3

    @Option(help: "Only these measurements, comma-separated (e.g. stages,gloss-run).")
    var only: String?

    @Option(help: "Leave out these measurements, comma-separated (e.g. memory).")
    var skip: String?

    @Option(help: "Your own corpus instead of generated news: a JSON Lines file or a folder of .txt/.html files.")
    var corpus: String?

    @Option(help: "The pipeline file.")
    var pipeline = "Pipelines/news.yaml"

    @Option(help: "The sample articles the corpus is made from.")
    var examples = "Examples/articles"

    @Option(name: .customLong("work-dir"), help: "Where generated corpora and outputs go.")
    var workDirectory = ".build/gloss-bench"

    @Option(help: "The `gloss` binary to run (default: built with `swift build -c release --product gloss`).")
    var gloss: String?

    @Option(help: "Jobs for the all-cores measurements (default: the number of cores).")
    var jobs: Int?

    @Option(name: .customLong("memory-sizes"), help: "Corpus sizes in MB for the memory measurement (default 20,200).")
    var memorySizes = "20,200"

    @Option(help: "Seed of the generated corpus.")
    var seed: UInt64 = 2026

    @Option(name: .customLong("html-percent"), help: "Share of generated documents that are HTML pages (default 33).")
    var htmlPercent = 33

    @Option(help: "Also write the Markdown table (with the command and the machine) to this file.")
    var markdown: String?

    @Option(help: .hidden)
    var measure: String?

    @Option(help: .hidden)
    var result: String?

    func validate() throws {
        if size < 1 { throw ValidationError("--size must be at least 1 (MB)") }
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let measure, MeasurementSpec(measure) == nil { throw ValidationError("unknown measurement '\(measure)'") }
    }

    func run() throws {
        if let measure, let spec = MeasurementSpec(measure) {
            try runChild(spec)
        } else {
            var orchestrator = try Orchestrator(options: self)
            try orchestrator.run()
        }
    }

    /// The child side: measure, write the record to `--result`.
    private func runChild(_ spec: MeasurementSpec) throws {
        guard let corpus, let result else { throw ValidationError("--measure needs --corpus and --result") }
        let registry = StageRegistry(StandardStages.all)
        let loaded = LoadedPipeline(path: pipeline, registry: registry, environment: [:])
        guard let plan = loaded.plan else {
            throw ValidationError(loaded.diagnostics.map(\.description).joined(separator: "\n"))
        }
        let measurement = InProcessMeasurement(
            corpusPaths: [corpus], loaded: loaded, plan: plan, registry: registry, runs: runs)
        let record = try measurement.measure(spec)
        var writer = JSONWriter()
        writer.write(try JSONValueEncoder().encode(record))
        try Files.write(writer.bytes, to: result)
    }
}
