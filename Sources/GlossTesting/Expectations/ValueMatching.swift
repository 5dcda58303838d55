import GlossCore

/// How an expected value, as written in YAML, matches an actual JSON value.
///
/// - A mapping matches an object that has each of its members, matching (`{text: X, label: PER}`
///   matches an entity whatever its offsets); a null member expects the member to be absent or null.
/// - A list matches a list of the same length, item by item.
/// - A scalar matches a string with the same text, a number or boolean of the same value (when written
///   unquoted), or an object with a `text` member equal to it (a sentence, an entity, the summary).
enum ValueMatching {
    static func matches(_ expected: ConfigNode, _ actual: JSONValue) -> Bool {
        switch expected.value {
        case .mapping(let entries):
            guard case .object(let members) = actual else { return false }
            return entries.allSatisfy { entry in
                guard let member = members[entry.key] else { return entry.value.isNull }
                return matches(entry.value, member)
            }
        case .sequence(let elements):
            guard case .array(let items) = actual, items.count == elements.count else { return false }
            return zip(elements, items).allSatisfy { matches($0, $1) }
        case .null:
            return actual == .null
        case .scalar(let text, let style):
            if expected.isNull { return actual == .null }
            switch actual {
            case .string(let string): return string == text
            case .integer(let integer): return style == .plain && (Int(text) == integer || Double(text) == Double(integer))
            case .double(let double): return style == .plain && Double(text) == double
            case .bool(let bool): return style == .plain && text == (bool ? "true" : "false")
            case .null: return false
            case .object(let members): return members["text"]?.stringValue == text
            case .array: return false
            }
        }
    }

    /// The text of a value for substring checks: a string, or an object's `text`.
    static func searchableText(_ actual: JSONValue) -> String? {
        actual.stringValue ?? actual["text"]?.stringValue
    }

    /// An unquoted whole number, as used for counts and bounds.
    static func count(_ node: ConfigNode) -> Int? {
        guard case .scalar(let text, .plain) = node.value else { return nil }
        return Int(text)
    }

    /// An unquoted number, for bounds on numeric values.
    static func number(_ node: ConfigNode) -> Double? {
        guard case .scalar(let text, .plain) = node.value else { return nil }
        return Double(text)
    }
}

/// Short, readable renderings of expected and actual values for failure messages.
enum ValueText {
    /// Longest rendering of one string before it is cut.
    static let maximumStringLength = 80
    /// Items of a list shown before `…`.
    static let maximumItems = 8

    /// An expected value as the user wrote it: `"Dmitry Peskov"`, `3`, `{label: PER, text: "Dmitry Peskov"}`.
    static func node(_ node: ConfigNode) -> String {
        switch node.value {
        case .null: return "null"
        case .scalar(let text, let style):
            if node.isNull { return "null" }
            if style == .plain, Double(text) != nil || text == "true" || text == "false" { return text }
            return quoted(text)
        case .sequence(let elements): return "[" + elements.map(Self.node).joined(separator: ", ") + "]"
        case .mapping(let entries): return "{" + entries.map { "\($0.key): \(Self.node($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// An actual value: strings quoted and cut, objects and lists compact.
    static func json(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return quoted(text)
        case .array(let items):
            let shown = items.prefix(maximumItems).map(json).joined(separator: ", ")
            return "[" + shown + (items.count > maximumItems ? ", …" : "") + "]"
        case .object(let members):
            let shown = members.keys.sorted().map { "\($0): \(json(members[$0] ?? .null))" }
            return "{" + shown.joined(separator: ", ") + "}"
        default: return value.description
        }
    }

    /// One item of a layer, the way a reader recognises it: a sentence by its text, an entity by text
    /// and label, a quote by text and speaker.
    static func item(_ value: JSONValue, of root: ExpectationKey.Root) -> String {
        switch root {
        case .sentences:
            return value["text"].map(json) ?? json(value)
        case .tokens:
            let text = value["text"].map(json) ?? json(value)
            return value["pos"]?.stringValue.map { "\(text)/\($0)" } ?? text
        case .entities:
            let text = value["text"].map(json) ?? "?"
            return "\(text) \(value["label"]?.stringValue ?? "?")"
        case .quotes:
            let text = value["text"]?.stringValue.map { "“\(cut($0))”" } ?? "?"
            let speaker = value["speaker"]?.stringValue.map { " — \($0)" } ?? " — (no speaker)"
            return text + speaker
        default:
            return json(value)
        }
    }

    /// A list of items: `3 entities: "A" PER, "B" ORG, "C" LOC`.
    static func list(_ items: [JSONValue], of root: ExpectationKey.Root, noun: String) -> String {
        let count = "\(items.count) \(items.count == 1 ? singular(noun) : noun)"
        guard !items.isEmpty else { return count }
        let shown = items.prefix(maximumItems).map { item($0, of: root) }.joined(separator: ", ")
        return count + ": " + shown + (items.count > maximumItems ? ", …" : "")
    }

    static func quoted(_ text: String) -> String {
        var escaped = ""
        for character in cut(text) {
            switch character {
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default: escaped.append(character)
            }
        }
        return "\"\(escaped)\""
    }

    static func cut(_ text: String) -> String {
        text.count > maximumStringLength ? String(text.prefix(maximumStringLength - 1)) + "…" : text
    }

    static func singular(_ noun: String) -> String {
        switch noun {
        case "entities": return "entity"
        case "items": return "item"
        default: return noun.hasSuffix("s") ? String(noun.dropLast()) : noun
        }
    }
}
