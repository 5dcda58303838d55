import GlossCore

/// A document as expectations see it: its JSON output form (offsets in code points, as `gloss run` writes
/// them), with the text of every sentence and token added so that they can be matched by text.
public struct DocumentView: Sendable {
    /// The document looked at.
    public let document: Document
    private let members: [String: JSONValue]

    /// Builds the view of `document`.
    public init(_ document: Document) {
        self.document = document
        var members: [String: JSONValue] = [:]
        if let parsed = try? JSONParser.parse(DocumentJSON.encode(document)).0, case .object(let object) = parsed {
            members = object
        }
        if let sentences = document.sentences, case .array(var items)? = members["sentences"], items.count == sentences.count {
            for index in items.indices { items[index] = Self.adding(text: document.string(sentences[index]), to: items[index]) }
            members["sentences"] = .array(items)
        }
        if let tokens = document.tokens, case .array(var items)? = members["tokens"], items.count == tokens.count {
            for index in items.indices { items[index] = Self.adding(text: document.string(tokens[index].span), to: items[index]) }
            members["tokens"] = .array(items)
        }
        self.members = members
    }

    /// The value at a root: a layer (nil when no stage produced it), `text`, `id`, `meta` or `ext`
    /// (empty objects when there are none).
    public func value(of root: ExpectationKey.Root) -> JSONValue? {
        switch root {
        case .meta: return members["meta"] ?? .object([:])
        case .ext: return members["ext"] ?? .object([:])
        default: return members[root.rawValue]
        }
    }

    private static func adding(text: String, to item: JSONValue) -> JSONValue {
        guard case .object(var object) = item else { return item }
        object["text"] = .string(text)
        return .object(object)
    }
}
