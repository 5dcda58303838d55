/// One text moving through a pipeline, with everything the stages found in it.
///
/// `text` is the current text: `clean` rewrites it, later stages only annotate it with spans (UTF-8 byte
/// offsets into `text`). A layer that no stage produced is `nil` and left out of the output.
public struct Document: Sendable {
    /// The document's identity: a file path, or the `id` of a JSON Lines record.
    public var id: String
    /// The current text.
    public var text: String
    /// Metadata: title, source, dateline, url, format, ... Values are JSON.
    public var meta: [String: JSONValue]
    /// Sentence spans, in text order.
    public var sentences: [Span]?
    /// Tokens in text order; `pos` is set once a tagger ran.
    public var tokens: [Token]?
    /// Named-entity mentions in text order.
    public var entities: [Entity]?
    /// Quotations in text order.
    public var quotes: [Quote]?
    /// An extractive summary.
    public var summary: Summary?
    /// Output of custom stages, by extension-key name. Use the typed subscript to read and write it.
    public var extensions: [String: JSONValue]
    /// Set on a document written despite a failure (error policy `mark`).
    public var error: DocumentFailure?

    /// Creates a document with a text and optional metadata; no layers yet.
    public init(id: String, text: String, meta: [String: JSONValue] = [:]) {
        self.id = id
        self.text = text
        self.meta = meta
        self.extensions = [:]
    }

    /// Reads or writes a custom stage's value.
    ///
    /// Reading returns nil when the key is absent or its stored JSON does not decode as `Key.Value`.
    public subscript<Key: DocumentExtensionKey>(key: Key.Type) -> Key.Value? {
        get {
            guard let stored = extensions[Key.name] else { return nil }
            return try? JSONValueDecoder().decode(Key.Value.self, from: stored)
        }
        set {
            if let newValue {
                extensions[Key.name] = try? JSONValueEncoder().encode(newValue)
            } else {
                extensions[Key.name] = nil
            }
        }
    }

    /// Calls `body` with the text's UTF-8 bytes, contiguous. This is how hot loops should read the text.
    @inlinable
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var shared = text  // shares the storage; String.withUTF8 copies only a non-contiguous (bridged) string
        return try shared.withUTF8(body)
    }

    /// The text of a span, as a new string. Meant for the output edge, not for hot loops.
    public func string(_ span: Span) -> String {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: span.start)
        let upper = utf8.index(lower, offsetBy: span.length)
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }

    /// Size of the text in UTF-8 bytes.
    @inlinable
    public var byteCount: Int { text.utf8.count }

    /// The standard layers this document currently has (`text` and `meta` always).
    public var presentLayers: Set<Layer> {
        var layers = Layer.initial
        if sentences != nil { layers.insert(.sentences) }
        if let tokens {
            layers.insert(.tokens)
            if tokens.first?.pos != nil { layers.insert(.pos) }
        }
        if entities != nil { layers.insert(.entities) }
        if quotes != nil { layers.insert(.quotes) }
        if summary != nil { layers.insert(.summary) }
        for name in extensions.keys { layers.insert(Layer(name)) }
        return layers
    }
}
