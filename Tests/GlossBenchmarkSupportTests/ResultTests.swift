import GlossBenchmarkSupport
import GlossCore
import Testing

@Test(arguments: [([3.0, 1.0, 2.0], 2.0), ([4.0, 1.0, 3.0, 2.0], 2.5), ([], 0.0), ([5.0], 5.0)])
func medians(values: [Double], median: Double) {
    #expect(Statistics.median(values) == median)
}

@Test(arguments: [(2.5, 2, "2.50"), (123.456, 1, "123.5"), (0.0004, 3, "0.000"), (7.0, 0, "7"), (1.05, 1, "1.1")])
func formatting(value: Double, decimals: Int, text: String) {
    #expect(Statistics.format(value, decimals) == text)
}

/// A record whose median wall time is `seconds` and median CPU time `cpu` (default 0.8 × `seconds`).
private func record(
    _ name: String, jobs: Int = 1, megabytes: Double, seconds: Double, cpu: Double? = nil, rss: Int = 0, other: Double = 0
) -> MeasurementRecord {
    MeasurementRecord(
        name: name, jobs: jobs, bytes: Int(megabytes * 1e6), bytesOf: "raw input text", documents: 100,
        runs: [seconds, seconds * 2, seconds * 0.5], cpuRuns: cpu.map { [$0, $0 * 2, $0 * 0.5] } ?? [seconds * 0.8, seconds, seconds * 0.5],
        peakRSS: rss, otherCores: other)
}

@Test func stageTargetsAreJudgedPerCPUSecond() {
    let records = [record("segment", megabytes: 50, seconds: 0.25), record("tag", megabytes: 50, seconds: 25)]
    #expect(SpeedTargets.verdict(records[0], among: records) == "≥ 100 MB/s per CPU-s: met")
    #expect(SpeedTargets.verdict(records[1], among: records) == "≥ 3.0 MB/s per CPU-s: **not met**")
    // 2.5 MB/s on the wall clock while waiting for a core, 3.1 MB per CPU-second.
    let waiting = record("tag", megabytes: 50, seconds: 20)
    #expect(SpeedTargets.verdict(waiting, among: [waiting]) == "≥ 3.0 MB/s per CPU-s: met (wall clock: **not met**)")
    #expect(SpeedTargets.verdict(record("read", megabytes: 1, seconds: 1), among: records) == "")
}

@Test func parallelSpeedUpIsJudgedOnWallClockOnlyOnAnIdleMachine() {
    let single = record("gloss run", megabytes: 50, seconds: 20, cpu: 20)
    let fast = record("gloss run", jobs: 2, megabytes: 50, seconds: 11, cpu: 21)
    let slow = record("gloss run", jobs: 2, megabytes: 50, seconds: 16, cpu: 21)
    let busy = record("gloss run", jobs: 2, megabytes: 50, seconds: 16, cpu: 21, other: 0.9)
    let wasteful = record("gloss run", jobs: 2, megabytes: 50, seconds: 16, cpu: 30, other: 0.9)
    #expect(SpeedTargets.verdict(single, among: [single]) == "≥ 2.0 MB/s per CPU-s: met")
    #expect(SpeedTargets.verdict(fast, among: [single, fast]) == "≥ 1.7× 1 job; wall 1.82×, CPU-time 1.90×: met")
    #expect(SpeedTargets.verdict(slow, among: [single, slow]) == "≥ 1.7× 1 job; wall 1.25×, CPU-time 1.90×: **not met**")
    #expect(SpeedTargets.verdict(busy, among: [single, busy])
        == "≥ 1.7× 1 job; wall 1.25×, CPU-time 1.90×: CPU-time met; wall not judged, other processes kept 0.90 cores busy")
    #expect(SpeedTargets.verdict(wasteful, among: [single, wasteful])
        == "≥ 1.7× 1 job; wall 1.25×, CPU-time 1.33×: CPU-time **not met**; wall not judged, other processes kept 0.90 cores busy")
    let pipeline = record("pipeline", megabytes: 50, seconds: 20, cpu: 20)
    let pipelineTwo = record("pipeline", jobs: 2, megabytes: 50, seconds: 10, cpu: 20)
    #expect(SpeedTargets.verdict(pipelineTwo, among: [single, pipeline, pipelineTwo]) == "speed-up wall 2.00×, CPU-time 2.00×")
}

@Test func memoryAndStartUpTargets() {
    let small = record("memory 20 MB", jobs: 2, megabytes: 20, seconds: 5, rss: 80_000_000)
    let large = record("memory 200 MB", jobs: 2, megabytes: 200, seconds: 50, rss: 130_000_000)
    #expect(SpeedTargets.verdict(small, among: [small, large]) == "≤ 150 MB: met")
    #expect(SpeedTargets.verdict(large, among: [small, large]) == "≤ 150 MB: met; ≤ 1.5× 20 MB: 1.63×, **not met**")
    #expect(SpeedTargets.verdict(record("start-up", megabytes: 0.002, seconds: 0.2), among: []) == "≤ 0.3 s: met")
    let waiting = record("start-up", megabytes: 0.002, seconds: 0.75, cpu: 0.12, other: 1.8)
    #expect(SpeedTargets.verdict(waiting, among: []) == "≤ 0.3 s: **not met** (CPU 0.12 s; other processes kept 1.80 cores busy)")
}

@Test func theTableHasARowPerMeasurement() {
    let records = [record("segment", megabytes: 50, seconds: 0.25, rss: 300_000_000), record("gloss run", megabytes: 50, seconds: 20)]
    let lines = BenchmarkTable.markdown(records).split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[0].hasPrefix("| measurement | jobs | MB |"))
    #expect(lines[2] == "| segment | 1 | 50.0 | 100 | 0.250 | 200.0 | 250.0 | 400 | 300 | 0.00 | ≥ 100 MB/s per CPU-s: met |")
    #expect(lines[3] == "| gloss run | 1 | 50.0 | 100 | 20.0 | 2.50 | 3.13 | 5 |  | 0.00 | ≥ 2.0 MB/s per CPU-s: met |")
}

@Test func aRecordIsOneJSONLineAndSurvivesTheTripToTheParent() throws {
    let original = record("segment", megabytes: 50, seconds: 0.25, rss: 300_000_000)
    let line = original.jsonLine
    #expect(!line.contains("\n"))
    let parsed = try JSONParser.parse(line)
    #expect(parsed["stage"] == "segment")
    #expect(parsed["mb_per_s"]?.doubleValue == 200)
    #expect(parsed["docs_per_s"]?.doubleValue == 400)
    #expect(parsed["peak_rss_mb"]?.doubleValue == 300)
    #expect(parsed["mb_per_cpu_s"]?.doubleValue == 250)
    #expect(parsed["jobs"] == .integer(1))
    var writer = JSONWriter()
    writer.write(try JSONValueEncoder().encode(original))
    let decoded = try JSONValueDecoder().decode(MeasurementRecord.self, from: JSONParser.parse(writer.string))
    #expect(decoded == original)
}

@Test func childProcessesReportTheirStatusAndMemory() throws {
    let success = try ChildProcess(["/bin/sh", "-c", "exit 0"]).run()
    #expect(success.status == 0)
    #expect(success.peakRSS > 0)
    #expect(try ChildProcess(["/bin/sh", "-c", "exit 3"]).run().status == 3)
    #expect(try ChildProcess(["/bin/sh", "-c", "kill -9 $$"]).run().status == 137)
    #expect(throws: SpawnError.self) { try ChildProcess(["/nonexistent/program"]).run() }
}
