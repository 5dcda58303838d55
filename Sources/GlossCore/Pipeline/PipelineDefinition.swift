/// A pipeline file read into its parts, before any stage is looked up (architecture §3).
///
/// ```yaml
/// version: 1
/// name: news
/// on_error: skip
/// stages:
///   - clean
///   - summarize: {sentences: 3}
///     label: short
/// ```
public struct PipelineDefinition: Sendable {
    /// The highest pipeline-file version this build reads.
    public static let supportedVersion = 1

    /// One entry of `stages:`.
    public struct StageEntry: Sendable, Hashable {
        /// The stage's name as written.
        public var name: String
        /// Where the name is written.
        public var location: SourceLocation?
        /// The options mapping, nil when the entry is a bare name.
        public var options: ConfigNode?
        /// An explicit `label:`, if any.
        public var label: String?

        public init(name: String, location: SourceLocation? = nil, options: ConfigNode? = nil, label: String? = nil) {
            self.name = name
            self.location = location
            self.options = options
            self.label = label
        }
    }

    /// Limits that protect a run from hostile input; exceeding one fails that document only.
    public struct Limits: Sendable, Hashable {
        /// Largest document text accepted, in bytes (default 16 MiB).
        ///
        /// A document costs about 30 times its text at its peak through the news pipeline (tokens, layers
        /// and its JSON: 1.48 GB for a 50 MB document, release build), so 16 MiB bounds a worker near
        /// 0.5 GB while leaving room for 300 times a long news article.
        public var maxDocumentBytes = 16 << 20

        public init() {}
    }

    public var name: String?
    public var description: String?
    public var onError: ErrorPolicy = .skip
    /// The `output:` mapping; its keys belong to the writers and are checked by the runner that knows them.
    public var output: ConfigNode?
    public var limits = Limits()
    public var stages: [StageEntry] = []
    /// The file the definition came from.
    public var file: String

    public init(file: String = "<pipeline>", stages: [StageEntry] = []) {
        self.file = file
        self.stages = stages
    }

    private static let topLevelKeys = ["version", "name", "description", "on_error", "output", "limits", "stages"]

    /// Reads a definition from a configuration tree. Every problem found becomes a diagnostic; the
    /// definition is returned as far as it could be read so that later checks can add theirs.
    public static func read(
        _ root: ConfigNode, file: String, environment: [String: String]
    ) -> (PipelineDefinition, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var definition = PipelineDefinition(file: file)
        let root = VariableSubstitution.apply(to: root, environment: environment, diagnostics: &diagnostics)
        guard let entries = root.entries else {
            diagnostics.append(.error(
                "a pipeline file must be a mapping with 'version', 'stages' and optional 'name', 'description', 'on_error', 'output', 'limits'; found \(root.kindDescription)",
                at: root.location ?? SourceLocation(file: file, line: 1, column: 1)))
            return (definition, diagnostics)
        }
        let fileStart = root.location ?? SourceLocation(file: file, line: 1, column: 1)
        for entry in entries where !topLevelKeys.contains(entry.key) {
            diagnostics.append(.error(
                "unknown key '\(MessageText.quoted(entry.key))' in the pipeline file\(Suggestions.didYouMean(entry.key, in: topLevelKeys)); allowed: \(topLevelKeys.joined(separator: ", "))",
                at: entry.keyLocation ?? entry.value.location))
        }
        if let version = root["version"] {
            switch ConfigDecoder(subject: { _ in "'version'" }).decodeTracking(Int.self, from: version).value {
            case .success(let number) where number == supportedVersion: break
            case .success(let number):
                diagnostics.append(.error(
                    "unsupported pipeline version \(number); this gloss reads version \(supportedVersion) (write 'version: \(supportedVersion)')",
                    at: version.location))
            case .failure:
                diagnostics.append(.error("'version' must be \(supportedVersion), got \(version.kindDescription)", at: version.location))
            }
        } else {
            diagnostics.append(.error("missing 'version: \(supportedVersion)' (every pipeline file starts with it)", at: fileStart))
        }
        func string(_ key: String) -> String? {
            guard let node = root[key], !node.isNull else { return nil }
            do { return try ConfigDecoder(subject: { _ in "'\(key)'" }).decode(String.self, from: node) } catch {
                diagnostics.append(error.diagnostic)
                return nil
            }
        }
        definition.name = string("name")
        definition.description = string("description")
        if let policy = root["on_error"] {
            do { definition.onError = try ConfigDecoder(subject: { _ in "'on_error'" }).decode(ErrorPolicy.self, from: policy) } catch {
                diagnostics.append(error.diagnostic)
            }
        }
        if let output = root["output"], !output.isNull {
            if output.entries == nil {
                diagnostics.append(.error("'output' must be a mapping (for example 'format: jsonl'), got \(output.kindDescription)", at: output.location))
            } else {
                definition.output = output
            }
        }
        if let limits = root["limits"], !limits.isNull {
            readLimits(limits, into: &definition.limits, diagnostics: &diagnostics)
        }
        guard let stagesNode = root["stages"] else {
            diagnostics.append(.error("missing 'stages': list the stages to run, for example 'stages: [clean, segment]'", at: fileStart))
            return (definition, diagnostics)
        }
        guard let stageNodes = stagesNode.elements else {
            diagnostics.append(.error("'stages' must be a list (one '- name' per line), got \(stagesNode.kindDescription)", at: stagesNode.location))
            return (definition, diagnostics)
        }
        if stageNodes.isEmpty {
            diagnostics.append(.error("'stages' is empty: a pipeline needs at least one stage", at: stagesNode.location))
        }
        for node in stageNodes {
            if let entry = readStageEntry(node, diagnostics: &diagnostics) { definition.stages.append(entry) }
        }
        return (definition, diagnostics)
    }

