import GlossCore

/// Turns libyaml events into a ``ConfigNode`` tree, checking what the event stream alone does not:
/// anchors and aliases, duplicate and non-string keys, tags, one document, and the ``YAMLLimits``.
///
/// It keeps an explicit stack of open lists and mappings instead of recursing, so a deep file cannot
/// overflow the call stack; an open collection holds only finished children, so throwing the stack
/// away at any point releases flat. Problems that leave the events in order (a duplicate key, an
/// unknown alias, a tag) are collected so that one run reports them all; exceeding a limit or a second
/// document stops at once.
struct TreeBuilder {
    /// A finished node with what the limits need to know about it.
    private struct Subtree {
        var node: ConfigNode
        /// Nodes with every alias expanded, this one included.
        var size: Int
        /// Levels of lists and mappings: 0 for a scalar, 1 for a flat list.
        var height: Int
    }

    /// The node most recently declared under an anchor name.
    private enum Anchored {
        /// Still being read: an alias to it would contain itself.
        case open
        case finished(Subtree)
    }

    /// A mapping's state between a key and its value.
    private enum PendingKey {
        case key(String, SourceLocation)
        /// The key was rejected (and diagnosed): its value is read and dropped.
        case rejected
    }

    /// An open list or mapping.
    private struct Frame {
        let isMapping: Bool
        let location: SourceLocation
        let anchor: String?
        var elements: [ConfigNode] = []
        var entries: [ConfigNode.Entry] = []
        var keyLocations: [String: SourceLocation] = [:]
        var pendingKey: PendingKey?
        var size = 1
        var height = 1
    }

    private static let coreTagPrefix = "tag:yaml.org,2002:"

    let file: String
    let limits: YAMLLimits
    /// Problems found so far that did not stop the build.
    private(set) var diagnostics: [Diagnostic] = []
    private var stack: [Frame] = []
    /// By name; a later anchor of the same name replaces an earlier one, as an alias refers to the
    /// latest node declared under its name.
    private var anchors: [String: Anchored] = [:]
    private var expandedNodes = 0
    private var documents = 0
    private var root: ConfigNode?

    init(file: String, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
    }

    /// The finished tree; an empty stream is an empty (null) scalar at 1:1.
    func finish() throws(DiagnosticError) -> ConfigNode {
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return root ?? .plain("", at: SourceLocation(file: file, line: 1, column: 1))
    }

    /// Takes the next event. Throws only for problems that stop the build (the thrown error holds that
    /// problem alone; ``diagnostics`` holds the earlier ones).
    mutating func consume(_ event: YAMLEvent) throws(DiagnosticError) {
        switch event {
        case .streamStart, .streamEnd, .documentEnd:
            break
        case .documentStart(let location):
            documents += 1
            if documents > 1 {
                throw DiagnosticError(.error(
                    "a second YAML document starts here; only one document per file is supported", at: location))
            }
        case .scalar(let text, let style, let properties, let location):
            try count(1, at: location, alias: nil)
            let node = ConfigNode(.scalar(text, scalarStyle(style, tag: properties.tag, at: location)), at: location)
            let subtree = Subtree(node: node, size: 1, height: 0)
            if let anchor = properties.anchor { anchors[anchor] = .finished(subtree) }
            attach(subtree)
        case .alias(let name, let location):
            attach(try resolveAlias(name, at: location))
        case .sequenceStart(let properties, let location):
            try open(isMapping: false, properties, at: location)
        case .mappingStart(let properties, let location):
            try open(isMapping: true, properties, at: location)
        case .sequenceEnd, .mappingEnd:
            guard let frame = stack.popLast() else { return }
            let value: ConfigNode.Value = frame.isMapping ? .mapping(frame.entries) : .sequence(frame.elements)
            let subtree = Subtree(node: ConfigNode(value, at: frame.location), size: frame.size, height: frame.height)
            // Unless the name was declared again inside this node: that later declaration stays.
            if let anchor = frame.anchor, case .open = anchors[anchor] { anchors[anchor] = .finished(subtree) }
            attach(subtree)
        }
    }

    private mutating func open(isMapping: Bool, _ properties: YAMLEvent.Properties, at location: SourceLocation) throws(DiagnosticError) {
        if stack.count >= limits.maxDepth {
            throw DiagnosticError(.error(
                "lists and mappings nest deeper than the limit of \(limits.maxDepth) levels (YAMLLimits.maxDepth)", at: location))
        }
        try count(1, at: location, alias: nil)
        if let tag = properties.tag, tag != "!", tag != Self.coreTagPrefix + (isMapping ? "map" : "seq") {
            unsupported(tag: tag, at: location)
        }
        if let anchor = properties.anchor { anchors[anchor] = .open }
        stack.append(Frame(isMapping: isMapping, location: location, anchor: properties.anchor))
    }

