import GlossCore

/// One line of a test's `expect:` mapping — `KEY: VALUE` — read, checked and ready to evaluate.
///
/// ```yaml
/// sentences: 3
/// entities contain: {text: Mara Quell, label: PER}
/// quote 1 speaker: Mara Quell
/// summary contains: walked out
/// ext.keywords contain: [strike, depot]
/// tokens at least: 40
/// ```
public struct Expectation: Sendable {
    public var key: ExpectationKey
    /// The expected value, as written (YAML scalars keep their text until compared).
    public var value: ConfigNode
    /// Where the expectation is written.
    public var location: SourceLocation?

    /// Reads `key: value`.
    /// - Throws: ``ExpectationSyntaxError`` when the key breaks the grammar or the value cannot go with it.
    public init(key: String, value: ConfigNode, location: SourceLocation? = nil) throws(ExpectationSyntaxError) {
        self.key = try ExpectationKey.parse(key)
        self.value = value
        self.location = location
        try checkValue()
    }

    /// `key: value` as written, for messages.
    public var text: String { "\(key.text): \(ValueText.node(value))" }

    /// Why this expectation can never hold in a pipeline whose steps produce `available` (plus text and
    /// meta), or nil: a layer nobody produces is a mistake in the test, not a failure to wait for.
    public func unavailableLayer(in available: Set<Layer>) -> String? {
        guard let layer = key.layer, !Layer.initial.contains(layer), !available.contains(layer) else { return nil }
        let produced = available.subtracting(Layer.initial).sorted().map(\.rawValue)
        let name = key.root == .ext ? "ext.\(layer)" : "'\(layer)'"
        let hint = Suggestions.didYouMean(layer.rawValue, in: produced)
        return "no stage of the pipeline produces \(name)\(hint); it produces \(produced.isEmpty ? "nothing but text and meta" : produced.joined(separator: ", "))"
    }

    private func checkValue() throws(ExpectationSyntaxError) {
        switch key.verb {
        case .atLeast, .atMost:
            guard ValueMatching.number(value) != nil else {
                throw ExpectationSyntaxError("'\(key.text)' needs a number, got \(value.kindDescription)")
            }
        case .contains, .excludes:
            for wanted in value.elements ?? [value] where wanted.elements != nil {
                throw ExpectationSyntaxError("'\(key.text)': a list after \(key.verb.rawValue) means each of its items; an item cannot be a list itself")
            }
        case .equals:
            if key.root.isSpanList, !key.picksItem, value.entries != nil {
                throw ExpectationSyntaxError(
                    "'\(key.text)' is a list: compare it with a number (how many), a list, or use '\(key.text) contain: \(ValueText.node(value))'")
            }
        }
        try checkFields(of: value)
    }

    /// Field names in a mapping value must be real fields of the items compared (a typo must not pass
    /// silently as "no item has that field").
    private func checkFields(of node: ConfigNode) throws(ExpectationSyntaxError) {
        guard let fields = key.root.fields, !fields.isEmpty else { return }
        let comparesItems = key.root.isSpanList && !key.steps.contains(where: \.isField)
        guard comparesItems || (key.root == .summary && key.steps.isEmpty) else { return }
        for candidate in node.elements ?? [node] {
            for entry in candidate.entries ?? [] where !fields.contains(entry.key) {
                let item = key.root == .summary ? "the summary" : key.root.anItem
                throw ExpectationSyntaxError(
                    "unknown field '\(entry.key)' of \(item) in '\(key.text)'\(Suggestions.didYouMean(entry.key, in: fields)); fields: \(fields.joined(separator: ", "))")
            }
        }
    }

