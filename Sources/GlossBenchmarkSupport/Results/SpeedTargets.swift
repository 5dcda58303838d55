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
    /// Other processes' average busy cores above which a wall-clock speed-up is not judged.
    public static let busyMachineCores = 0.25

    /// The target a record is held to and whether it is met, for the table; empty when none applies.
    ///
    /// Speeds are targets per core, so they are judged on MB per CPU-second (time spent waiting for a
    /// core on a shared machine does not count); the wall-clock verdict is added when it differs. A
    /// speed-up over one job is judged on wall clock only when the other processes left the cores free,
    /// and is always shown beside the CPU-time figure `jobs × cpu(1 job) / cpu(N jobs)`: the speed-up
    /// the extra jobs would give on free cores if nothing but their own work held them back.
    ///
    /// Names are those ``BenchmarkTable`` rows use: step labels, `gloss run`, `start-up`, `memory ...`.
    public static func verdict(_ record: MeasurementRecord, among records: [MeasurementRecord]) -> String {
        if let target = stageMegabytesPerSecond[record.name], record.jobs == 1 {
            return speed(record, target: target)
        }
        switch record.name {
        case "gloss run" where record.jobs == 1:
            return speed(record, target: endToEndMegabytesPerSecond)
        case "gloss run":
            return scaling(record, among: records, target: parallelSpeedUp)
        case "pipeline" where record.jobs > 1:
            return scaling(record, among: records, target: nil)
        case "start-up":
            return startup(record)
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

    /// The speed-up of `record` over the one-job record of the same name, on wall clock and on CPU time.
    public static func speedUps(_ record: MeasurementRecord, among records: [MeasurementRecord]) -> (wall: Double, cpu: Double?)? {
        guard let single = records.first(where: { $0.name == record.name && $0.jobs == 1 }), single.seconds > 0,
              record.seconds > 0
        else { return nil }
        let wall = single.seconds / record.seconds * Double(record.bytes) / Double(max(single.bytes, 1))
        var cpu: Double?
        if let one = single.cpuSeconds, let many = record.cpuSeconds, one > 0, many > 0 {
            cpu = Double(record.jobs) * one / many * Double(record.bytes) / Double(max(single.bytes, 1))
        }
        return (wall, cpu)
    }

    private static func mark(_ met: Bool) -> String { met ? "met" : "**not met**" }

    private static func speed(_ record: MeasurementRecord, target: Double) -> String {
        let head = "≥ \(Statistics.format(target, target < 10 ? 1 : 0)) MB/s"
        guard let perCPU = record.megabytesPerCPUSecond else {
            return head + ": " + mark(record.megabytesPerSecond >= target)
        }
        let onCPU = perCPU >= target
        let onWall = record.megabytesPerSecond >= target
        return head + " per CPU-s: " + mark(onCPU) + (onWall == onCPU ? "" : " (wall clock: \(mark(onWall)))")
    }

    /// Start-up is judged on the wall clock, which is what a user waits; the CPU time beside it tells a
    /// slow start from a busy machine.
    private static func startup(_ record: MeasurementRecord) -> String {
        var text = "≤ \(Statistics.format(startupSeconds, 1)) s: \(mark(record.seconds <= startupSeconds))"
        if let cpu = record.cpuSeconds, record.otherCores > busyMachineCores {
            text += " (CPU \(Statistics.format(cpu, 2)) s; other processes kept \(Statistics.format(record.otherCores, 2)) cores busy)"
        }
        return text
    }

    private static func scaling(_ record: MeasurementRecord, among records: [MeasurementRecord], target: Double?) -> String {
        guard let (wall, cpu) = speedUps(record, among: records) else { return "" }
        var text = target.map { "≥ \(Statistics.format($0, 1))× 1 job; " } ?? "speed-up "
        text += "wall \(Statistics.format(wall, 2))×"
        if let cpu { text += ", CPU-time \(Statistics.format(cpu, 2))×" }
        guard let target else { return text }
        let single = records.first { $0.name == record.name && $0.jobs == 1 }
        let busy = max(record.otherCores, single?.otherCores ?? 0)
        if busy > busyMachineCores {
            let onCPU = cpu.map { ": CPU-time \(mark($0 >= target))" } ?? ""
            return text + onCPU + "; wall not judged, other processes kept \(Statistics.format(busy, 2)) cores busy"
        }
        return text + ": " + mark(wall >= target)
    }
}