    private static func readLimits(_ node: ConfigNode, into limits: inout Limits, diagnostics: inout [Diagnostic]) {
        guard let entries = node.entries else {
            diagnostics.append(.error("'limits' must be a mapping, got \(node.kindDescription)", at: node.location))
            return
        }
        let known = ["max_document_bytes"]
        for entry in entries {
            switch entry.key {
            case "max_document_bytes":
                do {
                    let value = try ConfigDecoder(subject: { _ in "'limits.max_document_bytes'" }).decode(Int.self, from: entry.value)
                    if value > 0 { limits.maxDocumentBytes = value } else {
                        diagnostics.append(.error("'limits.max_document_bytes' must be positive", at: entry.value.location))
                    }
                } catch { diagnostics.append(error.diagnostic) }
            default:
                diagnostics.append(.error(
                    "unknown limit '\(MessageText.quoted(entry.key))'\(Suggestions.didYouMean(entry.key, in: known)); allowed: \(known.joined(separator: ", "))",
                    at: entry.keyLocation ?? entry.value.location))
            }
        }
    }

    private static func readStageEntry(_ node: ConfigNode, diagnostics: inout [Diagnostic]) -> StageEntry? {
        switch node.value {
        case .scalar(let name, _) where !node.isNull:
            return StageEntry(name: name, location: node.location)
        case .mapping(let entries):
            var label: String?
            var stageEntries: [ConfigNode.Entry] = []
            for entry in entries {
                if entry.key == "label" {
                    if let text = entry.value.scalar, !entry.value.isNull { label = text } else {
                        diagnostics.append(.error("'label' must be a name, got \(entry.value.kindDescription)", at: entry.value.location))
                    }
                } else {
                    stageEntries.append(entry)
                }
            }
            guard stageEntries.count == 1, let stage = stageEntries.first else {
                let names = stageEntries.map { "'\(MessageText.quoted($0.key))'" }.joined(separator: ", ")
                diagnostics.append(.error(
                    stageEntries.isEmpty
                        ? "a stage entry needs the stage's name, as '- name' or '- name: {options}'"
                        : "a stage entry names one stage, found \(names); start each stage with its own '- ' (is an option indented too little?)",
                    at: node.location))
                return nil
            }
            let options = stage.value.isNull ? nil : stage.value
            if let options, options.entries == nil {
                diagnostics.append(.error(
                    "the options of stage '\(stage.key)' must be a mapping (key: value), got \(options.kindDescription)",
                    at: options.location))
                return StageEntry(name: stage.key, location: stage.keyLocation ?? node.location, options: nil, label: label)
            }
            return StageEntry(name: stage.key, location: stage.keyLocation ?? node.location, options: options, label: label)
        default:
            diagnostics.append(.error("a stage entry must be a name or 'name: {options}', got \(node.kindDescription)", at: node.location))
            return nil
        }
    }
}