    /// `!!str` and the non-specific `!` make a scalar a string however it is written; other tags are
    /// rejected rather than half-understood.
    private mutating func scalarStyle(_ style: ConfigNode.ScalarStyle, tag: String?, at location: SourceLocation) -> ConfigNode.ScalarStyle {
        guard let tag else { return style }
        if tag == "!" || tag == Self.coreTagPrefix + "str" { return .quoted }
        unsupported(tag: tag, at: location)
        return style
    }

    private mutating func unsupported(tag: String, at location: SourceLocation) {
        let shown = tag.hasPrefix(Self.coreTagPrefix) ? "!!" + tag.dropFirst(Self.coreTagPrefix.count) : tag
        diagnostics.append(.error(
            "unsupported tag '\(shown)': values are read untagged and only '!!str' is understood (remove the tag)", at: location))
    }

    /// The anchored subtree, shared rather than copied, with its root placed at the alias so that a
    /// problem with the value points where it is used.
    private mutating func resolveAlias(_ name: String, at location: SourceLocation) throws(DiagnosticError) -> Subtree {
        let placeholder = Subtree(node: .plain("", at: location), size: 1, height: 0)
        let subtree: Subtree
        switch anchors[name] {
        case .finished(let anchored): subtree = anchored
        case .open:
            diagnostics.append(.error("alias '*\(name)' refers to a node that contains it (a recursive alias)", at: location))
            return placeholder
        case nil:
            diagnostics.append(.error("unknown alias '*\(name)' (no anchor '&\(name)' before it)", at: location))
            return placeholder
        }
        if stack.count + subtree.height > limits.maxDepth {
            throw DiagnosticError(.error(
                "alias '*\(name)' nests lists and mappings deeper than the limit of \(limits.maxDepth) levels (YAMLLimits.maxDepth)",
                at: location))
        }
        try count(subtree.size, at: location, alias: name)
        var placed = subtree
        placed.node.location = location
        return placed
    }

    private mutating func count(_ nodes: Int, at location: SourceLocation, alias: String?) throws(DiagnosticError) {
        expandedNodes += nodes
        guard expandedNodes > limits.maxExpandedNodes else { return }
        let limit = "the limit of \(limits.maxExpandedNodes) nodes (YAMLLimits.maxExpandedNodes)"
        throw DiagnosticError(.error(
            alias.map { "alias '*\($0)' expands the document beyond \(limit); aliases that repeat aliases grow exponentially" }
                ?? "the document has more than \(limit)",
            at: location))
    }

    /// Puts a finished node into the open collection (as an element, a key or a value), or makes it the root.
    private mutating func attach(_ subtree: Subtree) {
        guard !stack.isEmpty else {
            root = subtree.node
            return
        }
        let top = stack.count - 1
        stack[top].size += subtree.size
        stack[top].height = max(stack[top].height, subtree.height + 1)
        guard stack[top].isMapping else {
            stack[top].elements.append(subtree.node)
            return
        }
        guard let pending = stack[top].pendingKey else {
            stack[top].pendingKey = key(subtree.node, in: top)
            return
        }
        stack[top].pendingKey = nil
        if case .key(let key, let keyLocation) = pending {
            stack[top].entries.append(ConfigNode.Entry(key: key, keyLocation: keyLocation, value: subtree.node))
        }
    }

    private mutating func key(_ node: ConfigNode, in frame: Int) -> PendingKey {
        let location = node.location ?? stack[frame].location
        guard case .scalar(let text, let style) = node.value else {
            diagnostics.append(.error("a mapping key must be a string, found \(node.kindDescription)", at: location))
            return .rejected
        }
        if text == "<<" && style == .plain {
            diagnostics.append(.error(
                "merge keys ('<<') are not supported: write the keys out, or alias the whole mapping", at: location))
            return .rejected
        }
        if let first = stack[frame].keyLocations[text] {
            diagnostics.append(.error("duplicate key '\(Self.shortened(text))' (first at \(first.line):\(first.column))", at: location))
            return .rejected
        }
        stack[frame].keyLocations[text] = location
        return .key(text, location)
    }

    /// A key as messages show it: long keys are cut.
    private static func shortened(_ text: String) -> String {
        text.utf8.count > 60 ? String(text.prefix(40)) + "…" : text
    }
}
