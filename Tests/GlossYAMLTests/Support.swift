import GlossCore
import GlossYAML
import Testing

/// The file name every inline test document is loaded as.
let testFile = "test.yaml"

func at(_ line: Int, _ column: Int) -> GlossCore.SourceLocation { GlossCore.SourceLocation(file: testFile, line: line, column: column) }

/// Loads inline YAML as `test.yaml`.
func load(_ text: String, limits: YAMLLimits = YAMLLimits()) throws(DiagnosticError) -> ConfigNode {
    try YAMLLoader.load(text, file: testFile, limits: limits)
}

/// The diagnostics loading `text` produces, as `file:line:col: error: message` lines (empty if it loads).
func problems(_ text: String, limits: YAMLLimits = YAMLLimits()) -> [String] {
    problems(Array(text.utf8), limits: limits)
}

func problems(_ bytes: [UInt8], limits: YAMLLimits = YAMLLimits()) -> [String] {
    do {
        _ = try YAMLLoader.load(bytes, file: testFile, limits: limits)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

extension ConfigNode {
    /// The same tree without locations, to compare structure and styles only.
    var withoutLocations: ConfigNode {
        switch value {
        case .null, .scalar: return ConfigNode(value)
        case .sequence(let elements): return ConfigNode(.sequence(elements.map(\.withoutLocations)))
        case .mapping(let entries):
            return ConfigNode(.mapping(entries.map { ConfigNode.Entry(key: $0.key, value: $0.value.withoutLocations) }))
        }
    }
}
