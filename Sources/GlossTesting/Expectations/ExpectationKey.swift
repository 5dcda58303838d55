import GlossCore

/// The left side of an expectation, `SUBJECT [VERB]`, read and checked.
///
/// The grammar (documented for users in `gloss test --help` and Examples/CustomStage/README.md):
/// ```
/// key      := subject [verb]
/// subject  := root {index | field}
/// root     := sentences | tokens | entities | quotes | summary | text | id    (singular forms too)
///           | meta[.NAME...] | ext[.NAME...]
/// index    := 1, 2, ... from the start; -1, -2, ... from the end
/// field    := a member of the item: quote 1 speaker, entity 2 label, summary text
/// verb     := contains | contain | excludes | exclude | at least | at most     (none: equals)
/// ```
public struct ExpectationKey: Sendable, Hashable, CustomStringConvertible {
    /// What is being looked at.
    public enum Root: String, Sendable, Hashable, CaseIterable {
        case sentences, tokens, entities, quotes, summary, text, id, meta, ext

        /// The name of one item, for messages: `sentence`, `entity`.
        var singular: String {
            switch self {
            case .sentences: return "sentence"
            case .tokens: return "token"
            case .entities: return "entity"
            case .quotes: return "quote"
            default: return rawValue
            }
        }

        /// "a sentence", "an entity": one item, with its article, for messages.
        var anItem: String { (["entity"].contains(singular) ? "an " : "a ") + singular }

        /// Whether the root is a list of spans (its items have the fields below).
        var isSpanList: Bool { [.sentences, .tokens, .entities, .quotes].contains(self) }

        /// The members an item of this root has, or nil when any name may occur (meta, ext).
        var fields: [String]? {
            switch self {
            case .sentences: return ["start", "end", "text"]
            case .tokens: return ["start", "end", "text", "pos"]
            case .entities: return ["start", "end", "label", "text"]
            case .quotes: return ["start", "end", "text", "speaker", "speaker_start", "speaker_end", "speaker_role", "cue", "kind"]
            case .summary: return ["sentences", "text"]
            case .text, .id: return []
            case .meta, .ext: return nil
            }
        }
    }

    /// One step from the root to the value.
    public enum Step: Sendable, Hashable {
        /// An item of a list: 1 is the first, -1 the last.
        case index(Int)
        /// A member of an object.
        case field(String)

        var isField: Bool {
            if case .field = self { return true }
            return false
        }
    }

    /// How the value is compared.
    public enum Verb: String, Sendable, Hashable {
        case equals = ""
        case contains
        case excludes
        case atLeast = "at least"
        case atMost = "at most"
    }

    public var root: Root
    /// Steps after the root (for meta and ext, the dotted names come first).
    public var steps: [Step]
    public var verb: Verb
    /// The key as written, for messages.
    public var text: String

    public var description: String { text }

    /// The layer whose content this key reads, for "from stage X" and for checking that the pipeline
    /// produces it: `tokens`, `pos` for a token's tag, an ext key's own name.
    public var layer: Layer? {
        switch root {
        case .sentences: return .sentences
        case .tokens: return steps.contains(.field("pos")) ? .pos : .tokens
        case .entities: return .entities
        case .quotes: return .quotes
        case .summary: return .summary
        case .text: return .text
        case .meta: return .meta
        case .id: return nil
        case .ext:
            if case .field(let name)? = steps.first { return Layer(name) }
            return nil
        }
    }

    /// Whether the key names a single item field-by-field, not a whole list.
    var picksItem: Bool { steps.contains { !$0.isField } }

    static let rootNames: [String] = Root.allCases.map { $0 == .meta || $0 == .ext ? "\($0.rawValue).NAME" : $0.rawValue }
    private static let verbs = ["contains", "contain", "excludes", "exclude", "at least", "at most"]
    private static let singulars: [String: Root] = ["sentence": .sentences, "token": .tokens, "entity": .entities, "quote": .quotes]

