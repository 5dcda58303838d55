import GlossCore

/// The sink for any output format, on the writing thread: a stream of framed documents (JSON Lines, a JSON
/// array, the terminal view, CoNLL-U) or the HTML report. Made by
/// ``OutputFormat/makeWriter(target:quarantine:options:)``.
public struct FormatSink: DocumentSink {
    // Exactly one is set. Optionals rather than an enum with payloads: `report?.write(...)` mutates in place,
    // where taking a payload out of an enum case and putting it back would copy the overview's tables.
    private var stream: StreamSink?
    private var report: ReportSink?
    /// Where the output goes.
    public let target: OutputTarget
    /// Where failed documents go under `on_error: quarantine`.
    public let quarantine: QuarantineWriter?

    init(stream: StreamSink) {
        self.stream = stream
        self.target = stream.target
        self.quarantine = stream.quarantine
    }

    init(report: ReportSink) {
        self.report = report
        self.target = report.target
        self.quarantine = report.quarantine
    }

    /// Writes one rendered document (in input order).
    public mutating func write(_ rendered: RenderedDocument, id: String) throws {
        if report != nil {
            try report?.write(rendered)
        } else {
            try stream?.write(rendered.bytes, id: id)
        }
    }

    /// Writes a failed document to the quarantine file, when there is one.
    public mutating func failed(_ failure: DocumentFailure, record: InputRecord) throws {
        try quarantine?.write(failure, record: record)
    }

    /// Pushes buffered output (called after each batch, so a reader of stdout sees documents as they are done).
    public mutating func flush() throws {
        try target.flush()
        try quarantine?.target.flush()
    }

    /// Writes what comes after the last document (closing framing; the report's overview and script) and
    /// commits the output (and the quarantine file).
    public mutating func finish() throws {
        if report != nil {
            try report?.finish()
        } else {
            try stream?.finish()
        }
    }

    /// Leaves no output behind: a file target's temporary file (and the quarantine file's) is removed.
    public func abandon() {
        target.abandon()
        quarantine?.target.abandon()
    }
}
