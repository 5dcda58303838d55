import GlossBenchmarkSupport
import GlossCore

/// Measures the real `gloss run` process: start-up and model loading, reading, every stage, JSON writing
/// to a file. One fresh process per run; the peak RSS is the largest over the runs.
struct ProcessMeasurement {
    let glossPath: String
    let pipeline: String
    let workDirectory: String

    func run(name: String, input: String, size: CorpusSize, jobs: Int, runs: Int) throws -> MeasurementRecord {
        let output = workDirectory + "/gloss-run-output.jsonl"
        let statistics = workDirectory + "/gloss-run-stats.json"
        let load = MachineLoad.oneMinuteAverage()
        var wall: [Double] = []
        var cpu: [Double] = []
        var peak = 0
        var otherBusy = 0.0
        var failures = 0
        for _ in 0..<runs {
            let outcome = try ChildProcess(
                [glossPath, "run", pipeline, input, "-o", output, "--jobs", String(jobs), "--stats", "json"],
                standardOutput: "/dev/null", standardError: statistics
            ).run()
            // 65: some documents failed, which the statistics count; anything else is a failed run.
            guard outcome.status == 0 || outcome.status == 65 else {
                let message = Files.read(statistics).map { String(decoding: $0, as: UTF8.self) } ?? ""
                throw BenchError("`gloss run` exited with \(outcome.status): \(message)")
            }
            failures = Self.failedDocuments(statistics)
            wall.append(outcome.seconds)
            cpu.append(outcome.cpuSeconds)
            peak = max(peak, outcome.peakRSS)
            otherBusy += outcome.otherCores * outcome.seconds
        }
        Files.remove(output)
        let total = wall.reduce(0, +)
        return MeasurementRecord(
            name: name, jobs: jobs, bytes: size.textBytes, bytesOf: "raw input text", documents: size.documents,
            runs: wall, cpuRuns: cpu, peakRSS: peak, load: load, otherCores: total > 0 ? otherBusy / total : 0,
            failures: failures)
    }

    /// `documents_failed` from the last line of `gloss run --stats json`'s stderr.
    private static func failedDocuments(_ path: String) -> Int {
        guard let bytes = Files.read(path) else { return 0 }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix("{") }),
              let value = try? JSONParser.parse(String(line))
        else { return 0 }
        return value["documents_failed"]?.integerValue ?? 0
    }
}
