import GlossCore

/// Renders documents as JSON (architecture §5), one line each. Runs on the worker threads.
public struct JSONRenderer: DocumentRenderer {
    public var options: DocumentJSON.EncodingOptions

    public init(options: DocumentJSON.EncodingOptions = .init()) {
        self.options = options
    }

    public func render(_ document: Document) -> [UInt8] {
        // Tokens are most of the output (about 40 bytes each): sized for them, the buffer is not regrown.
        let spans = (document.tokens?.count ?? 0) + (document.sentences?.count ?? 0)
        var writer = JSONWriter(capacity: document.byteCount + document.byteCount / 8 + spans * 44 + 512)
        DocumentJSON.encode(document, into: &writer, options: options)
        return writer.bytes
    }
}
