import GlossBenchmarkSupport
import GlossCLI
import GlossCore
import GlossIO

/// The measurements a child process makes on itself: the corpus in memory, only the measured work timed.
struct InProcessMeasurement {
    let corpusPaths: [String]
    let loaded: LoadedPipeline
    let plan: PipelinePlan
    let registry: StageRegistry
    let runs: Int

    func measure(_ spec: MeasurementSpec) throws -> MeasurementRecord {
        switch spec {
        case .read: return try measureRead()
        case .stage(let index, let subset): return try measureStage(index, subset: subset)
        case .write: return try measureWrite()
        case .pipeline(let jobs): return try measurePipeline(jobs: jobs)
        }
    }

    private var context: StageContext { StageContext(baseDirectory: loaded.directory, workers: 1) }

    /// Times `body` `runs` times on the calling thread; returns wall and CPU seconds and the other
    /// processes' load over all runs.
    private func time(_ body: () throws -> Void) rethrows -> (wall: [Double], cpu: [Double], otherCores: Double) {
        var wall: [Double] = []
        var cpu: [Double] = []
        var otherBusy = 0.0
        for _ in 0..<runs {
            let busyBefore = MachineLoad.busySeconds()
            let cpuBefore = MachineLoad.processCPUSeconds()
            let started = MachineLoad.monotonicSeconds()
            try body()
            let seconds = MachineLoad.monotonicSeconds() - started
            let ownCPU = MachineLoad.processCPUSeconds() - cpuBefore
            wall.append(seconds)
            cpu.append(ownCPU)
            otherBusy += MachineLoad.otherCores(
                busyBefore: busyBefore, busyAfter: MachineLoad.busySeconds(), ownCPU: ownCPU, wall: seconds) * seconds
        }
        let total = wall.reduce(0, +)
        return (wall, cpu, total > 0 ? otherBusy / total : 0)
    }

    /// Like ``time(_:)``, but each run goes through the documents in batches of the runner's size and only
    /// the work on a batch is timed. The batch's copy is made before the clocks start and dropped, with all
    /// the stage made, after they stop: memory is reused from batch to batch as it is in `gloss run`,
    /// instead of the layers of the whole corpus piling up in fresh pages (which cost a fast stage such
    /// as `segment` a third of its time on 50 MB).
    private func timeInBatches<Batch>(
        count: Int, make: (Range<Int>) -> Batch, work: (inout Batch) -> Void
    ) -> (wall: [Double], cpu: [Double], otherCores: Double) {
        let size = RunOptions().batchRecords
        var wall: [Double] = []
        var cpu: [Double] = []
        var otherBusy = 0.0
        for _ in 0..<runs {
            var seconds = 0.0
            var ownCPU = 0.0
            let busyBefore = MachineLoad.busySeconds()
            let runCPUBefore = MachineLoad.processCPUSeconds()
            let runStarted = MachineLoad.monotonicSeconds()
            for start in stride(from: 0, to: count, by: size) {
                var batch = make(start..<min(start + size, count))
                let cpuBefore = MachineLoad.processCPUSeconds()
                let started = MachineLoad.monotonicSeconds()
                work(&batch)
                seconds += MachineLoad.monotonicSeconds() - started
                ownCPU += MachineLoad.processCPUSeconds() - cpuBefore
            }
            wall.append(seconds)
            cpu.append(ownCPU)
            // The other processes' load is taken over the whole run, the untimed copies included.
            let runSeconds = MachineLoad.monotonicSeconds() - runStarted
            let runCPU = MachineLoad.processCPUSeconds() - runCPUBefore
            otherBusy += MachineLoad.otherCores(
                busyBefore: busyBefore, busyAfter: MachineLoad.busySeconds(), ownCPU: runCPU, wall: runSeconds) * seconds
        }
        let total = wall.reduce(0, +)
        return (wall, cpu, total > 0 ? otherBusy / total : 0)
    }

    /// `documents` with their texts read once, so that a stage finds them in the cache the way it finds
    /// the text the previous stage just wrote in `gloss run`, not cold from a corpus of many megabytes.
    private static func warmed(_ documents: [Document]) -> [Document] {
        var sum: UInt8 = 0
        for document in documents {
            document.withUTF8 { bytes in
                for index in stride(from: 0, to: bytes.count, by: 64) { sum &+= bytes[index] }
            }
        }
        blackHole(sum)
        return documents
    }

    private func measureRead() throws -> MeasurementRecord {
        var documents = 0
        var bytes = 0
        let baseline = MachineLoad.residentBytes()
        let timing = try time {
            let collector = InputCollector(paths: corpusPaths)
            var source = InputSource(items: collector.items)
            documents = 0
            bytes = 0
            while let record = try source.next() {
                bytes += record.byteCount
                if (try? record.decode()) != nil { documents += 1 }
            }
        }
        return MeasurementRecord(
            name: "read", jobs: 1, bytes: bytes, bytesOf: "input records", documents: documents, runs: timing.wall,
            cpuRuns: timing.cpu, baselineRSS: baseline, otherCores: timing.otherCores)
    }

