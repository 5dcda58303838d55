/// The JSON form of a ``Document`` (architecture §5): what `gloss run` writes, what JSON Lines input and
/// `exec` children send back.
///
/// Offsets in JSON are Unicode scalar offsets; inside Gloss they are UTF-8 byte offsets. Both directions
/// convert, so a span read back is the span written.
public enum DocumentJSON {
    /// What to leave out of the output.
    public struct EncodingOptions: Sendable, Hashable {
        /// Write `"text"`. Turning it off makes output smaller when the consumer already has the text.
        public var includeText = true
        /// Write the `"text"` of each entity and quote (derivable from the offsets, but handy).
        public var includeSpanText = true

        public init(includeText: Bool = true, includeSpanText: Bool = true) {
            self.includeText = includeText
            self.includeSpanText = includeSpanText
        }
    }

    /// Writes `document` as one JSON object (no trailing newline) into `writer`.
    public static func encode(_ document: Document, into writer: inout JSONWriter, options: EncodingOptions = .init()) {
        document.withUTF8 { bytes in
            let map = ScalarOffsetMap(bytes)
            // Each layer's spans come in text order: a cursor per layer counts the text once for it.
            var offsets = ScalarOffsetCursor(map: map, bytes: bytes)
            func offset(_ byte: Int) -> Int { offsets.scalarOffset(ofByte: byte) }
            func spanText(_ start: Int, _ end: Int) {
                let lower = max(0, min(start, bytes.count))
                let upper = max(lower, min(end, bytes.count))
                writer.string(String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self))
            }

            writer.raw("{")
            writer.key("id")
            writer.string(document.id)
            if options.includeText {
                writer.raw(",")
                writer.key("text")
                writer.string(utf8: bytes)
            }
            if !document.meta.isEmpty {
                writer.raw(",")
                writer.key("meta")
                writer.writeObject(document.meta)
            }
            // Sentences and tokens are most of the output: written through a cursor into reserved memory, one
            // append per layer instead of several per span.
            if let sentences = document.sentences {
                writer.raw(",")
                writer.key("sentences")
                writer.appendFormatted(maximumCount: 2 + sentences.count * Self.maximumSpanBytes) { out in
                    var layerOffsets = ScalarOffsetCursor(map: map, bytes: bytes)
                    out.byte(0x5B)
                    for (index, sentence) in sentences.enumerated() {
                        if index > 0 { out.byte(0x2C) }
                        out.raw("{\"start\":")
                        out.integer(layerOffsets.scalarOffset(ofByte: sentence.start))
                        out.raw(",\"end\":")
                        out.integer(layerOffsets.scalarOffset(ofByte: sentence.end))
                        out.byte(0x7D)
                    }
                    out.byte(0x5D)
                }
            }
            if let tokens = document.tokens {
                writer.raw(",")
                writer.key("tokens")
                writer.appendFormatted(maximumCount: 2 + tokens.count * Self.maximumTokenBytes) { out in
                    var layerOffsets = ScalarOffsetCursor(map: map, bytes: bytes)
                    out.byte(0x5B)
                    for (index, token) in tokens.enumerated() {
                        if index > 0 { out.byte(0x2C) }
                        out.raw("{\"start\":")
                        out.integer(layerOffsets.scalarOffset(ofByte: token.start))
                        out.raw(",\"end\":")
                        out.integer(layerOffsets.scalarOffset(ofByte: token.end))
                        if let pos = token.pos {
                            out.raw(",\"pos\":\"")
                            out.raw(Self.posName(pos))
                            out.byte(0x22)
                        }
                        out.byte(0x7D)
                    }
                    out.byte(0x5D)
                }
            }
            if let entities = document.entities {
                writer.raw(",")
                writer.key("entities")
                offsets = ScalarOffsetCursor(map: map, bytes: bytes)
                writer.raw("[")
                for (index, entity) in entities.enumerated() {
                    if index > 0 { writer.raw(",") }
                    writer.raw("{\"start\":")
                    writer.integer(offset(entity.start))
                    writer.raw(",\"end\":")
                    writer.integer(offset(entity.end))
                    writer.raw(",\"label\":")
                    writer.string(entity.label.rawValue)
                    if options.includeSpanText {
                        writer.raw(",\"text\":")
                        spanText(entity.start, entity.end)
                    }
                    writer.raw("}")
                }
                writer.raw("]")
            }
            if let quotes = document.quotes {
                writer.raw(",")
                writer.key("quotes")
                offsets = ScalarOffsetCursor(map: map, bytes: bytes)
                writer.raw("[")
                for (index, quote) in quotes.enumerated() {
                    if index > 0 { writer.raw(",") }
                    writer.raw("{\"start\":")
                    writer.integer(offset(quote.start))
                    writer.raw(",\"end\":")
                    writer.integer(offset(quote.end))
                    if options.includeSpanText {
                        writer.raw(",\"text\":")
                        spanText(quote.start, quote.end)
                    }
                    if let speaker = quote.speaker {
                        writer.raw(",\"speaker\":")
                        writer.string(speaker)
                    }
                    if let span = quote.speakerSpan {
                        writer.raw(",\"speaker_start\":")
                        writer.integer(offset(span.start))
                        writer.raw(",\"speaker_end\":")
                        writer.integer(offset(span.end))
                    }
                    if let role = quote.speakerRole {
                        writer.raw(",\"speaker_role\":")
                        writer.string(role)
                    }
                    if let cue = quote.cue {
                        writer.raw(",\"cue\":")
                        writer.string(cue)
                    }
                    writer.raw(",\"kind\":\"")
                    writer.raw(contentsOf: quote.kind.rawValue)
                    writer.raw("\"}")
                }
                writer.raw("]")
            }
            if let summary = document.summary {
                writer.raw(",")
                writer.key("summary")
                writer.raw("{\"sentences\":[")
                for (index, sentence) in summary.sentences.enumerated() {
                    if index > 0 { writer.raw(",") }
                    writer.integer(sentence)
                }
                writer.raw("],\"text\":")
                writer.string(summary.text)
                writer.raw("}")
            }
            if !document.extensions.isEmpty {
                writer.raw(",")
                writer.key("ext")
                writer.writeObject(document.extensions)
            }
            if let error = document.error {
                writer.raw(",")
                writer.key("error")
                writer.raw("{\"stage\":")
                writer.string(error.stage)
                writer.raw(",\"message\":")
                writer.string(error.message)
                writer.raw("}")
            }
            writer.raw("}")
        }
    }

    /// Most bytes one sentence takes: `,{"start":N,"end":N}` with two 20-digit numbers.
    private static let maximumSpanBytes = 64
    /// Most bytes one token takes: a span and `,"pos":"PROPN"`.
    private static let maximumTokenBytes = 80

    /// A tag's name as static text, so that writing it needs no string (``UPOS/name`` has the same text).
    static func posName(_ pos: UPOS) -> StaticString {
        switch pos {
        case .ADJ: "ADJ"
        case .ADP: "ADP"
        case .ADV: "ADV"
        case .AUX: "AUX"
        case .CCONJ: "CCONJ"
        case .DET: "DET"
        case .INTJ: "INTJ"
        case .NOUN: "NOUN"
        case .NUM: "NUM"
        case .PART: "PART"
        case .PRON: "PRON"
        case .PROPN: "PROPN"
        case .PUNCT: "PUNCT"
        case .SCONJ: "SCONJ"
        case .SYM: "SYM"
        case .VERB: "VERB"
        case .X: "X"
        }
    }

    /// The document as one line of JSON (no newline).
    public static func encode(_ document: Document, options: EncodingOptions = .init()) -> [UInt8] {
        var writer = JSONWriter(capacity: document.byteCount * 2 + 128)
        encode(document, into: &writer, options: options)
        return writer.bytes
    }

    /// Builds a document from a parsed JSON object.
    ///
    /// Accepted members: `id` (string or number; `defaultID` when absent), `text` or `html` (the latter sets
    /// `meta.format = "html"`), `meta`, the standard layers with scalar offsets, `ext`, `error`. Any other
    /// member is kept in `meta` under its own name, so that nothing a record carried is lost.
    /// - Throws: ``DocumentDecodingError`` naming the member that is wrong.
    public static func decode(_ value: JSONValue, defaultID: String) throws(DocumentDecodingError) -> Document {
        guard case .object(let members) = value else {
            throw DocumentDecodingError("expected a JSON object, got \(value.kindDescription)")
        }
        let id: String
        switch members["id"] {
        case nil, .null?: id = defaultID
        case .string(let s)?: id = s
        case .integer(let i)?: id = String(i)
        case let other?: throw DocumentDecodingError("'id' must be a string or a number, got \(other.kindDescription)")
        }
        var meta: [String: JSONValue] = [:]
        switch members["meta"] {
        case nil, .null?: break
        case .object(let object)?: meta = object
        case let other?: throw DocumentDecodingError("'meta' must be an object, got \(other.kindDescription)", id: id)
        }
        let text: String
        if case .string(let s)? = members["text"] {
            text = s
        } else if case .string(let s)? = members["html"] {
            text = s
            meta["format"] = "html"
        } else if let other = members["text"] ?? members["html"] {
            throw DocumentDecodingError("'text' must be a string, got \(other.kindDescription)", id: id)
        } else {
            throw DocumentDecodingError("missing 'text' (or 'html'): each record needs the document's text", id: id)
        }
        var document = Document(id: id, text: text, meta: meta)
        for (key, member) in members where !knownMembers.contains(key) && document.meta[key] == nil {
            document.meta[key] = member
        }
        try decodeLayers(members, into: &document)
        return document
    }

    private static let knownMembers: Set<String> = [
        "id", "text", "html", "meta", "sentences", "tokens", "entities", "quotes", "summary", "ext", "error",
    ]

    private static func decodeLayers(_ members: [String: JSONValue], into document: inout Document)
        throws(DocumentDecodingError)
    {
        let id = document.id
        let text = document.text
        var shared = text
        let result: Result<Void, DocumentDecodingError> = shared.withUTF8 { bytes in
            let map = ScalarOffsetMap(bytes)
            func spanOf(_ value: JSONValue, _ what: String, start: String = "start", end: String = "end") throws(DocumentDecodingError) -> Span {
                guard let s = value[start]?.integerValue, let e = value[end]?.integerValue else {
                    throw DocumentDecodingError("each of '\(what)' needs integer '\(start)' and '\(end)'", id: id)
                }
                let lower = map.byteOffset(ofScalar: s, in: bytes)
                let upper = map.byteOffset(ofScalar: e, in: bytes)
                guard s >= 0, s <= e, lower <= upper, upper <= bytes.count,
                      map.scalarOffset(ofByte: upper, in: bytes) == e
                else {
                    throw DocumentDecodingError("'\(what)' has a span \(s)..<\(e) outside the text", id: id)
                }
                return Span(start: lower, end: upper)
            }
            func list(_ key: String) throws(DocumentDecodingError) -> [JSONValue]? {
                switch members[key] {
                case nil, .null?: return nil
                case .array(let a)?: return a
                case let other?: throw DocumentDecodingError("'\(key)' must be an array, got \(other.kindDescription)", id: id)
                }
            }
            do throws(DocumentDecodingError) {
                if let sentences = try list("sentences") {
                    var spans: [Span] = []
                    spans.reserveCapacity(sentences.count)
                    for item in sentences { spans.append(try spanOf(item, "sentences")) }
                    document.sentences = spans
                }
                if let tokens = try list("tokens") {
                    var result: [Token] = []
                    result.reserveCapacity(tokens.count)
                    for item in tokens {
                        var token = Token(try spanOf(item, "tokens"))
                        if let name = item["pos"]?.stringValue {
                            guard let pos = UPOS(name: name) else {
                                throw DocumentDecodingError("'tokens' has an unknown POS tag '\(name)' (expected a Universal POS tag)", id: id)
                            }
                            token.pos = pos
                        }
                        result.append(token)
                    }
                    document.tokens = result
                }
                if let entities = try list("entities") {
                    var result: [Entity] = []
                    for item in entities {
                        guard let label = item["label"]?.stringValue else {
                            throw DocumentDecodingError("each of 'entities' needs a string 'label'", id: id)
                        }
                        result.append(Entity(try spanOf(item, "entities"), label: EntityLabel(rawValue: label)))
                    }
                    document.entities = result
                }
                if let quotes = try list("quotes") {
                    var result: [Quote] = []
                    for item in quotes {
                        let kindName = item["kind"]?.stringValue ?? "direct"
                        guard let kind = Quote.Kind(rawValue: kindName) else {
                            throw DocumentDecodingError("'quotes' has an unknown kind '\(kindName)' (direct, partial or indirect)", id: id)
                        }
                        var quote = Quote(try spanOf(item, "quotes"), kind: kind)
                        quote.speaker = item["speaker"]?.stringValue
                        quote.speakerRole = item["speaker_role"]?.stringValue
                        quote.cue = item["cue"]?.stringValue
                        if item["speaker_start"] != nil {
                            quote.speakerSpan = try spanOf(item, "quotes", start: "speaker_start", end: "speaker_end")
                        }
                        result.append(quote)
                    }
                    document.quotes = result
                }
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
        if let summary = members["summary"], summary != .null {
            guard let indices = summary["sentences"]?.arrayValue?.compactMap(\.integerValue),
                  let summaryText = summary["text"]?.stringValue
            else {
                throw DocumentDecodingError("'summary' needs 'sentences' (integers) and 'text'", id: id)
            }
            document.summary = Summary(sentences: indices, text: summaryText)
        }
        switch members["ext"] {
        case nil, .null?: break
        case .object(let object)?: document.extensions = object
        case let other?: throw DocumentDecodingError("'ext' must be an object, got \(other.kindDescription)", id: id)
        }
        if let error = members["error"], error != .null {
            document.error = DocumentFailure(
                documentID: id, stage: error["stage"]?.stringValue ?? "?",
                message: error["message"]?.stringValue ?? error.description)
        }
    }
}

/// A JSON record that is valid JSON but not a valid document.
public struct DocumentDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// The record's id, when it got that far.
    public var documentID: String?

    public init(_ message: String, id: String? = nil) {
        self.message = message
        self.documentID = id
    }

    public var description: String { message }
}
