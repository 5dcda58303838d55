import GlossCore

/// Loads one YAML document into a ``GlossCore/ConfigNode`` tree in which every node and every mapping
/// key knows its `file:line:column`.
///
/// The loader reads structure, not meaning: every scalar stays text. Plain scalars become
/// `.scalar(text, .plain)`; quoted, literal (`|`) and folded (`>`) scalars, and any scalar tagged `!!str`,
/// become `.scalar(text, .quoted)`; an empty value (`key:`) is the plain empty string, which
/// ``GlossCore/ConfigNode/isNull`` reads as null. Whether `true`, `3` or `null` is a Bool, a number or
/// nothing is decided by ``GlossCore/ConfigDecoder`` when an options type asks, so `yes`, `no`, `on` and
/// `off` are just strings.
///
/// Anchors and aliases are supported: an alias shares the anchored subtree, whose root is located at the
/// alias (where the value is used) and whose inner nodes stay where they are written. Rejected, each with a
/// located error: other tags (`!!int`, `!custom`), merge keys (`<<`), duplicate keys, lists or mappings
/// as keys, unknown or recursive aliases, and a second document. libyaml's syntax errors come back as
/// diagnostics at libyaml's problem mark. ``YAMLLimits`` bounds size, depth and alias expansion.
///
/// ```swift
/// let root = try YAMLLoader.loadFile("Pipelines/news.yaml")
/// let (definition, problems) = PipelineDefinition.read(root, file: "Pipelines/news.yaml", environment: [:])
/// ```
public enum YAMLLoader {
    /// Parses one YAML document into a located tree.
    /// - Parameters:
    ///   - bytes: The document, UTF-8 (a BOM is allowed; CRLF line ends are fine).
    ///   - file: The name locations carry, as the user should see it.
    ///   - limits: Bounds on size, nesting and alias expansion.
    /// - Throws: ``GlossCore/DiagnosticError`` with every problem found before parsing had to stop.
    public static func load(_ bytes: [UInt8], file: String, limits: YAMLLimits = YAMLLimits()) throws(DiagnosticError) -> ConfigNode {
        guard bytes.count <= limits.maxInputBytes else {
            throw DiagnosticError(tooLarge(file, limits: limits))
        }
        var builder = TreeBuilder(file: file, limits: limits)
        do {
            try bytes.withUnsafeBufferPointer { (buffer) throws(DiagnosticError) in
                try LibYAMLEventReader.forEachEvent(in: buffer, file: file) { (event) throws(DiagnosticError) in
                    try builder.consume(event)
                }
            }
        } catch {
            throw DiagnosticError(builder.diagnostics + error.diagnostics)
        }
        return try builder.finish()
    }

    /// Parses one YAML document, given as text, into a located tree.
    public static func load(_ text: String, file: String, limits: YAMLLimits = YAMLLimits()) throws(DiagnosticError) -> ConfigNode {
        try load(Array(text.utf8), file: file, limits: limits)
    }

    /// Reads and parses a file; locations carry `path` as given.
    /// - Throws: ``GlossCore/DiagnosticError``; a missing or unreadable file is a diagnostic without a location.
    public static func loadFile(_ path: String, limits: YAMLLimits = YAMLLimits()) throws(DiagnosticError) -> ConfigNode {
        let bytes: [UInt8]
        switch FileBytes.contents(of: path, maxBytes: limits.maxInputBytes) {
        case .success(let read): bytes = read
        case .failure(.tooLarge): throw DiagnosticError(tooLarge(path, limits: limits))
        case .failure(.unreadable(let reason)): throw DiagnosticError(.error("cannot read '\(path)': \(reason)", at: nil))
        }
        return try load(bytes, file: path, limits: limits)
    }

    private static func tooLarge(_ file: String, limits: YAMLLimits) -> Diagnostic {
        .error("'\(file)' is larger than the limit of \(limits.maxInputBytes) bytes (YAMLLimits.maxInputBytes)", at: nil)
    }
}
