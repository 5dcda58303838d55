/// One unit of input as a reader found it, not yet decoded: decoding happens on the worker threads, so
/// that reading stays fast and a bad record fails alone.
public struct InputRecord: Sendable {
    /// What the reader found.
    public enum Payload: Sendable {
        /// A whole plain-text file.
        case plainText([UInt8])
        /// A whole HTML file: the document's text is the raw HTML, `meta.format = "html"`.
        case html([UInt8])
        /// One JSON Lines record.
        case jsonLine([UInt8])
        /// A document built in memory.
        case document(Document)
        /// Input that could not be read (a permission error, say): the message says why.
        case unreadable(String)
    }

    /// Where the record came from, for messages: a path, or `path:line` for JSON Lines.
    public var origin: String
    public var payload: Payload

    public init(origin: String, payload: Payload) {
        self.origin = origin
        self.payload = payload
    }

    /// Size of the raw input.
    public var byteCount: Int {
        switch payload {
        case .plainText(let bytes), .html(let bytes), .jsonLine(let bytes): return bytes.count
        case .document(let document): return document.byteCount
        case .unreadable: return 0
        }
    }

    /// The record as a document.
    /// - Returns: the document and how many invalid UTF-8 sequences were replaced with U+FFFD.
    /// - Throws: ``DocumentFailure`` in step `read` when the record is not a valid document.
    public func decode() throws(DocumentFailure) -> (document: Document, repaired: Int) {
        switch payload {
        case .plainText(let bytes):
            let (text, repaired) = UTF8Repair.decode(bytes)
            return (Document(id: origin, text: text), repaired)
        case .html(let bytes):
            let (text, repaired) = UTF8Repair.decode(bytes)
            return (Document(id: origin, text: text, meta: ["format": "html"]), repaired)
        case .document(let document):
            return (document, 0)
        case .unreadable(let message):
            throw DocumentFailure(documentID: origin, stage: DocumentFailure.readStage, message: message)
        case .jsonLine(let bytes):
            let parsed: (JSONValue, repaired: Int)
            do {
                parsed = try JSONParser.parse(bytes)
            } catch {
                throw DocumentFailure(
                    documentID: origin, stage: DocumentFailure.readStage,
                    message: "\(origin): \(error.description); each line must be one JSON object such as {\"id\": \"a\", \"text\": \"...\"}")
            }
            do {
                return (try DocumentJSON.decode(parsed.0, defaultID: origin), parsed.repaired)
            } catch {
                throw DocumentFailure(documentID: error.documentID ?? origin, stage: DocumentFailure.readStage, message: "\(origin): \(error.message)")
            }
        }
    }
}

/// Where a run's documents come from, one record at a time, in order.
///
/// A source is created on the runner's reading thread (through the factory given to ``Runner/run``), so it
/// need not be `Sendable`.
public protocol DocumentSource {
    /// The next record, or nil when the input is exhausted.
    /// - Throws: only for errors that must stop the whole run (an input that vanished mid-read, say);
    ///   a record that cannot be read alone is returned as ``InputRecord/Payload/unreadable(_:)``.
    mutating func next() throws -> InputRecord?

    /// Whether another record is ready without waiting for input. The reader closes a batch early when
    /// not, so that a slow stream (stdin from another program) is processed as it arrives. Default: false.
    var hasBufferedRecord: Bool { get }
}
