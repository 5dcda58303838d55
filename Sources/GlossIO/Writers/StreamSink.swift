import GlossCore

/// Writes rendered documents to an ``OutputTarget`` with the framing of a format (JSON Lines: one per line;
/// JSON: an array), and failed documents to a quarantine file when there is one.
public struct StreamSink: DocumentSink {
    /// Bytes around and between documents.
    public struct Framing: Sendable {
        public var prefix: [UInt8]
        public var separator: [UInt8]
        public var suffix: [UInt8]
        public var empty: [UInt8]

        /// One document per line.
        public static let lines = Framing(prefix: [], separator: [], suffix: [], empty: [], terminator: [0x0A])
        /// A JSON array, one document per line inside it.
        public static let array = Framing(
            prefix: Array("[\n".utf8), separator: Array(",\n".utf8), suffix: Array("\n]\n".utf8), empty: Array("[]\n".utf8),
            terminator: [])

        /// Bytes after every document.
        public var terminator: [UInt8]

        public init(prefix: [UInt8], separator: [UInt8], suffix: [UInt8], empty: [UInt8], terminator: [UInt8]) {
            self.prefix = prefix
            self.separator = separator
            self.suffix = suffix
            self.empty = empty
            self.terminator = terminator
        }
    }

    public let target: OutputTarget
    public let framing: Framing
    public let quarantine: QuarantineWriter?
    private var count = 0

    public init(target: OutputTarget, framing: Framing, quarantine: QuarantineWriter? = nil) {
        self.target = target
        self.framing = framing
        self.quarantine = quarantine
    }

    /// Documents written.
    public var documentsWritten: Int { count }

    public mutating func write(_ rendered: [UInt8], id: String) throws {
        try target.write(count == 0 ? framing.prefix : framing.separator)
        try target.write(rendered)
        try target.write(framing.terminator)
        count += 1
    }

    public mutating func failed(_ failure: DocumentFailure, record: InputRecord) throws {
        try quarantine?.write(failure, record: record)
    }

    public mutating func flush() throws {
        try target.flush()
        try quarantine?.target.flush()
    }

    /// Writes the closing framing and commits the target (and the quarantine file).
    public func finish() throws {
        try target.write(count == 0 ? framing.empty : framing.suffix)
        try target.commit()
        try quarantine?.target.commit()
    }

    /// Leaves no output behind.
    public func abandon() {
        target.abandon()
        quarantine?.target.abandon()
    }
}

/// Writes failed documents, with why they failed and their input, to a JSON Lines side file:
/// `{"id": ..., "stage": ..., "error": ..., "origin": ..., "input": ...}`. `input` is the original record
/// (a JSON Lines record as its object, a text or HTML file as a string) so it can be fixed and fed again.
public final class QuarantineWriter {
    public let target: OutputTarget
    /// Documents quarantined.
    public private(set) var count = 0

    public init(target: OutputTarget) {
        self.target = target
    }

    public func write(_ failure: DocumentFailure, record: InputRecord) throws {
        var writer = JSONWriter()
        writer.raw("{")
        writer.key("id")
        writer.string(failure.documentID)
        writer.raw(",")
        writer.key("stage")
        writer.string(failure.stage)
        writer.raw(",")
        writer.key("error")
        writer.string(failure.message)
        writer.raw(",")
        writer.key("origin")
        writer.string(record.origin)
        writer.raw(",")
        writer.key("input")
        switch record.payload {
        case .jsonLine(let bytes):
            if let (value, _) = try? JSONParser.parse(bytes) { writer.write(value) } else {
                writer.string(UTF8Repair.decode(bytes).text)
            }
        case .plainText(let bytes), .html(let bytes):
            writer.string(UTF8Repair.decode(bytes).text)
        case .document(let document):
            DocumentJSON.encode(document, into: &writer)
        case .unreadable:
            writer.raw("null")
        }
        writer.raw("}\n")
        try target.write(writer.bytes)
        count += 1
    }
}
