/// What a run did: counts, failures, time per step.
public struct RunReport: Sendable {
    /// Records taken from the input.
    public var documentsRead = 0
    /// Documents written to the output (marked ones included).
    public var documentsWritten = 0
    /// Documents that failed (skipped, quarantined or marked).
    public var documentsFailed = 0
    /// The first failures, in input order (at most ``maximumKeptFailures``).
    public var failures: [DocumentFailure] = []
    /// Documents in which invalid UTF-8 was replaced with U+FFFD, and how many sequences in all.
    public var documentsRepaired = 0
    public var sequencesRepaired = 0
    /// Bytes of input records.
    public var inputBytes = 0
    /// Wall time of the run.
    public var nanoseconds: UInt64 = 0
    /// Per step: label and timing, in pipeline order.
    public var stages: [(label: String, timing: StageTiming)] = []
    /// Set when the run stopped at a failure because the policy is `fail`.
    public var stoppedBy: DocumentFailure?
    /// Set when the run was interrupted (SIGINT) before the input ended.
    public var interrupted = false
    /// Id of the last document written, to tell how far an interrupted run got.
    public var lastWrittenID: String?
    /// Worker threads used.
    public var jobs = 1

    /// How many failures are kept in ``failures``; the count goes on.
    public static let maximumKeptFailures = 1000

    public init() {}

    /// Whether every document read was processed without a failure and the run was complete.
    public var isClean: Bool { documentsFailed == 0 && stoppedBy == nil && !interrupted }

    /// Seconds of wall time.
    public var seconds: Double { Double(nanoseconds) / 1e9 }
}

/// Something the runner tells its caller while running (on the caller's thread).
public enum RunEvent {
    /// A document failed; the run goes on unless the policy is `fail`.
    case failed(DocumentFailure)
    /// Written so far, after each batch of output.
    case progress(documents: Int, bytes: Int, failed: Int, nanoseconds: UInt64)
}
