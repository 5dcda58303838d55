/// Encodes any `Encodable` value into a ``JSONValue`` tree (no text in between).
///
/// Used for extension values and to show stage options with their defaults.
public struct JSONValueEncoder {
    public init() {}

    /// The value as JSON.
    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        if let json = value as? JSONValue { return json }
        let root = EncodingSlot()
        try value.encode(to: TreeEncoder(slot: root, codingPath: []))
        return root.finish()
    }
}

/// Decodes any `Decodable` value from a ``JSONValue`` tree.
public struct JSONValueDecoder {
    public init() {}

    /// The value decoded from `json`.
    /// - Throws: ``ConfigDecodingError`` naming the path that does not fit.
    public func decode<T: Decodable>(_ type: T.Type, from json: JSONValue) throws -> T {
        try ConfigDecoder().decode(type, from: ConfigNode(json: json))
    }
}

extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let bool = try? single.decode(Bool.self) {
            self = .bool(bool)
        } else if let integer = try? single.decode(Int.self) {
            self = .integer(integer)
        } else if let double = try? single.decode(Double.self) {
            self = .double(double)
        } else if let string = try? single.decode(String.self) {
            self = .string(string)
        } else if let object = try? single.decode([String: JSONValue].self) {
            self = .object(object)
        } else {
            self = .array(try single.decode([JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var single = encoder.singleValueContainer()
        switch self {
        case .null: try single.encodeNil()
        case .bool(let b): try single.encode(b)
        case .integer(let i): try single.encode(i)
        case .double(let d): try single.encode(d)
        case .string(let s): try single.encode(s)
        case .array(let a): try single.encode(a)
        case .object(let o): try single.encode(o)
        }
    }
}

/// A place in the tree being built; containers hand out child slots and fill them later.
private final class EncodingSlot {
    enum Content {
        case empty
        case value(JSONValue)
        case array([EncodingSlot])
        case object([(String, EncodingSlot)])
    }

    var content: Content = .empty

    func finish() -> JSONValue {
        switch content {
        case .empty: return .object([:])
        case .value(let value): return value
        case .array(let slots): return .array(slots.map { $0.finish() })
        case .object(let members):
            var object: [String: JSONValue] = [:]
            for (key, slot) in members { object[key] = slot.finish() }
            return .object(object)
        }
    }

    func child(forKey key: String) -> EncodingSlot {
        var members: [(String, EncodingSlot)] = []
        if case .object(let existing) = content { members = existing }
        if let found = members.first(where: { $0.0 == key }) { return found.1 }
        let slot = EncodingSlot()
        members.append((key, slot))
        content = .object(members)
        return slot
    }

    func appendChild() -> EncodingSlot {
        var elements: [EncodingSlot] = []
        if case .array(let existing) = content { elements = existing }
        let slot = EncodingSlot()
        elements.append(slot)
        content = .array(elements)
        return slot
    }
}

private struct TreeEncoder: Encoder {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = slot.content {} else { slot.content = .object([]) }
        return KeyedEncodingContainer(KeyedTreeContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = slot.content {} else { slot.content = .array([]) }
        return UnkeyedTreeContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleTreeContainer(slot: slot, codingPath: codingPath) }
}

private func encodeValue<T: Encodable>(_ value: T, into slot: EncodingSlot, codingPath: [any CodingKey]) throws {
    switch value {
    case let json as JSONValue: slot.content = .value(json)
    case let string as String: slot.content = .value(.string(string))
    case let bool as Bool: slot.content = .value(.bool(bool))
    case let double as Double: slot.content = .value(.double(double))
    case let float as Float: slot.content = .value(.double(Double(float)))
    case let integer as any BinaryInteger:
        if let exact = Int(exactly: integer) { slot.content = .value(.integer(exact)) } else {
            slot.content = .value(.double(Double(integer)))
        }
    default:
        if let raw = value as? any RawRepresentable, let rawString = raw.rawValue as? String {
            slot.content = .value(.string(rawString))
        } else {
            try value.encode(to: TreeEncoder(slot: slot, codingPath: codingPath))
        }
    }
}

private struct AnyEncodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

private struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { slot.child(forKey: key.stringValue).content = .value(.null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encodeValue(value, into: slot.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        TreeEncoder(slot: slot.child(forKey: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(slot: slot.child(forKey: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(slot: slot.child(forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(slot: slot.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]

    var count: Int {
        if case .array(let elements) = slot.content { return elements.count }
        return 0
    }

    mutating func encodeNil() throws { slot.appendChild().content = .value(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let key = AnyEncodingKey(intValue: count)
        try encodeValue(value, into: slot.appendChild(), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(slot: slot.appendChild(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TreeEncoder(slot: slot.appendChild(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(slot: slot.appendChild(), codingPath: codingPath) }
}

private struct SingleTreeContainer: SingleValueEncodingContainer {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.content = .value(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encodeValue(value, into: slot, codingPath: codingPath) }
}
