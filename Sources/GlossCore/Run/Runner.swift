import Dispatch
import Foundation
import Synchronization

/// How a ``Runner`` runs.
public struct RunOptions: Sendable {
    /// Worker threads processing documents (default: one per core).
    public var jobs: Int
    /// What to do with a failed document.
    public var policy: ErrorPolicy
    /// A batch closes at this many records...
    public var batchRecords: Int
    /// ... or at this many input bytes, whichever comes first.
    public var batchBytes: Int
    /// Batches in flight (read and not yet written) per worker. Bounds memory: roughly
    /// `jobs * batchesPerWorker * batchBytes` of input, whatever the size of the corpus.
    public var batchesPerWorker: Int

    public init(
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, policy: ErrorPolicy = .skip,
        batchRecords: Int = 64, batchBytes: Int = 1 << 20, batchesPerWorker: Int = 4
    ) {
        self.jobs = max(1, jobs)
        self.policy = policy
        self.batchRecords = max(1, batchRecords)
        self.batchBytes = max(1, batchBytes)
        self.batchesPerWorker = max(1, batchesPerWorker)
    }
}

/// A run stopped by something other than a document: the input or the output failed.
public struct RunError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public var message: String
    /// What the run did before it stopped.
    public var report: RunReport

    public var description: String { message }
}

/// Streams documents from a source through a pipeline on several threads and hands the results to a sink
/// in input order.
///
/// A reading thread splits the input into batches; `jobs` worker threads decode, process and render them;
/// the calling thread writes them in order. At most `jobs * batchesPerWorker` batches are in flight, so
/// memory stays flat however long the input is. Failures follow the ``ErrorPolicy``.
public struct Runner: Sendable {
    public let pipeline: Pipeline
    public var options: RunOptions

    public init(pipeline: Pipeline, options: RunOptions = RunOptions()) {
        self.pipeline = pipeline
        self.options = options
    }

