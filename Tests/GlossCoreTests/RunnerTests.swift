import Synchronization
import Testing
@testable import GlossCore

/// A source of `count` JSON Lines records; every `failEvery`-th one says FAIL, every `malformedEvery`-th is not JSON.
struct CountingSource: DocumentSource {
    let count: Int
    var failEvery = 0
    var malformedEvery = 0
    var index = 0

    init(count: Int, failEvery: Int = 0, malformedEvery: Int = 0) {
        self.count = count
        self.failEvery = failEvery
        self.malformedEvery = malformedEvery
    }

    var hasBufferedRecord: Bool { true }

    mutating func next() throws -> InputRecord? {
        guard index < count else { return nil }
        index += 1
        if malformedEvery > 0 && index % malformedEvery == 0 {
            return InputRecord(origin: "mem:\(index)", payload: .jsonLine(Array("{\"id\": \"d\(index)\", \"text\": ".utf8)))
        }
        let fail = failEvery > 0 && index % failEvery == 0 ? " FAIL" : ""
        let line = "{\"id\": \"d\(index)\", \"text\": \"document number \(index) with some words\(fail)\"}"
        return InputRecord(origin: "mem:\(index)", payload: .jsonLine(Array(line.utf8)))
    }
}

struct IDRenderer: DocumentRenderer {
    func render(_ document: Document) -> String {
        document.id + ":" + String(document.tokens?.count ?? -1) + (document.error.map { " error=" + $0.stage } ?? "")
    }
}

struct CollectingSink: DocumentSink {
    var written: [String] = []
    var failed: [String] = []
    var flushes = 0

    mutating func write(_ rendered: String, id: String) throws { written.append(rendered) }
    mutating func failed(_ failure: DocumentFailure, record: InputRecord) throws { failed.append(failure.documentID + "@" + failure.stage) }
    mutating func flush() throws { flushes += 1 }
}

@Suite struct RunnerTests {
    func pipeline() throws -> Pipeline {
        try PipelinePlan(definition([.init(name: "split"), .init(name: "picky")]), registry: testRegistry)
            .instantiate(context: StageContext())
    }

    func run(_ source: CountingSource, jobs: Int, policy: ErrorPolicy, control: RunControl = RunControl()) throws -> (RunReport, CollectingSink) {
        var sink = CollectingSink()
        let runner = Runner(pipeline: try pipeline(), options: RunOptions(jobs: jobs, policy: policy, batchRecords: 7))
        let report = try runner.run(source: { source }, renderer: IDRenderer(), sink: &sink, control: control)
        return (report, sink)
    }

    @Test(arguments: [1, 2, 4, 8])
    func outputIsInInputOrderWhateverTheJobs(jobs: Int) throws {
        let (report, sink) = try run(CountingSource(count: 2_000), jobs: jobs, policy: .skip)
        #expect(sink.written == (1...2_000).map { "d\($0):6" })
        #expect(report.documentsRead == 2_000)
        #expect(report.documentsWritten == 2_000)
        #expect(report.isClean)
        #expect(report.stages.map(\.label) == ["split", "picky"])
        #expect(report.stages.map(\.timing.calls) == [2_000, 2_000])
        #expect(sink.flushes > 0)
    }

    @Test func skipGoesOnAndNamesDocumentAndStage() throws {
        let (report, sink) = try run(CountingSource(count: 100, failEvery: 10, malformedEvery: 25), jobs: 3, policy: .skip)
        // Failing: 10, 20, 30, ..., 100 (picky) and 25, 75 (malformed JSON; 50 and 100 are malformed too).
        let malformed = [25, 50, 75, 100]
        let picky = stride(from: 10, through: 100, by: 10).filter { !malformed.contains($0) }
        #expect(report.documentsFailed == malformed.count + picky.count)
        #expect(report.documentsWritten == 100 - report.documentsFailed)
        #expect(sink.failed.filter { $0.hasSuffix("@picky") } == picky.map { "d\($0)@picky" })
        #expect(sink.failed.filter { $0.hasSuffix("@read") } == malformed.map { "mem:\($0)@read" })
        #expect(report.failures.first?.message == "the text asks to fail; remove FAIL")
        #expect(report.failures.contains { $0.message.hasPrefix("mem:25: malformed JSON") })
        #expect(!sink.written.contains("d10:6"))
    }

    @Test func failStopsAtTheFirstFailureInInputOrder() throws {
        let (report, sink) = try run(CountingSource(count: 1_000, failEvery: 300), jobs: 4, policy: .fail)
        #expect(report.stoppedBy == DocumentFailure(documentID: "d300", stage: "picky", message: "the text asks to fail; remove FAIL"))
        #expect(sink.written.count == 299)
        #expect(sink.written.last == "d299:6")
        #expect(sink.failed.isEmpty)
    }

