import GlossBenchmarkSupport
import GlossCLI
import GlossCore
import GlossStages

#if canImport(Glibc)
import Glibc
#endif

/// Runs the measurements one after another, each in its own child process, and reports them.
struct Orchestrator {
    private let options: GlossBench
    private let selfPath: String
    private let jobs: Int
    private let workDirectory: String
    private let selection: Selection
    private var records: [MeasurementRecord] = []
    private var corpusPath = ""
    private var corpusDescription = ""
    /// Load averages (1, 5, 15 minutes) when the run started.
    private var loadAtStart = ""

    init(options: GlossBench) throws {
        self.options = options
        selfPath = try Files.executablePath()
        jobs = options.jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        workDirectory = options.workDirectory
        selection = Selection(only: options.only, skip: options.skip)
        try Files.makeDirectory(workDirectory)
    }

    mutating func run() throws {
        let registry = StageRegistry(StandardStages.all)
        let loaded = LoadedPipeline(path: options.pipeline, registry: registry, environment: ProcessEnvironment.variables)
        guard let plan = loaded.plan else {
            throw BenchError(loaded.diagnostics.map(\.description).joined(separator: "\n"))
        }
        try selection.check(labels: plan.steps.map(\.label))

        if let corpus = options.corpus {
            corpusPath = corpus
        } else {
            corpusPath = try generatedCorpus(megabytes: options.size)
        }
        let size = try CorpusSize(paths: [corpusPath])
        corpusDescription = "\(size.documents) documents, \(Statistics.format(Double(size.textBytes) / 1e6, 1)) MB of text"
            + (size.htmlDocuments > 0 ? " (\(size.htmlDocuments) HTML pages)" : "")
            + (options.corpus == nil ? ", generated (seed \(options.seed))" : ", from \(corpusPath)")
        Console.progress("corpus: \(corpusPath): \(corpusDescription)")
        loadAtStart = MachineLoad.loadAverages()
        Console.progress("machine: \(MachineLoad.machineDescription()); load averages \(loadAtStart)")

        if selection.includes("read") { try measureChild(.read) }
        for (index, step) in plan.steps.enumerated() where selection.includes(step.label, isStage: true) {
            // The first step sees the raw input, whose format matters (HTML costs more than text).
            if index == 0 && size.htmlDocuments > 0 && size.htmlDocuments < size.documents {
                try measureChild(.stage(index: index, subset: .text))
                try measureChild(.stage(index: index, subset: .html))
            } else {
                try measureChild(.stage(index: index, subset: .all))
            }
        }
        if selection.includes("write") { try measureChild(.write) }
        if selection.includes("pipeline") {
            try measureChild(.pipeline(jobs: 1))
            if jobs > 1 { try measureChild(.pipeline(jobs: jobs)) }
        }
        let needsGloss = ["gloss-run", "startup", "memory"].contains { selection.includes($0) }
        if needsGloss {
            let glossPath = try glossBinary()
            let process = ProcessMeasurement(
                glossPath: glossPath, pipeline: options.pipeline, workDirectory: workDirectory)
            if selection.includes("gloss-run") {
                for jobCount in jobs > 1 ? [1, jobs] : [1] {
                    emit(try process.run(
                        name: "gloss run", input: corpusPath, size: size, jobs: jobCount, runs: options.runs))
                }
            }
            if selection.includes("startup") {
                let short = try shortDocument()
                let shortSize = try CorpusSize(paths: [short])
                emit(try process.run(name: "start-up", input: short, size: shortSize, jobs: 1, runs: max(5, options.runs)))
            }
            if selection.includes("memory") {
                if options.corpus != nil {
                    emit(try process.run(name: "memory", input: corpusPath, size: size, jobs: jobs, runs: 1))
                } else {
                    for megabytes in memorySizes() {
                        let path = try generatedCorpus(megabytes: megabytes)
                        emit(try process.run(
                            name: "memory \(megabytes) MB", input: path, size: try CorpusSize(paths: [path]), jobs: jobs,
                            runs: 1))
                    }
                }
            }
        }
        let report = markdownReport()
        print("")
        print(report, terminator: "")
        if let markdown = options.markdown { try Files.write(Array(report.utf8), to: markdown) }
    }

    private func memorySizes() -> [Int] {
        options.memorySizes.split(separator: ",").compactMap { Int($0.filter { $0 != " " }) }.filter { $0 > 0 }
    }