    /// Runs every record of the source through the pipeline.
    ///
    /// - Parameters:
    ///   - makeSource: creates the source on the reading thread.
    ///   - renderer: renders each document on the worker threads.
    ///   - sink: receives rendered documents (and failures) in input order on this thread.
    ///   - control: lets another thread interrupt the run.
    ///   - onEvent: failures and progress, on this thread.
    /// - Returns: what happened. Failed documents do not throw; look at ``RunReport/documentsFailed`` and
    ///   ``RunReport/stoppedBy``.
    /// - Throws: ``RunError`` when the source or the sink fails.
    public func run<Renderer: DocumentRenderer, Sink: DocumentSink>(
        source makeSource: @escaping @Sendable () throws -> any DocumentSource,
        renderer: Renderer,
        sink: inout Sink,
        control: RunControl = RunControl(),
        onEvent: (RunEvent) -> Void = { _ in }
    ) throws(RunError) -> RunReport where Sink.Rendered == Renderer.Rendered {
        let started = MonotonicClock.nanoseconds()
        let shared = SharedRun<Renderer.Rendered>(
            jobs: options.jobs, window: options.jobs * options.batchesPerWorker, control: control)
        let workers = DispatchGroup()
        startReader(makeSource, shared: shared, control: control)
        for _ in 0..<options.jobs {
            workers.enter()
            let thread = Thread { [pipeline, options] in
                Self.work(pipeline: pipeline, renderer: renderer, policy: options.policy, shared: shared)
                workers.leave()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }

        var report = RunReport()
        report.jobs = options.jobs
        var fatal: String?
        var nextBatch = 0
        var lastProgress: UInt64 = 0
        writing: while true {
            guard let batch = shared.waitForBatch(nextBatch, control: control) else { break }
            nextBatch += 1
            for outcome in batch {
                report.documentsRead += 1
                report.inputBytes += outcome.inputBytes
                if outcome.repaired > 0 {
                    report.documentsRepaired += 1
                    report.sequencesRepaired += outcome.repaired
                }
                if let failure = outcome.failure {
                    report.documentsFailed += 1
                    if report.failures.count < RunReport.maximumKeptFailures { report.failures.append(failure) }
                    onEvent(.failed(failure))
                    if options.policy == .fail {
                        report.stoppedBy = failure
                        break writing
                    }
                    if outcome.rendered == nil {
                        do { try sink.failed(failure, record: outcome.record) } catch {
                            fatal = "could not record the failed document '\(failure.documentID)': \(error)"
                            break writing
                        }
                    }
                }
                if let rendered = outcome.rendered {
                    do { try sink.write(rendered, id: outcome.id) } catch {
                        fatal = "could not write document '\(outcome.id)': \(error)"
                        break writing
                    }
                    report.documentsWritten += 1
                    report.lastWrittenID = outcome.id
                }
            }
            do { try sink.flush() } catch {
                fatal = "could not write the output: \(error)"
                break writing
            }
            shared.batchWritten()
            let now = MonotonicClock.nanoseconds()
            if now - lastProgress > 100_000_000 {
                lastProgress = now
                onEvent(.progress(
                    documents: report.documentsRead, bytes: report.inputBytes, failed: report.documentsFailed,
                    nanoseconds: now - started))
            }
        }
        let readerError = shared.finishWriting()
        report.interrupted = control.isStopRequested && report.stoppedBy == nil && fatal == nil
        workers.wait()
        report.stages = zip(pipeline.labels, shared.timings()).map { ($0, $1) }
        report.nanoseconds = MonotonicClock.nanoseconds() - started
        if let fatal { throw RunError(message: fatal, report: report) }
        if let readerError, !report.interrupted, report.stoppedBy == nil {
            throw RunError(message: readerError, report: report)
        }
        return report
    }

    private func startReader<R>(
        _ makeSource: @escaping @Sendable () throws -> any DocumentSource, shared: SharedRun<R>, control: RunControl
    ) {
        let batchRecords = options.batchRecords
        let batchBytes = options.batchBytes
        let thread = Thread {
            do {
                var source = try makeSource()
                var batch: [InputRecord] = []
                var bytes = 0
                while !control.isStopRequested, !shared.isStopping, let record = try source.next() {
                    batch.append(record)
                    bytes += record.byteCount
                    if batch.count >= batchRecords || bytes >= batchBytes || !source.hasBufferedRecord {
                        guard shared.submit(batch) else { return }
                        batch = []
                        bytes = 0
                    }
                }
                if !batch.isEmpty, !control.isStopRequested { _ = shared.submit(batch) }
                shared.finishReading(error: nil)
            } catch {
                shared.finishReading(error: "reading the input failed: \(error)")
            }
        }
        thread.stackSize = 4 << 20
        thread.start()
    }

    private static func work<Renderer: DocumentRenderer>(
        pipeline: Pipeline, renderer: Renderer, policy: ErrorPolicy, shared: SharedRun<Renderer.Rendered>
    ) {
        var timings = [StageTiming](repeating: StageTiming(), count: pipeline.labels.count)
        while let (sequence, records) = shared.takeBatch() {
            var outcomes: [Outcome<Renderer.Rendered>] = []
            outcomes.reserveCapacity(records.count)
            for record in records {
                if shared.isStopping { break }
                outcomes.append(timings.withUnsafeMutableBufferPointer { buffer in
                    process(record, pipeline: pipeline, renderer: renderer, policy: policy, timings: buffer)
                })
            }
            shared.complete(sequence, outcomes)
        }
        shared.addTimings(timings)
    }

    private static func process<Renderer: DocumentRenderer>(
        _ record: InputRecord, pipeline: Pipeline, renderer: Renderer, policy: ErrorPolicy,
        timings: UnsafeMutableBufferPointer<StageTiming>
    ) -> Outcome<Renderer.Rendered> {
        var outcome = Outcome<Renderer.Rendered>(record: record, id: record.origin, inputBytes: record.byteCount)
        var document: Document
        do {
            let decoded = try record.decode()
            document = decoded.document
            outcome.repaired = decoded.repaired
            if decoded.repaired > 0 { document.meta["utf8_repaired"] = .integer(decoded.repaired) }
        } catch {
            outcome.failure = error
            if policy == .mark { outcome.rendered = markedPlaceholder(id: error.documentID, error: error, renderer: renderer) }
            return outcome
        }
        outcome.id = document.id
        do {
            // Only `mark` writes a failed document, so only `mark` needs it as the last good step left it.
            try pipeline.process(&document, timings: timings, keepingLastGoodState: policy == .mark)
        } catch {
            outcome.failure = error
            guard policy == .mark else { return outcome }
            document.error = error
        }
        do {
            outcome.rendered = try renderer.render(document)
        } catch {
            let failure = DocumentFailure(documentID: document.id, stage: "output", message: Pipeline.describe(error))
            outcome.failure = failure
            outcome.rendered = policy == .mark ? markedPlaceholder(id: document.id, error: failure, renderer: renderer) : nil
        }
        return outcome
    }

    /// What `mark` writes for a document that could not be read or rendered: its id and the error, so that
    /// every input still has its one output.
    private static func markedPlaceholder<Renderer: DocumentRenderer>(
        id: String, error: DocumentFailure, renderer: Renderer
    ) -> Renderer.Rendered? {
        var placeholder = Document(id: id, text: "")
        placeholder.error = error
        return try? renderer.render(placeholder)
    }
}

/// One processed record, on its way to the sink.
struct Outcome<Rendered: Sendable>: Sendable {
    var record: InputRecord
    var id: String
    var inputBytes: Int
    var repaired = 0
    var rendered: Rendered?
    var failure: DocumentFailure?

