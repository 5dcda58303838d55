import ArgumentParser
import GlossCore

struct StagesCommand: GlossSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the stages this runner knows, or document one.")

    @Argument(help: "A stage name: show its documentation, options and defaults.")
    var name: String?

    func execute(_ context: CommandContext) -> ExitStatus {
        let registry = context.registry
        guard let name else {
            if registry.stages.isEmpty {
                context.console.out("This runner knows no stages.\n")
                return .success
            }
            let width = registry.stages.map { $0.name.count }.max() ?? 0
            for stage in registry.stages {
                let pad = String(repeating: " ", count: width - stage.name.count)
                let needs = stage.requires.isEmpty ? "" : "  needs: \(stage.requires.sorted().map(\.rawValue).joined(separator: ", "))"
                context.console.out("\(stage.name)\(pad)  \(stage.summary)\(needs)\n")
            }
            context.console.out("\nMore: gloss stages NAME\n")
            return .success
        }
        guard let stage = registry.stage(named: name) else {
            context.console.error("unknown stage '\(name)'\(Suggestions.didYouMean(name, in: registry.names)); known stages: \(registry.names.joined(separator: ", "))")
            return .usage
        }
        context.console.out(StageDocumentation.render(stage))
        return .success
    }
}

/// The text `gloss stages NAME` prints.
enum StageDocumentation {
    static func render(_ stage: any Stage.Type) -> String {
        var text = "\(stage.name) — \(stage.summary)\n\n"
        if !stage.documentation.isEmpty { text += stage.documentation.trimmingTrailingNewlines + "\n\n" }
        text += "requires: \(list(stage.requires))\nproduces: \(list(stage.produces))\n\n"
        text += options(of: stage)
        return text
    }

    static func list(_ layers: Set<Layer>) -> String {
        layers.isEmpty ? "nothing" : layers.sorted().map(\.rawValue).joined(separator: ", ")
    }

    private static func options(of stage: any Stage.Type) -> String {
        optionsText(stage)
    }

    private static func optionsText<S: Stage>(_ stage: S.Type) -> String {
        guard let defaults = try? JSONValueEncoder().encode(S.Options()), case .object(let members) = defaults,
              !members.isEmpty
        else { return "options: none\n" }
        var text = "options (default):\n"
        let docs = S.Options.documentation
        let width = members.keys.map(\.count).max() ?? 0
        for key in members.keys.sorted() {
            let pad = String(repeating: " ", count: width - key.count)
            text += "  \(key)\(pad)  \(members[key].map(OptionText.render) ?? "")\n"
            if let doc = docs[key] { text += "  \(String(repeating: " ", count: width))    \(doc)\n" }
        }
        text += "\nIn a pipeline file:\n  stages:\n    - \(S.name):\n"
        for key in members.keys.sorted() {
            text += "        \(key): \(members[key].map(OptionText.render) ?? "")\n"
        }
        return text
    }
}

/// Option values as YAML-ish text for people.
enum OptionText {
    static func render(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): return s.isEmpty || s.contains(":") || s.contains("#") ? "\"\(s)\"" : s
        case .array(let elements): return "[" + elements.map(render).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.keys.sorted().map { "\($0): \(members[$0].map(render) ?? "")" }.joined(separator: ", ") + "}"
        default: return value.description
        }
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var copy = self
        while copy.last == "\n" { copy.removeLast() }
        return copy
    }
}
