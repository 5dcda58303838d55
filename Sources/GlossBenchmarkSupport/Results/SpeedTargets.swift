/// The project's speed and memory targets (issue 9), and how a measurement compares with them.
public enum SpeedTargets {
    /// Minimum MB/s of each stage alone on one core, by step label. A new stage is one line here.
    public static let stageMegabytesPerSecond: [String: Double] = [
        "clean (text)": 300,
        "segment": 100,
        "tag": 3,
        "attribute": 20,
        "summarize": 10,
    ]
    /// Minimum MB/s of `gloss run` with the news pipeline, one job, JSON written.
    public static let endToEndMegabytesPerSecond = 2.0
    /// Minimum speed-up of `gloss run` with all cores (2 here) over one job, when the cores are free.
    public static let parallelSpeedUp = 1.7
    /// Longest start-up: load the pipeline and models, process one short document.
    public static let startupSeconds = 0.3
    /// Largest peak RSS of `gloss run` on the big corpus, as a multiple of its peak on the small one.
    public static let memoryGrowth = 1.5
    /// Largest peak RSS of `gloss run`, models included.
    public static let memoryCeilingBytes = 150_000_000
    /// Other processes' average busy cores above which a speed-up is not claimed.
    public static let busyMachineCores = 0.25

    /// The target a record is held to and whether it is met, for the table; empty when none applies.
    ///
    /// Names are those ``BenchmarkTable`` rows use: step labels, `gloss run`, `start-up`, `memory ...`.
    public static func verdict(_ record: MeasurementRecord, among records: [MeasurementRecord]) -> String {
        func mark(_ met: Bool) -> String { met ? "met" : "**not met**" }
        if let target = stageMegabytesPerSecond[record.name], record.jobs == 1 {
            return "≥ \(Statistics.format(target, target < 10 ? 1 : 0)) MB/s: \(mark(record.megabytesPerSecond >= target))"
        }
        switch record.name {
        case "gloss run" where record.jobs == 1:
            return "≥ \(Statistics.format(endToEndMegabytesPerSecond, 0)) MB/s: \(mark(record.megabytesPerSecond >= endToEndMegabytesPerSecond))"
        case "gloss run":
            guard let single = records.first(where: { $0.name == "gloss run" && $0.jobs == 1 }), single.megabytesPerSecond > 0 else {
                return ""
            }
            let speedUp = record.megabytesPerSecond / single.megabytesPerSecond
            let text = "≥ \(Statistics.format(parallelSpeedUp, 1))× 1 job; \(Statistics.format(speedUp, 2))×"
            let busy = max(record.otherCores, single.otherCores)
            if busy > busyMachineCores {
                return text + ": not judged, other processes kept \(Statistics.format(busy, 2)) cores busy"
            }
            return text + ": " + mark(speedUp >= parallelSpeedUp)
        case "start-up":
            return "≤ \(Statistics.format(startupSeconds, 1)) s: \(mark(record.seconds <= startupSeconds))"
        default:
            break
        }
        if record.name.hasPrefix("memory") {
            var text = "≤ \(memoryCeilingBytes / 1_000_000) MB: \(mark(record.peakRSS <= memoryCeilingBytes))"
            let memoryRecords = records.filter { $0.name.hasPrefix("memory") }
            if let smallest = memoryRecords.min(by: { $0.bytes < $1.bytes }), smallest.bytes < record.bytes, smallest.peakRSS > 0 {
                let growth = Double(record.peakRSS) / Double(smallest.peakRSS)
                text += "; ≤ \(Statistics.format(memoryGrowth, 1))× \(smallest.name.dropFirst("memory ".count)): \(Statistics.format(growth, 2))×, \(mark(growth <= memoryGrowth))"
            }
            return text
        }
        return ""
    }
}