    init(record: InputRecord, id: String, inputBytes: Int) {
        self.record = record
        self.id = id
        self.inputBytes = inputBytes
    }
}

private enum WaitStep<Rendered: Sendable> {
    case ready([Outcome<Rendered>]), finished, wait
}

/// The state the reading thread, the workers and the writer share. Every access goes through the mutex;
/// the semaphores only wake threads up.
final class SharedRun<Rendered: Sendable>: Sendable {
    private struct State: ~Copyable {
        var pending: [(Int, [InputRecord])] = []
        var pendingHead = 0
        var submitted = 0
        var readingDone = false
        var readerError: String?
        var completed: [Int: [Outcome<Rendered>]] = [:]
        var stopping = false
        var timings: [StageTiming] = []
    }

    private let state = Mutex(State())
    private let workAvailable = DispatchSemaphore(value: 0)
    private let resultAvailable = DispatchSemaphore(value: 0)
    private let windowSlots: DispatchSemaphore
    private let window: Int
    private let jobs: Int
    private let control: RunControl

    init(jobs: Int, window: Int, control: RunControl) {
        self.jobs = jobs
        self.window = window
        self.control = control
        self.windowSlots = DispatchSemaphore(value: window)
    }

    /// Whether workers should drop what they have: the run stopped at a failure or the output failed.
    /// (An interrupt does not set it: the documents in flight are finished and written.)
    var isStopping: Bool { state.withLock { $0.stopping } }

    /// Reader: hands a batch to the workers, waiting for room in the window. False when the run is stopping.
    func submit(_ batch: [InputRecord]) -> Bool {
        windowSlots.wait()
        let accepted = state.withLock { state -> Bool in
            guard !state.stopping, !control.isStopRequested else { return false }
            state.pending.append((state.submitted, batch))
            state.submitted += 1
            return true
        }
        if accepted { workAvailable.signal() }
        return accepted
    }

    /// Reader: no more batches.
    func finishReading(error: String?) {
        state.withLock {
            $0.readingDone = true
            $0.readerError = error
        }
        for _ in 0..<jobs { workAvailable.signal() }
        resultAvailable.signal()
    }

    /// Worker: the next batch, or nil when there is none and will be none.
    func takeBatch() -> (Int, [InputRecord])? {
        while true {
            workAvailable.wait()
            let next = state.withLock { state -> (Int, [InputRecord])?? in
                if state.pendingHead < state.pending.count {
                    let batch = state.pending[state.pendingHead]
                    state.pending[state.pendingHead].1 = []
                    state.pendingHead += 1
                    if state.pendingHead > 64 && state.pendingHead * 2 > state.pending.count {
                        state.pending.removeFirst(state.pendingHead)
                        state.pendingHead = 0
                    }
                    return .some(batch)
                }
                return state.readingDone || state.stopping ? .some(nil) : nil
            }
            if let next { return next }
        }
    }

    /// Worker: a batch is done.
    func complete(_ sequence: Int, _ outcomes: [Outcome<Rendered>]) {
        state.withLock { $0.completed[sequence] = outcomes }
        resultAvailable.signal()
    }

    func addTimings(_ timings: [StageTiming]) {
        state.withLock { state in
            if state.timings.isEmpty { state.timings = timings } else {
                for index in timings.indices { state.timings[index].add(timings[index]) }
            }
        }
    }

    func timings() -> [StageTiming] { state.withLock { $0.timings } }

    /// Writer: the outcomes of batch `sequence`, waiting for them; nil when the input is exhausted or a
    /// stop was requested and everything in flight is written.
    func waitForBatch(_ sequence: Int, control: RunControl) -> [Outcome<Rendered>]? {
        while true {
            let step = state.withLock { state -> WaitStep<Rendered> in
                if let outcomes = state.completed.removeValue(forKey: sequence) { return .ready(outcomes) }
                if sequence >= state.submitted && (state.readingDone || control.isStopRequested) {
                    return .finished
                }
                return .wait
            }
            switch step {
            case .ready(let outcomes): return outcomes
            case .finished: return nil
            case .wait:
                _ = resultAvailable.wait(timeout: .now() + .milliseconds(100))
            }
        }
    }

    /// Writer: one batch written, its room in the window is free.
    func batchWritten() { windowSlots.signal() }

    /// Writer: done; wake everyone who waits so that the threads end. Returns the reader's error, if any.
    func finishWriting() -> String? {
        let error = state.withLock { state -> String? in
            state.stopping = true
            return state.readerError
        }
        for _ in 0..<(window + 1) { windowSlots.signal() }
        for _ in 0..<jobs { workAvailable.signal() }
        return error
    }
}

extension DocumentSource {
    public var hasBufferedRecord: Bool { false }
}
