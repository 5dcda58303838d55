import GlossCore

/// One measurement of the benchmark: what ran, on how much text, how fast, with how much memory, and how
/// busy the machine was meanwhile.
public struct MeasurementRecord: Sendable, Hashable, Codable {
    /// What was measured: a step label (`segment`, `clean (html)`), `read`, `write`, `pipeline`,
    /// `gloss run`, `start-up`, `memory 200 MB`.
    public var name: String
    /// Worker threads (1 for a stage alone).
    public var jobs: Int
    /// Bytes the measured work consumed (see ``bytesOf``).
    public var bytes: Int
    /// What ``bytes`` counts: `stage input text`, `raw input text`, `JSON output`, `JSON Lines input`.
    public var bytesOf: String
    /// Documents processed.
    public var documents: Int
    /// Wall-clock seconds of each run.
    public var runs: [Double]
    /// CPU seconds (user + system) of each run, when known.
    public var cpuRuns: [Double]
    /// Peak resident memory of the process that ran the measurement (bytes).
    public var peakRSS: Int
    /// Resident memory of that process just before the timed work (bytes; 0 when not known). For a stage
    /// measured alone it holds the corpus and the precomputed layers, which ``peakRSS`` includes too.
    public var baselineRSS: Int
    /// One-minute load average when the measurement started.
    public var load: Double
    /// Cores other processes kept busy during the measurement, on average (the machine's busy time minus
    /// the measured process's own CPU time, divided by the wall time).
    public var otherCores: Double
    /// Documents that failed.
    public var failures: Int

    /// A record; the machine-state fields can be filled in later by whoever ran the measurement.
    public init(
        name: String, jobs: Int, bytes: Int, bytesOf: String, documents: Int, runs: [Double], cpuRuns: [Double] = [],
        peakRSS: Int = 0, baselineRSS: Int = 0, load: Double = 0, otherCores: Double = 0, failures: Int = 0
    ) {
        self.name = name
        self.jobs = jobs
        self.bytes = bytes
        self.bytesOf = bytesOf
        self.documents = documents
        self.runs = runs
        self.cpuRuns = cpuRuns
        self.peakRSS = peakRSS
        self.baselineRSS = baselineRSS
        self.load = load
        self.otherCores = otherCores
        self.failures = failures
    }

    /// Median wall-clock seconds over the runs.
    public var seconds: Double { Statistics.median(runs) }
    /// Median CPU seconds, or nil.
    public var cpuSeconds: Double? { cpuRuns.isEmpty ? nil : Statistics.median(cpuRuns) }
    /// Megabytes (10^6 bytes) per wall-clock second, from the median time.
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }
    /// Megabytes per CPU-second (user + system, all threads), from the median CPU time: on a shared machine
    /// the fairer per-core figure, since time spent waiting for a core is not counted. Nil when unknown.
    public var megabytesPerCPUSecond: Double? {
        guard let cpuSeconds, cpuSeconds > 0 else { return nil }
        return Double(bytes) / 1e6 / cpuSeconds
    }
    /// Documents per wall-clock second, from the median time.
    public var documentsPerSecond: Double { seconds > 0 ? Double(documents) / seconds : 0 }

    /// The record as one line of JSON (keys sorted; no newline).
    public var jsonLine: String {
        var object: [String: JSONValue] = [
            "stage": .string(name), "jobs": .integer(jobs), "bytes": .integer(bytes), "bytes_of": .string(bytesOf),
            "docs": .integer(documents), "seconds": .double(Statistics.rounded(seconds, 4)),
            "mb_per_s": .double(Statistics.rounded(megabytesPerSecond, 3)),
            "docs_per_s": .double(Statistics.rounded(documentsPerSecond, 1)),
            "peak_rss_mb": .double(Statistics.rounded(Double(peakRSS) / 1e6, 1)),
            "runs": .array(runs.map { .double(Statistics.rounded($0, 4)) }),
            "load": .double(Statistics.rounded(load, 2)), "other_cores": .double(Statistics.rounded(otherCores, 2)),
        ]
        if let cpuSeconds { object["cpu_seconds"] = .double(Statistics.rounded(cpuSeconds, 4)) }
        if let perCPU = megabytesPerCPUSecond { object["mb_per_cpu_s"] = .double(Statistics.rounded(perCPU, 3)) }
        if baselineRSS > 0 { object["baseline_rss_mb"] = .double(Statistics.rounded(Double(baselineRSS) / 1e6, 1)) }
        if failures > 0 { object["failures"] = .integer(failures) }
        var writer = JSONWriter()
        writer.writeObject(object)
        return writer.string
    }
}
