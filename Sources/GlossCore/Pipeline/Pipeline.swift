/// A ready pipeline: stages built, shared by all workers. Process one document with ``process(_:timings:)``;
/// many with a ``Runner``.
public struct Pipeline: Sendable {
    /// What was checked and how each step is configured.
    public let plan: PipelinePlan
    let stages: [AnyStage]

    init(plan: PipelinePlan, stages: [AnyStage]) {
        self.plan = plan
        self.stages = stages
    }

    /// Step labels, in order.
    public var labels: [String] { plan.steps.map(\.label) }

    /// Runs every step on `document`.
    ///
    /// - Parameters:
    ///   - timings: when given, each step's time and the bytes it saw are added to it.
    ///   - keepingLastGoodState: on failure, leave `document` as it was after the last step that succeeded
    ///     (each step then works on a copy, which costs a copy of every layer the step changes). Without it,
    ///     `document` is left as the failing step left it — enough when the document is dropped anyway.
    /// - Throws: ``DocumentFailure`` naming the document and the step that failed.
    public func process(
        _ document: inout Document, timings: UnsafeMutableBufferPointer<StageTiming>? = nil,
        keepingLastGoodState: Bool = true
    ) throws(DocumentFailure) {
        let limit = plan.definition.limits.maxDocumentBytes
        if document.byteCount > limit {
            throw DocumentFailure(
                documentID: document.id, stage: plan.steps.first?.label ?? DocumentFailure.readStage,
                message: "the document has \(document.byteCount) bytes, more than limits.max_document_bytes (\(limit)); raise the limit in the pipeline file or split the document")
        }
        for (index, stage) in stages.enumerated() {
            let started = timings == nil ? 0 : MonotonicClock.nanoseconds()
            let bytes = document.byteCount
            do {
                if keepingLastGoodState {
                    var working = document
                    try stage.process(&working)
                    document = working
                } else {
                    try stage.process(&document)
                }
            } catch {
                throw DocumentFailure(documentID: document.id, stage: plan.steps[index].label, message: Self.describe(error))
            }
            if let timings {
                timings[index].calls += 1
                timings[index].nanoseconds += MonotonicClock.nanoseconds() &- started
                timings[index].bytes += bytes
            }
        }
    }

    /// Runs the steps one at a time and hands back the document after each, for inspection.
    public func trace(_ document: Document) -> [(label: String, result: Result<Document, DocumentFailure>)] {
        var current = document
        var trace: [(String, Result<Document, DocumentFailure>)] = []
        for (index, stage) in stages.enumerated() {
            do {
                try stage.process(&current)
                trace.append((plan.steps[index].label, .success(current)))
            } catch {
                trace.append((plan.steps[index].label, .failure(DocumentFailure(
                    documentID: document.id, stage: plan.steps[index].label, message: Self.describe(error)))))
                break
            }
        }
        return trace
    }

    /// Tells every stage the run is over.
    public func finish() {
        for stage in stages { stage.finish() }
    }

    static func describe(_ error: any Error) -> String {
        String(describing: error)
    }
}

/// Time and volume one step spent, summed over documents.
public struct StageTiming: Sendable, Hashable {
    /// Documents the step processed (successfully).
    public var calls = 0
    /// Time spent in the step.
    public var nanoseconds: UInt64 = 0
    /// Text bytes the step saw.
    public var bytes = 0

    public init() {}

    /// Adds another worker's figures.
    public mutating func add(_ other: StageTiming) {
        calls += other.calls
        nanoseconds += other.nanoseconds
        bytes += other.bytes
    }
}
