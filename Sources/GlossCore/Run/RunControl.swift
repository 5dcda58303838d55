import Synchronization

/// Lets another thread (a signal handler, a test) ask a run to stop early. The run finishes the documents
/// already in flight, writes them, and returns with ``RunReport/interrupted`` set.
public final class RunControl: Sendable {
    private let stop = Atomic<Bool>(false)

    public init() {}

    /// Asks the run to stop after the documents in flight.
    public func requestStop() { stop.store(true, ordering: .releasing) }

    /// Whether a stop was asked for.
    public var isStopRequested: Bool { stop.load(ordering: .acquiring) }
}
