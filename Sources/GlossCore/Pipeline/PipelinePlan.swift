/// A pipeline checked against a registry: every stage known, every option decoded, every `requires`
/// met by an earlier stage. Nothing is instantiated yet, so checking is cheap (no model is loaded).
public struct PipelinePlan: Sendable {
    /// One checked step.
    public struct Step: Sendable {
        /// The step's label: its `label:`, or the stage name (`name-2` for a second use of a stage).
        public var label: String
        /// The stage type's name.
        public var stageName: String
        public var stageSummary: String
        /// Where the step is written.
        public var location: SourceLocation?
        public var requires: Set<Layer>
        public var produces: Set<Layer>
        /// The options in effect, defaults filled in.
        public var options: JSONValue
        /// The stage's defaults, to show which options the file changed.
        public var defaults: JSONValue
        /// Per-option documentation.
        public var optionDocumentation: [String: String]
        fileprivate var instantiate: @Sendable (StageContext) throws -> AnyStage
    }

    /// The definition this plan was made from.
    public var definition: PipelineDefinition
    /// The steps, in order.
    public var steps: [Step]

    /// Checks `definition` against `registry`, reporting every problem at once.
    /// - Throws: ``DiagnosticError`` with all problems, in file order.
    public init(_ definition: PipelineDefinition, registry: StageRegistry) throws(DiagnosticError) {
        var diagnostics: [Diagnostic] = []
        var steps: [Step] = []
        var usedLabels: [String: Int] = [:]
        for entry in definition.stages {
            guard let type = registry.stage(named: entry.name) else {
                diagnostics.append(.error(
                    "unknown stage '\(MessageText.quoted(entry.name))'\(Suggestions.didYouMean(entry.name, in: registry.names)); known stages: \(registry.names.joined(separator: ", ")) (see 'gloss stages')",
                    at: entry.location))
                continue
            }
            var label = entry.label ?? entry.name
            if let explicit = entry.label, usedLabels[explicit] != nil {
                diagnostics.append(.error("label '\(MessageText.quoted(explicit))' is used twice; labels name steps in messages and must be unique", at: entry.location))
            } else if entry.label == nil, let count = usedLabels[label] {
                label = "\(entry.name)-\(count + 1)"
            }
            usedLabels[entry.label ?? entry.name, default: 0] += 1
            if let step = Self.plan(type, entry: entry, label: label, diagnostics: &diagnostics) { steps.append(step) }
        }
        Self.checkOrder(steps, registry: registry, definition: definition, diagnostics: &diagnostics)
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        self.definition = definition
        self.steps = steps
    }

    private static func plan<S: Stage>(
        _ type: S.Type, entry: PipelineDefinition.StageEntry, label: String, diagnostics: inout [Diagnostic]
    ) -> Step? {
        let stageName = S.name
        let described = label == stageName ? "stage '\(stageName)'" : "step '\(MessageText.quoted(label))' (stage '\(stageName)')"
        let decoder = ConfigDecoder(subject: { path in "option '\(path)' of \(described)" })
        let defaults: JSONValue
        do {
            defaults = try JSONValueEncoder().encode(S.Options())
        } catch {
            diagnostics.append(.error("\(described): its default options cannot be encoded (\(error)); this is a bug in the stage", at: entry.location))
            return nil
        }
        let defaultsNode = ConfigNode(json: defaults)
        let probe = decoder.decodeTracking(S.Options.self, from: defaultsNode)
        var allowed = probe.requestedKeys
        collectKeys(of: defaultsNode, path: "", into: &allowed)
        var problems = 0
        if let options = entry.options {
            problems += reportUnknownKeys(
                in: options, path: "", allowed: allowed, open: probe.openPaths, described: described, diagnostics: &diagnostics)
        }
        let merged = entry.options.map { defaultsNode.merging($0) } ?? defaultsNode
        let decoded = decoder.decodeTracking(S.Options.self, from: merged).value
        let options: S.Options
        switch decoded {
        case .success(let value): options = value
        case .failure(let error):
            diagnostics.append(error.diagnostic)
            return nil
        }
        for message in options.validate() {
            diagnostics.append(.error("\(described): \(message)", at: entry.options?.location ?? entry.location))
            problems += 1
        }
        guard problems == 0 else { return nil }
        let resolved = (try? JSONValueEncoder().encode(options)) ?? defaults
        return Step(
            label: label, stageName: stageName, stageSummary: S.summary, location: entry.location,
            requires: S.requires(with: options), produces: S.produces(with: options),
            options: resolved, defaults: defaults, optionDocumentation: S.Options.documentation,
            instantiate: { context in AnyStage(try S(options: options, context: context)) })
    }

