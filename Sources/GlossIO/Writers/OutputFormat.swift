import GlossCore

/// The output formats `gloss run --format` knows.
public enum OutputFormat: String, ConfigEnum, Hashable {
    /// One JSON object per line (architecture §5). The default; what programs (and Spark) read.
    case jsonl
    /// One JSON array of the same objects.
    case json

    /// Reads the `output:` mapping of a pipeline file: `format` and `quarantine`. Unknown keys are diagnostics.
    public static func readSettings(_ node: ConfigNode?) -> (OutputSettings, [Diagnostic]) {
        var settings = OutputSettings()
        var diagnostics: [Diagnostic] = []
        guard let entries = node?.entries else { return (settings, diagnostics) }
        let known = ["format", "quarantine", "include_text"]
        for entry in entries {
            let subject = "'output.\(entry.key)'"
            let decoder = ConfigDecoder(subject: { _ in subject })
            do {
                switch entry.key {
                case "format": settings.format = try decoder.decode(OutputFormat.self, from: entry.value)
                case "quarantine": settings.quarantinePath = try decoder.decode(String.self, from: entry.value)
                case "include_text": settings.includeText = try decoder.decode(Bool.self, from: entry.value)
                default:
                    diagnostics.append(.error(
                        "unknown output setting '\(entry.key)'\(Suggestions.didYouMean(entry.key, in: known)); allowed: \(known.joined(separator: ", "))",
                        at: entry.keyLocation ?? entry.value.location))
                }
            } catch {
                diagnostics.append(error.diagnostic)
            }
        }
        return (settings, diagnostics)
    }
}

/// Output settings from the pipeline file's `output:` mapping (the command line overrides them).
public struct OutputSettings: Sendable, Hashable {
    /// The format (default `jsonl`).
    public var format: OutputFormat = .jsonl
    /// Where `on_error: quarantine` writes failed documents.
    public var quarantinePath: String?
    /// Whether to write each document's text.
    public var includeText = true

    public init() {}
}
