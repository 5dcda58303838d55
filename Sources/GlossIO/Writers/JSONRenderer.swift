import GlossCore

/// Renders documents as JSON (architecture §5), one line each. Runs on the worker threads.
public struct JSONRenderer: DocumentRenderer {
    public var options: DocumentJSON.EncodingOptions

    public init(options: DocumentJSON.EncodingOptions = .init()) {
        self.options = options
    }

    public func render(_ document: Document) -> [UInt8] {
        var writer = JSONWriter(capacity: document.byteCount * 2 + 256)
        DocumentJSON.encode(document, into: &writer, options: options)
        return writer.bytes
    }
}
