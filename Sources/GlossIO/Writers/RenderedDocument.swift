/// One document in its output form, as a ``FormatRenderer`` hands it from a worker thread to a ``FormatSink``.
public struct RenderedDocument: Sendable {
    /// The bytes to write for the document (a JSON line, a block of CoNLL-U, a report's data block, ...).
    public var bytes: [UInt8]
    /// What the HTML report's overview counts from this document; nil for the other formats.
    var facts: ReportFacts?

    /// Wraps bytes that need no corpus-level bookkeeping.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        self.facts = nil
    }

    init(bytes: [UInt8], facts: ReportFacts) {
        self.bytes = bytes
        self.facts = facts
    }
}
