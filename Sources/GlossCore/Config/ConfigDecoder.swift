/// A problem decoding a configuration tree into a type: what, and where.
public struct ConfigDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var location: SourceLocation?

    public init(_ message: String, at location: SourceLocation?) {
        self.message = message
        self.location = location
    }

    /// The error as a diagnostic.
    public var diagnostic: Diagnostic { .error(message, at: location) }

    public var description: String { diagnostic.description }
}

/// A string-valued option with a fixed set of values. Errors list the values and suggest the closest.
///
/// ```swift
/// enum HTMLMode: String, ConfigEnum { case auto, always, never }
/// ```
public protocol ConfigEnum: CaseIterable, RawRepresentable, Codable, Sendable where RawValue == String {}

/// Decodes `Decodable` types from a ``ConfigNode`` tree with located, human error messages
/// ("option 'sentences' of stage 'summarize' expects an integer, got 'three'"), and records which keys the
/// type asked for so that unknown keys can be reported.
///
/// Scalars: `Bool` accepts plain `true`/`false` only; numbers accept plain numerals; `String` accepts any
/// scalar; a plain `null`, `~` or empty value is nil for an optional.
public struct ConfigDecoder {
    /// Describes the thing at a coding path for messages, e.g. `"option 'x' of stage 'y'"`.
    public var subject: @Sendable (_ path: String) -> String

    public init(subject: @escaping @Sendable (_ path: String) -> String = { path in path.isEmpty ? "the value" : "'\(path)'" }) {
        self.subject = subject
    }

    /// Decodes `type` from `node`.
    public func decode<T: Decodable>(_ type: T.Type, from node: ConfigNode) throws(ConfigDecodingError) -> T {
        try decodeTracking(type, from: node).value.get()
    }

    /// Decodes `type` and reports which mapping keys it asked for, by path (`""` for the root, `a.b` nested),
    /// and which paths it read as open dictionaries (any key allowed).
    public func decodeTracking<T: Decodable>(_ type: T.Type, from node: ConfigNode)
        -> (value: Result<T, ConfigDecodingError>, requestedKeys: [String: Set<String>], openPaths: Set<String>)
    {
        let state = DecodingState(subject: subject)
        let decoder = NodeDecoder(node: node, codingPath: [], state: state)
        do {
            let value = try decoder.decodeValue(T.self)
            return (.success(value), state.requested, state.openPaths)
        } catch let error as ConfigDecodingError {
            return (.failure(error), state.requested, state.openPaths)
        } catch let error as DecodingError {
            return (.failure(state.translate(error, fallback: node.location)), state.requested, state.openPaths)
        } catch {
            return (.failure(ConfigDecodingError("\(subject("")): \(error)", at: node.location)), state.requested, state.openPaths)
        }
    }

    /// Renders a coding path as `a.b[2].c`.
    public static func pathString(_ codingPath: [any CodingKey]) -> String {
        var result = ""
        for key in codingPath {
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                result += result.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return result
    }
}

private final class DecodingState {
    let subject: @Sendable (String) -> String
    var requested: [String: Set<String>] = [:]
    var openPaths: Set<String> = []

    init(subject: @escaping @Sendable (String) -> String) {
        self.subject = subject
    }

    func describe(_ codingPath: [any CodingKey]) -> String {
        subject(ConfigDecoder.pathString(codingPath))
    }

    func translate(_ error: DecodingError, fallback: SourceLocation?) -> ConfigDecodingError {
        switch error {
        case .keyNotFound(let key, let context):
            return ConfigDecodingError("\(describe(context.codingPath + [key])) is required", at: fallback)
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return ConfigDecodingError("\(describe(context.codingPath)): \(context.debugDescription)", at: fallback)
        @unknown default:
            return ConfigDecodingError("\(error)", at: fallback)
        }
    }
}

private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

private func expectation(for type: Any.Type) -> String {
    switch type {
    case is Bool.Type: return "true or false"
    case is Int.Type, is Int8.Type, is Int16.Type, is Int32.Type, is Int64.Type,
         is UInt.Type, is UInt8.Type, is UInt16.Type, is UInt32.Type, is UInt64.Type:
        return "an integer"
    case is Double.Type, is Float.Type: return "a number"
    case is String.Type: return "a string"
    default: return "a value of type \(type)"
    }
}

private func rawValues<E: ConfigEnum>(_ type: E.Type) -> [String] { E.allCases.map(\.rawValue) }

private struct NodeDecoder: Decoder {
    let node: ConfigNode
    let codingPath: [any CodingKey]
    let state: DecodingState
    /// Where the node's key is written, for nodes that carry no location of their own.
    var keyLocation: SourceLocation? = nil
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var location: SourceLocation? { node.location ?? keyLocation }