    /// The generated corpus of `megabytes` MB, made once and kept in the work folder.
    private func generatedCorpus(megabytes: Int) throws -> String {
        let path = "\(workDirectory)/news-\(megabytes)mb-seed\(options.seed)-html\(options.htmlPercent)-v\(ScrapedNewsCorpus.version).jsonl"
        if Files.exists(path) { return path }
        Console.progress("generating \(megabytes) MB of scraped news from \(options.examples) into \(path) ...")
        let material = try SampleMaterial.load(directory: options.examples)
        let corpus = ScrapedNewsCorpus(material: material, seed: options.seed, htmlPercent: options.htmlPercent)
        let summary = try corpus.writeJSONLines(to: path, totalBytes: megabytes * 1_000_000)
        Console.progress("  \(summary.documents) documents (\(summary.htmlDocuments) HTML), \(summary.textBytes) bytes of text")
        return path
    }

    /// One short article of the examples (the first plain-text one), for the start-up measurement.
    private func shortDocument() throws -> String {
        let names = try Files.entries(of: options.examples).filter { $0.hasSuffix(".txt") }.sorted()
        guard let first = names.first else { throw BenchError("no .txt article in '\(options.examples)' for the start-up measurement") }
        return options.examples + "/" + first
    }

    /// The `gloss` binary: --gloss, or the one beside this program after `swift build -c release --product gloss`.
    private func glossBinary() throws -> String {
        if let gloss = options.gloss { return gloss }
        Console.progress("building gloss: swift build -c release --product gloss")
        // Its progress goes to stderr with ours: stdout carries only results.
        let build = try ChildProcess(
            ["/usr/bin/env", "swift", "build", "-c", "release", "--product", "gloss"], standardOutput: "/dev/stderr"
        ).run()
        guard build.status == 0 else { throw BenchError("`swift build -c release --product gloss` failed (exit \(build.status)); pass --gloss PATH") }
        let path = Files.directory(of: selfPath) + "/gloss"
        guard Files.exists(path) else { throw BenchError("no gloss binary at '\(path)'; pass --gloss PATH") }
        return path
    }

    private mutating func measureChild(_ spec: MeasurementSpec) throws {
        let resultPath = workDirectory + "/result.json"
        Files.remove(resultPath)
        let load = MachineLoad.oneMinuteAverage()
        let outcome = try ChildProcess([
            selfPath, "--measure", spec.text, "--corpus", corpusPath, "--pipeline", options.pipeline,
            "--runs", String(options.runs), "--result", resultPath,
        ]).run()
        guard outcome.status == 0, let bytes = Files.read(resultPath) else {
            throw BenchError("the measurement '\(spec.text)' failed (exit \(outcome.status))")
        }
        var record = try JSONValueDecoder().decode(MeasurementRecord.self, from: JSONParser.parse(bytes).0)
        record.peakRSS = outcome.peakRSS
        record.load = load
        emit(record)
    }

    private mutating func emit(_ record: MeasurementRecord) {
        records.append(record)
        print(record.jsonLine)
        fflush(nil)  // a reader of the JSON lines sees each measurement as it finishes
        Console.progress(
            "\(record.name) (\(record.jobs) job\(record.jobs == 1 ? "" : "s")): \(Statistics.format(record.megabytesPerSecond, 2)) MB/s, "
                + "\(Statistics.format(record.seconds, 3)) s, peak RSS \(Statistics.format(Double(record.peakRSS) / 1e6, 0)) MB, "
                + "other processes \(Statistics.format(record.otherCores, 2)) cores")
    }

    private func markdownReport() -> String {
        let arguments = CommandLine.arguments.dropFirst().map { $0.contains(" ") ? "'\($0)'" : $0 }
        var text = "Command: `swift run -c release gloss-bench\(arguments.isEmpty ? "" : " " + arguments.joined(separator: " "))`  \n"
        text += "Machine: \(MachineLoad.machineDescription()); load averages (1, 5, 15 min) \(loadAtStart) at the start, "
            + "\(MachineLoad.loadAverages()) at the end; \"other load\" is the cores other processes kept busy during each measurement  \n"
        text += "Corpus: \(corpusDescription); pipeline \(options.pipeline); medians of \(options.runs) run(s)\n\n"
        text += BenchmarkTable.markdown(records)
        return text
    }
}
