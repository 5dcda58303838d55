/// A configuration tree in which every node knows where it came from.
///
/// GlossYAML builds it from a pipeline file; tests and custom runners can build it by hand or from JSON.
/// Scalars stay text until an options type asks for a Bool, a number or a string, so that errors can say
/// what was expected and where.
public struct ConfigNode: Hashable, Sendable {
    /// One `key: value` pair of a mapping.
    public struct Entry: Hashable, Sendable {
        public var key: String
        /// Where the key is written.
        public var keyLocation: SourceLocation?
        public var value: ConfigNode

        public init(key: String, keyLocation: SourceLocation? = nil, value: ConfigNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    /// How a scalar was written.
    public enum ScalarStyle: Hashable, Sendable {
        /// Unquoted: may be read as a Bool, a number, null or a string.
        case plain
        /// Quoted or a block scalar: always a string.
        case quoted
    }

    public enum Value: Hashable, Sendable {
        case null
        case scalar(String, ScalarStyle)
        case sequence([ConfigNode])
        case mapping([Entry])
    }

    public var value: Value
    /// Where the node starts.
    public var location: SourceLocation?

    public init(_ value: Value, at location: SourceLocation? = nil) {
        self.value = value
        self.location = location
    }

    /// A plain scalar.
    public static func plain(_ text: String, at location: SourceLocation? = nil) -> ConfigNode {
        ConfigNode(.scalar(text, .plain), at: location)
    }

    /// A quoted (always-string) scalar.
    public static func string(_ text: String, at location: SourceLocation? = nil) -> ConfigNode {
        ConfigNode(.scalar(text, .quoted), at: location)
    }

    /// The entries, if this is a mapping.
    public var entries: [Entry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// The elements, if this is a sequence.
    public var elements: [ConfigNode]? {
        if case .sequence(let elements) = value { return elements }
        return nil
    }

    /// The text, if this is a scalar.
    public var scalar: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// Whether this is null: `null`, `~` or nothing at all, unquoted.
    public var isNull: Bool {
        switch value {
        case .null: return true
        case .scalar(let text, .plain): return text == "null" || text == "~" || text.isEmpty
        default: return false
        }
    }

    /// The value under `key`, if this is a mapping that has it.
    public subscript(key: String) -> ConfigNode? {
        entries?.first { $0.key == key }?.value
    }

    /// What kind of node this is, for messages: "a mapping", "a list", "'text'".
    public var kindDescription: String {
        switch value {
        case .null: return "null"
        case .scalar(let text, _) where isNull: return text.isEmpty ? "nothing" : "null"
        case .scalar(let text, _): return "'\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    /// The tree as a JSON value: plain scalars become Bool, numbers or null where they read as such.
    public var jsonValue: JSONValue {
        switch value {
        case .null: return .null
        case .scalar(let text, .quoted): return .string(text)
        case .scalar(let text, .plain):
            if isNull { return .null }
            if text == "true" { return .bool(true) }
            if text == "false" { return .bool(false) }
            if let integer = Int(text) { return .integer(integer) }
            if let double = Double(text), text.first?.isNumber == true || text.first == "-" { return .double(double) }
            return .string(text)
        case .sequence(let elements): return .array(elements.map(\.jsonValue))
        case .mapping(let entries):
            return .object(Dictionary(entries.map { ($0.key, $0.value.jsonValue) }, uniquingKeysWith: { _, last in last }))
        }
    }

    /// A tree from a JSON value (no locations): strings become quoted scalars, other scalars plain ones.
    public init(json: JSONValue) {
        switch json {
        case .null: self.init(.null)
        case .bool(let b): self.init(.scalar(b ? "true" : "false", .plain))
        case .integer(let i): self.init(.scalar(String(i), .plain))
        case .double(let d): self.init(.scalar(String(d), .plain))
        case .string(let s): self.init(.scalar(s, .quoted))
        case .array(let a): self.init(.sequence(a.map(ConfigNode.init(json:))))
        case .object(let o):
            self.init(.mapping(o.keys.sorted().map { Entry(key: $0, value: ConfigNode(json: o[$0] ?? .null)) }))
        }
    }

    /// This tree with `overrides` laid over it: mappings merge key by key (recursively), anything else is replaced.
    public func merging(_ overrides: ConfigNode) -> ConfigNode {
        guard case .mapping(var base) = value, case .mapping(let over) = overrides.value else { return overrides }
        for entry in over {
            if let index = base.firstIndex(where: { $0.key == entry.key }) {
                base[index] = Entry(key: entry.key, keyLocation: entry.keyLocation, value: base[index].value.merging(entry.value))
            } else {
                base.append(entry)
            }
        }
        return ConfigNode(.mapping(base), at: overrides.location ?? location)
    }
}