    /// Checks the expectation on a document.
    /// - Parameter producer: the step that produced a layer, for the message (`tag`), or nil when none did.
    public func evaluate(on view: DocumentView, producer: (Layer) -> String? = { _ in nil }) -> ExpectationResult {
        let source = sourceNote(producer)
        let actual: JSONValue
        let context: String?
        switch resolve(in: view) {
        case .found(let found, let place):
            actual = found
            context = place
        case .missing(let why):
            if key.verb == .equals, value.isNull, why.readsAsNull {
                return result(true, expected: "nothing", actual: "nothing")
            }
            return result(false, expected: expectedText(for: nil), actual: why.text + source)
        }
        let contextText = context.map { " (\($0))" } ?? ""
        switch key.verb {
        case .equals:
            if case .array(let items) = actual, let count = ValueMatching.count(value) {
                return result(items.count == count, expected: "\(count) \(noun(count: count))", actual: describe(actual) + source)
            }
            return result(ValueMatching.matches(value, actual), expected: ValueText.node(value), actual: describe(actual) + contextText + source)
        case .contains, .excludes:
            let wanted = value.elements ?? [value]
            let found: [Bool]
            if case .array(let items) = actual {
                found = wanted.map { want in items.contains { ValueMatching.matches(want, $0) } }
            } else if let text = ValueMatching.searchableText(actual) {
                found = wanted.map { want in want.scalar.map { text.contains($0) } ?? false }
            } else {
                return result(false, expected: expectedText(for: actual), actual: "\(describe(actual)), which has no items or text to look in" + source)
            }
            let passed = key.verb == .contains ? found.allSatisfy { $0 } : !found.contains(true)
            var actualText = describe(actual) + contextText + source
            if !passed {
                let culprits = zip(wanted, found).filter { $0.1 == (key.verb == .excludes) }.map { ValueText.node($0.0) }
                actualText += key.verb == .contains ? "; nothing matches \(culprits.joined(separator: ", "))" : "; found \(culprits.joined(separator: ", "))"
            }
            return result(passed, expected: expectedText(for: actual), actual: actualText)
        case .atLeast, .atMost:
            let bound = ValueMatching.number(value) ?? 0
            let measured: Double
            if case .array(let items) = actual {
                measured = Double(items.count)
            } else if let number = actual.doubleValue {
                measured = number
            } else {
                return result(false, expected: expectedText(for: actual), actual: "\(describe(actual)), which is neither a number nor a list" + source)
            }
            let passed = key.verb == .atLeast ? measured >= bound : measured <= bound
            return result(passed, expected: expectedText(for: actual), actual: describe(actual) + contextText + source)
        }
    }

    private func result(_ passed: Bool, expected: String, actual: String) -> ExpectationResult {
        ExpectationResult(expectation: self, passed: passed, expected: expected, actual: actual)
    }

    // MARK: - Finding the value

    private struct Missing {
        var text: String
        /// A member missing from an object that exists reads as null (`quote 1 speaker: null` holds).
        var readsAsNull: Bool
    }

    private enum Resolution {
        case found(JSONValue, context: String?)
        case missing(Missing)
    }

    /// Follows the key's steps from the root. The context names the item a field was taken from.
    private func resolve(in view: DocumentView) -> Resolution {
        guard var current = view.value(of: key.root) else {
            return .missing(Missing(text: "no \(key.root.rawValue): the document has no such layer", readsAsNull: false))
        }
        var path = key.root.rawValue
        var picked: String?
        for step in key.steps {
            switch step {
            case .index(let number):
                guard case .array(let items) = current else {
                    return .missing(Missing(text: "\(path) is \(current.kindDescription), not a list", readsAsNull: false))
                }
                let index = number > 0 ? number - 1 : items.count + number
                let itemName = key.root.isSpanList ? key.root.singular : path
                guard items.indices.contains(index) else {
                    let root = key.root.isSpanList ? key.root : .ext
                    return .missing(Missing(
                        text: "no \(itemName) \(number): there are \(ValueText.list(items, of: root, noun: key.root.isSpanList ? key.root.rawValue : "items"))",
                        readsAsNull: false))
                }
                current = items[index]
                picked = "\(itemName) \(number) of \(items.count): \(ValueText.item(current, of: key.root.isSpanList ? key.root : .ext))"
                path = "\(itemName) \(number)"
            case .field(let name):
                guard case .object(let members) = current else {
                    return .missing(Missing(text: "\(path) is \(current.kindDescription), which has no '\(name)'", readsAsNull: false))
                }
                let dotted = key.root == .meta || key.root == .ext
                let next = dotted && picked == nil ? "\(path).\(name)" : "\(path) \(name)"
                guard let member = members[name] else {
                    let text = picked.map { "no \(name) in \($0)" }
                        ?? "no \(next)\(members.isEmpty ? "" : "; \(path) has \(members.keys.sorted().joined(separator: ", "))")"
                    return .missing(Missing(text: text, readsAsNull: true))
                }
                current = member
                path = next
            }
        }
        if let picked, case .field? = key.steps.last { return .found(current, context: "in \(picked)") }
        return .found(current, context: nil)
    }

