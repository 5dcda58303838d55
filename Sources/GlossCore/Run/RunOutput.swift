/// Turns a finished document into its output form. Runs on the worker threads, in parallel.
public protocol DocumentRenderer: Sendable {
    /// The output form of one document (bytes of JSON, a record for a report, ...).
    associatedtype Rendered: Sendable
    /// Renders one document.
    func render(_ document: Document) throws -> Rendered
}

/// Receives rendered documents in input order, on the thread that called ``Runner/run``.
public protocol DocumentSink {
    associatedtype Rendered
    /// Writes one document. Throwing stops the run (the output cannot take more: a full disk, a closed pipe).
    mutating func write(_ rendered: Rendered, id: String) throws
    /// Told about each failed document (not called for `mark`, whose documents are written).
    /// A quarantining sink writes `record` with the failure to its side file.
    mutating func failed(_ failure: DocumentFailure, record: InputRecord) throws
    /// Called after each batch: a streaming sink pushes what it buffered (a consumer reading stdout sees
    /// documents as they are done). Default: nothing.
    mutating func flush() throws
}

extension DocumentSink {
    public mutating func failed(_ failure: DocumentFailure, record: InputRecord) throws {}
    public mutating func flush() throws {}
}