    /// Documents with the first `count` steps applied; those that fail a step are dropped and counted.
    private func precomputed(_ stages: [any Stage], count: Int, subset: MeasurementSpec.Subset) throws -> ([Document], Int) {
        let corpus = try LoadedCorpus(paths: corpusPaths, keepRecords: false, keepDocuments: true)
        var documents = corpus.documents.filter { document in
            switch subset {
            case .all: true
            case .html: LoadedCorpus.isHTML(document)
            case .text: !LoadedCorpus.isHTML(document)
            }
        }
        var failed = Set<Int>()
        for index in documents.indices {
            for stage in stages.prefix(count) {
                do { try stage.process(&documents[index]) } catch {
                    failed.insert(index)
                    break
                }
            }
        }
        if !failed.isEmpty { documents = documents.indices.filter { !failed.contains($0) }.map { documents[$0] } }
        return (documents, failed.count + corpus.unreadable)
    }

    private func measureStage(_ index: Int, subset: MeasurementSpec.Subset) throws -> MeasurementRecord {
        guard plan.steps.indices.contains(index) else { throw BenchError("the pipeline has no step \(index + 1)") }
        let stages = try plan.steps.prefix(index + 1).map { try StageFactory.make($0, registry: registry, context: context) }
        let (documents, failedEarlier) = try precomputed(stages, count: index, subset: subset)
        let stage = stages[index]
        let bytes = documents.reduce(0) { $0 + $1.byteCount }
        var failures = 0
        let baseline = MachineLoad.residentBytes()
        let timing = timeInBatches(count: documents.count, make: { Self.warmed(Array(documents[$0])) }) { batch in
            for position in batch.indices {
                do { try stage.process(&batch[position]) } catch { failures += 1 }
            }
        }
        failures /= runs
        let label = plan.steps[index].label
        return MeasurementRecord(
            name: subset == .all ? label : "\(label) (\(subset.rawValue))", jobs: 1, bytes: bytes,
            bytesOf: "stage input text", documents: documents.count, runs: timing.wall, cpuRuns: timing.cpu,
            baselineRSS: baseline, otherCores: timing.otherCores, failures: failures + failedEarlier)
    }

    private func measureWrite() throws -> MeasurementRecord {
        let stages = try plan.steps.map { try StageFactory.make($0, registry: registry, context: context) }
        let (documents, failed) = try precomputed(stages, count: stages.count, subset: .all)
        let renderer = JSONRenderer()
        var bytes = 0
        let baseline = MachineLoad.residentBytes()
        let timing = time {
            bytes = 0
            for document in documents { bytes += renderer.render(document).count }
        }
        return MeasurementRecord(
            name: "write", jobs: 1, bytes: bytes, bytesOf: "JSON output", documents: documents.count,
            runs: timing.wall, cpuRuns: timing.cpu, baselineRSS: baseline, otherCores: timing.otherCores, failures: failed)
    }

    private func measurePipeline(jobs: Int) throws -> MeasurementRecord {
        let corpus = try LoadedCorpus(paths: corpusPaths, keepRecords: true, keepDocuments: false)
        let records = corpus.records
        let pipeline = try plan.instantiate(context: StageContext(baseDirectory: loaded.directory, workers: jobs))
        defer { pipeline.finish() }
        let runner = Runner(pipeline: pipeline, options: RunOptions(jobs: jobs, policy: .skip))
        var failures = 0
        let baseline = MachineLoad.residentBytes()
        let timing = try time {
            var sink = DiscardingSink()
            let report = try runner.run(source: { RecordList(records: records) }, renderer: JSONRenderer(), sink: &sink)
            failures = report.documentsFailed
        }
        return MeasurementRecord(
            name: "pipeline", jobs: jobs, bytes: corpus.textBytes, bytesOf: "raw input text",
            documents: corpus.documentCount, runs: timing.wall, cpuRuns: timing.cpu, baselineRSS: baseline,
            otherCores: timing.otherCores, failures: failures)
    }
}

/// Records already in memory, as a runner's source.
struct RecordList: DocumentSource {
    let records: [InputRecord]
    var position = 0

    mutating func next() -> InputRecord? {
        guard position < records.count else { return nil }
        defer { position += 1 }
        return records[position]
    }

    var hasBufferedRecord: Bool { position < records.count }
}

/// A sink that keeps nothing: the pipeline measurement stops short of the file system.
struct DiscardingSink: DocumentSink {
    var bytes = 0

    mutating func write(_ rendered: [UInt8], id: String) throws { bytes += rendered.count }
}

/// Keeps a value alive so that the optimiser does not remove the work that made it.
@inline(never)
func blackHole<T>(_ value: T) {}