    func fail(_ what: String) -> ConfigDecodingError {
        ConfigDecodingError("\(state.describe(codingPath)) expects \(what), got \(node.kindDescription)", at: location)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let entries) = node.value else {
            if node.isNull {
                return KeyedDecodingContainer(KeyedNodeContainer<Key>(entries: [], decoder: self))
            }
            throw fail("a mapping (key: value lines)")
        }
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(entries: entries, decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        switch node.value {
        case .sequence(let elements): return UnkeyedNodeContainer(elements: elements, decoder: self)
        case _ where node.isNull: return UnkeyedNodeContainer(elements: [], decoder: self)
        default: throw fail("a list")
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if type == JSONValue.self, let value = node.jsonValue as? T { return value }
        if let enumType = type as? any ConfigEnum.Type {
            guard case .scalar(let text, _) = node.value, !node.isNull else {
                throw fail("one of \(rawValues(enumType).joined(separator: ", "))")
            }
            if let value = enumType.init(rawValue: text) as? T { return value }
            let values = rawValues(enumType)
            throw ConfigDecodingError(
                "\(state.describe(codingPath)) expects one of \(values.joined(separator: ", ")), got '\(text)'"
                    + Suggestions.didYouMean(text, in: values),
                at: location)
        }
        return try T(from: self)
    }

    func child(_ node: ConfigNode, key: any CodingKey, keyLocation: SourceLocation? = nil) -> NodeDecoder {
        NodeDecoder(node: node, codingPath: codingPath + [key], state: state, keyLocation: keyLocation ?? location)
    }
}

extension NodeDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool { node.isNull }

    private func plainScalar(_ what: String) throws -> String {
        guard case .scalar(let text, let style) = node.value, !node.isNull else { throw fail(what) }
        guard style == .plain else {
            throw ConfigDecodingError(
                "\(state.describe(codingPath)) expects \(what), got the quoted string \(node.kindDescription) (remove the quotes)",
                at: location)
        }
        return text
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        let text = try plainScalar("true or false")
        switch text {
        case "true": return true
        case "false": return false
        default: throw fail("true or false")
        }
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .scalar(let text, _) = node.value else { throw fail("a string") }
        return text
    }

    func decode(_ type: Double.Type) throws -> Double {
        let text = try plainScalar("a number")
        guard let value = Double(text), value.isFinite else { throw fail("a number") }
        return value
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    private func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        let text = try plainScalar("an integer")
        guard let value = I(text.replacingUnderscores()) else {
            if Double(text) != nil || I(text.replacingUnderscores().dropFirst()) != nil {
                throw ConfigDecodingError(
                    "\(state.describe(codingPath)) expects an integer in \(I.min)...\(I.max), got \(node.kindDescription)",
                    at: location)
            }
            throw fail("an integer")
        }
        return value
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }
}

private extension String {
    /// `1_000_000` reads as `1000000`.
    func replacingUnderscores() -> String { contains("_") ? String(filter { $0 != "_" }) : self }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let entries: [ConfigNode.Entry]
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    private var path: String { ConfigDecoder.pathString(codingPath) }

    var allKeys: [Key] {
        decoder.state.openPaths.insert(path)
        return entries.compactMap { Key(stringValue: $0.key) }
    }

    private func note(_ key: Key) {
        decoder.state.requested[path, default: []].insert(key.stringValue)
    }

    private func entry(_ key: Key) -> ConfigNode.Entry? {
        note(key)
        return entries.first { $0.key == key.stringValue }
    }

    func contains(_ key: Key) -> Bool { entry(key) != nil }

    private func required(_ key: Key) throws -> NodeDecoder {
        guard let entry = entry(key) else {
            throw ConfigDecodingError("\(decoder.state.describe(codingPath + [key])) is required", at: decoder.location)
        }
        return decoder.child(entry.value, key: key, keyLocation: entry.keyLocation)
    }

    func decodeNil(forKey key: Key) throws -> Bool { entry(key).map(\.value.isNull) ?? true }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try required(key).decodeValue(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try required(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try required(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { try required(key) }
}

private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let elements: [ConfigNode]
    let decoder: NodeDecoder
    var currentIndex = 0

    init(elements: [ConfigNode], decoder: NodeDecoder) {
        self.elements = elements
        self.decoder = decoder
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> NodeDecoder {
        guard !isAtEnd else {
            throw ConfigDecodingError("\(decoder.state.describe(codingPath)) has too few elements", at: decoder.location)
        }
        let child = decoder.child(elements[currentIndex], key: AnyKey(intValue: currentIndex))
        currentIndex += 1
        return child
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}