    /// Reads a key. Throws a message (without location) when it does not follow the grammar.
    public static func parse(_ key: String) throws(ExpectationSyntaxError) -> ExpectationKey {
        var words = key.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first else { throw ExpectationSyntaxError("an expectation needs a subject, such as 'sentences: 3'") }
        words.removeFirst()

        var verb = Verb.equals
        if words.count >= 2, words[words.count - 2] == "at", ["least", "most"].contains(words[words.count - 1]) {
            verb = words[words.count - 1] == "least" ? .atLeast : .atMost
            words.removeLast(2)
        } else if let last = words.last, ["contains", "contain"].contains(last) {
            verb = .contains
            words.removeLast()
        } else if let last = words.last, ["excludes", "exclude"].contains(last) {
            verb = .excludes
            words.removeLast()
        }

        let parts = first.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let rootName = parts[0]
        guard let root = Root(rawValue: rootName) ?? singulars[rootName] else {
            let hint = Suggestions.didYouMean(rootName, in: Root.allCases.map(\.rawValue) + Array(singulars.keys))
            throw ExpectationSyntaxError(
                "unknown expectation '\(key)': '\(rootName)' is not something a document has\(hint); start with one of \(rootNames.joined(separator: ", "))")
        }
        var steps: [Step] = []
        if parts.count > 1 {
            guard root == .meta || root == .ext else {
                throw ExpectationSyntaxError("'\(first)': only meta and ext take dotted names (meta.title, ext.keywords); write '\(rootName) 1 \(parts[1])' to look inside an item")
            }
            for name in parts.dropFirst() {
                guard !name.isEmpty else { throw ExpectationSyntaxError("'\(first)' has an empty name between dots") }
                steps.append(.field(name))
            }
        }
        for word in words {
            if let number = Int(word) {
                guard number != 0 else {
                    throw ExpectationSyntaxError("'\(key)': items count from 1 (and -1 is the last), so 0 picks nothing")
                }
                steps.append(.index(number))
            } else {
                steps.append(.field(word))
            }
        }
        let parsed = ExpectationKey(root: root, steps: steps, verb: verb, text: key)
        try parsed.checkSteps(words: words)
        return parsed
    }

    /// Checks that the steps fit the root: an index only on a list, known fields on known items.
    private func checkSteps(words: [String]) throws(ExpectationSyntaxError) {
        switch root {
        case .text, .id:
            if let word = words.first { throw unknownWord(word, fields: []) }
        case .summary:
            // Without dotted names, each step is one word of the key.
            for (step, word) in zip(steps, words) {
                guard case .field(let name) = step, root.fields?.contains(name) == true else {
                    throw unknownWord(word, fields: root.fields ?? [])
                }
            }
        case .sentences, .tokens, .entities, .quotes:
            var picked = false
            for (position, step) in steps.enumerated() {
                switch step {
                case .index:
                    guard !picked else {
                        throw ExpectationSyntaxError("'\(text)' picks an item twice; write one number: \(root.singular) 2")
                    }
                    picked = true
                case .field(let name):
                    let fields = root.fields ?? []
                    if !picked {
                        if fields.contains(name) {
                            throw ExpectationSyntaxError(
                                "'\(text)': \(root.rawValue) is a list, so pick one first ('\(root.singular) 1 \(name)') or match a field of any of them ('\(root.rawValue) contain: {\(name): ...}')")
                        }
                        throw unknownWord(name, fields: [])
                    }
                    guard fields.contains(name), position == steps.count - 1 else {
                        throw unknownWord(name, fields: fields)
                    }
                }
            }
        case .meta, .ext:
            break
        }
    }

    private func unknownWord(_ word: String, fields: [String]) -> ExpectationSyntaxError {
        let candidates = fields + Self.verbs
        let what = fields.isEmpty ? "a verb" : "a verb or a field of \(root == .summary ? "the summary" : root.anItem)"
        let listed = fields.isEmpty ? "" : "; fields: \(fields.joined(separator: ", "))"
        return ExpectationSyntaxError(
            "unknown word '\(word)' in '\(text)': expected \(what)\(Suggestions.didYouMean(word, in: candidates)); verbs: contains, excludes, at least, at most (none means equals)\(listed)")
    }
}

/// A key or value that does not follow the expectation grammar.
public struct ExpectationSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