    @Test func markWritesFailedDocumentsWithTheirError() throws {
        let (report, sink) = try run(CountingSource(count: 30, failEvery: 10, malformedEvery: 15), jobs: 2, policy: .mark)
        #expect(sink.written.count == 30)
        #expect(sink.written[9] == "d10:7 error=picky")
        #expect(sink.written[14] == "mem:15:-1 error=read")
        #expect(report.documentsFailed == 4)
        #expect(sink.failed.isEmpty)
    }

    /// A renderer that cannot render documents with seven tokens (d10, d20, … carry "FAIL" and have seven).
    struct PickyRenderer: DocumentRenderer {
        struct Unrenderable: Error, CustomStringConvertible {
            var description: String { "seven tokens cannot be rendered" }
        }
        func render(_ document: Document) throws -> String {
            if document.tokens?.count == 7 { throw Unrenderable() }
            return IDRenderer().render(document)
        }
    }

    @Test(arguments: [ErrorPolicy.mark, .skip])
    func aDocumentThatCannotBeRenderedIsAFailureAndMarkStillWritesIt(policy: ErrorPolicy) throws {
        // Only the output step fails here: the picky stage is left out so that FAIL documents pass it.
        let pipeline = try PipelinePlan(definition([.init(name: "split")]), registry: testRegistry).instantiate(context: StageContext())
        var sink = CollectingSink()
        let runner = Runner(pipeline: pipeline, options: RunOptions(jobs: 2, policy: policy, batchRecords: 7))
        let report = try runner.run(source: { CountingSource(count: 30, failEvery: 10) }, renderer: PickyRenderer(), sink: &sink)
        #expect(report.documentsFailed == 3)
        #expect(report.failures.map(\.stage) == ["output", "output", "output"])
        if policy == .mark {
            #expect(sink.written.count == 30)
            #expect(sink.written[9] == "d10:-1 error=output")
        } else {
            #expect(sink.written.count == 27)
            #expect(sink.failed == ["d10@output", "d20@output", "d30@output"])
        }
    }

    @Test func interruptFinishesWhatIsInFlightAndReportsIt() throws {
        let control = RunControl()
        let runner = Runner(pipeline: try pipeline(), options: RunOptions(jobs: 2, policy: .skip, batchRecords: 10))
        // The sink asks for the stop, as a signal handler would, after 50 documents.
        var stoppingSink = StoppingSink(control: control, after: 50)
        let interrupted = try runner.run(
            source: { CountingSource(count: 1_000_000) }, renderer: IDRenderer(), sink: &stoppingSink, control: control)
        #expect(interrupted.interrupted)
        #expect(interrupted.documentsWritten >= 50)
        #expect(interrupted.documentsWritten < 1_000_000)
        #expect(stoppingSink.written == (1...interrupted.documentsWritten).map { "d\($0):6" })
        #expect(interrupted.lastWrittenID == "d\(interrupted.documentsWritten)")
    }

    @Test func aFailingSinkStopsTheRunWithAnError() throws {
        var sink = ThrowingSink()
        let runner = Runner(pipeline: try pipeline(), options: RunOptions(jobs: 2))
        #expect {
            _ = try runner.run(source: { CountingSource(count: 500) }, renderer: IDRenderer(), sink: &sink)
        } throws: { error in
            guard let error = error as? RunError else { return false }
            return error.message == "could not write document 'd11': disk full" && error.report.documentsWritten == 10
        }
    }

    @Test func documentsOverTheSizeLimitFailAlone() throws {
        var definition = definition([.init(name: "split")])
        definition.limits.maxDocumentBytes = 30
        let pipeline = try PipelinePlan(definition, registry: testRegistry).instantiate(context: StageContext())
        var sink = CollectingSink()
        let report = try Runner(pipeline: pipeline, options: RunOptions(jobs: 1)).run(
            source: { CountingSource(count: 12) }, renderer: IDRenderer(), sink: &sink)
        // "document number 10 with some words" is 34 bytes; 1...9 are 33: all over 30.
        #expect(report.documentsFailed == 12)
        #expect(report.failures.first?.message.contains("limits.max_document_bytes (30)") == true)
    }
}

struct StoppingSink: DocumentSink {
    let control: RunControl
    let after: Int
    var written: [String] = []

    mutating func write(_ rendered: String, id: String) throws {
        written.append(rendered)
        if written.count == after { control.requestStop() }
    }
}

struct ThrowingSink: DocumentSink {
    var count = 0
    struct DiskFull: Error, CustomStringConvertible { var description: String { "disk full" } }

    mutating func write(_ rendered: String, id: String) throws {
        count += 1
        if count > 10 { throw DiskFull() }
    }
}