    private static func collectKeys(of node: ConfigNode, path: String, into allowed: inout [String: Set<String>]) {
        guard let entries = node.entries else { return }
        for entry in entries {
            allowed[path, default: []].insert(entry.key)
            collectKeys(of: entry.value, path: path.isEmpty ? entry.key : path + "." + entry.key, into: &allowed)
        }
    }

    private static func reportUnknownKeys(
        in node: ConfigNode, path: String, allowed: [String: Set<String>], open: Set<String>, described: String,
        diagnostics: inout [Diagnostic]
    ) -> Int {
        guard let entries = node.entries, !open.contains(path) else { return 0 }
        let known = allowed[path] ?? []
        var problems = 0
        var seen: Set<String> = []
        for entry in entries {
            let childPath = path.isEmpty ? entry.key : path + "." + entry.key
            if !seen.insert(entry.key).inserted {
                diagnostics.append(.error("option '\(MessageText.quoted(childPath))' of \(described) is given twice", at: entry.keyLocation ?? entry.value.location))
                problems += 1
            }
            guard known.contains(entry.key) else {
                let listed = known.isEmpty ? "it takes no options" : "options: " + known.sorted().joined(separator: ", ")
                diagnostics.append(.error(
                    "unknown option '\(MessageText.quoted(childPath))' for \(described)\(Suggestions.didYouMean(entry.key, in: known)); \(listed)",
                    at: entry.keyLocation ?? entry.value.location))
                problems += 1
                continue
            }
            problems += reportUnknownKeys(
                in: entry.value, path: childPath, allowed: allowed, open: open, described: described, diagnostics: &diagnostics)
        }
        return problems
    }

    private static func checkOrder(
        _ steps: [Step], registry: StageRegistry, definition: PipelineDefinition, diagnostics: inout [Diagnostic]
    ) {
        var available = Layer.initial
        var producerOf: [Layer: String] = [:]
        for (index, step) in steps.enumerated() {
            for layer in step.requires.subtracting(available).sorted() {
                let later = steps[(index + 1)...].first { $0.produces.contains(layer) }
                let hint: String
                if let later {
                    hint = "; move '\(later.label)' before it"
                } else if let provider = registry.stages.first(where: { $0.produces.contains(layer) }) {
                    hint = "; add '\(provider.name)' before it"
                } else {
                    hint = "; no known stage produces it"
                }
                diagnostics.append(.error(
                    "stage '\(step.label)' needs '\(layer)', which no earlier stage produces\(hint)", at: step.location))
            }
            if step.produces.contains(.text) {
                let spans = Layer.spanLayers.intersection(available).sorted()
                if let first = spans.first, let producer = producerOf[first] {
                    diagnostics.append(.error(
                        "stage '\(step.label)' rewrites the text, which breaks the \(spans.map { "'\($0)'" }.joined(separator: ", ")) from '\(producer)' before it; move '\(step.label)' before '\(producer)'",
                        at: step.location))
                }
            }
            for layer in step.produces where producerOf[layer] == nil { producerOf[layer] = step.label }
            available.formUnion(step.produces)
        }
    }

    /// Builds every stage (loading models); failures name the step and its place in the file.
    public func instantiate(context: StageContext) throws(DiagnosticError) -> Pipeline {
        var stages: [AnyStage] = []
        var diagnostics: [Diagnostic] = []
        for step in steps {
            var stepContext = context
            stepContext.label = step.label
            do {
                stages.append(try step.instantiate(stepContext))
            } catch {
                diagnostics.append(.error("stage '\(step.label)' could not start: \(error)", at: step.location))
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return Pipeline(plan: self, stages: stages)
    }
}

/// A built stage behind a uniform interface.
struct AnyStage: Sendable {
    let process: @Sendable (inout Document) throws -> Void
    let finish: @Sendable () -> Void

    init<S: Stage>(_ stage: S) {
        process = { document in try stage.process(&document) }
        finish = { stage.finish() }
    }
}