    // MARK: - Describing

    private func describe(_ actual: JSONValue) -> String {
        if case .array(let items) = actual {
            let wholeLayer = key.root.isSpanList && key.steps.isEmpty
            return ValueText.list(items, of: wholeLayer ? key.root : .ext, noun: noun(count: items.count))
        }
        if key.root.isSpanList, case .index? = key.steps.last { return ValueText.item(actual, of: key.root) }
        if key.root == .summary, key.steps.isEmpty, let text = actual["text"]?.stringValue {
            let sentences = actual["sentences"]?.arrayValue?.map(\.description).joined(separator: ", ") ?? ""
            return "\(ValueText.quoted(text)) (sentences \(sentences))"
        }
        return ValueText.json(actual)
    }

    private func expectedText(for actual: JSONValue?) -> String {
        let shown = ValueText.node(value)
        let isText = actual.map { ValueMatching.searchableText($0) != nil && $0.arrayValue == nil } ?? (key.root == .text || key.root == .summary)
        let several = (value.elements?.count ?? 1) > 1
        let items = value.elements?.map(ValueText.node).joined(separator: ", ") ?? shown
        switch key.verb {
        case .equals:
            if let count = ValueMatching.count(value), actual?.arrayValue != nil || (actual == nil && !key.picksItem && key.root.isSpanList) {
                return "\(count) \(noun(count: count))"
            }
            return shown
        case .contains:
            if isText { return "text containing \(items)" }
            return several ? "items matching each of \(items)" : "an item matching \(items)"
        case .excludes:
            if isText { return "text without \(items)" }
            return "no item matching \(several ? "any of " : "")\(items)"
        case .atLeast, .atMost:
            let bound = key.verb == .atLeast ? "at least" : "at most"
            if actual?.arrayValue != nil || (actual == nil && key.root.isSpanList && !key.picksItem) {
                let count = ValueMatching.count(value) ?? 0
                return "\(bound) \(shown) \(noun(count: count))"
            }
            return "\(bound) \(shown)"
        }
    }

    /// What the counted things are called: `sentences`, `entities`, or `items` under meta and ext.
    private func noun(count: Int) -> String {
        let plural = key.root.isSpanList && key.steps.isEmpty ? key.root.rawValue : "items"
        return count == 1 ? ValueText.singular(plural) : plural
    }

    private func sourceNote(_ producer: (Layer) -> String?) -> String {
        guard let layer = key.layer else { return "" }
        if let step = producer(layer) { return ", from stage '\(step)'" }
        return layer == .text || layer == .meta ? ", from the input" : ""
    }
}

/// The outcome of one expectation on one document.
public struct ExpectationResult: Sendable, CustomStringConvertible {
    public var expectation: Expectation
    public var passed: Bool
    /// What was expected, for a reader: `3 sentences`, `an item matching {label: PER, text: "Mara Quell"}`.
    public var expected: String
    /// What the document has, and which step produced it.
    public var actual: String

    /// ```
    /// tests.yaml:9:7: entities contain: {text: "Mara Quell", label: PER}
    ///   expected: an item matching {text: "Mara Quell", label: PER}
    ///   actual:   2 entities: "Mara Quel" PER, "Norvale" LOC, from stage 'tag'; nothing matches ...
    /// ```
    public var description: String {
        let place = expectation.location.map { "\($0): " } ?? ""
        return "\(place)\(expectation.text)\n  expected: \(expected)\n  actual:   \(actual)"
    }
}
