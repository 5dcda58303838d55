import GlossCore

/// How an input file is read.
public enum InputFormat: String, ConfigEnum, Hashable {
    /// Decide from the file name (and, for stdin, from the first byte: `{` means JSON Lines).
    case auto
    /// The whole file is one plain-text document.
    case text
    /// The whole file is one HTML document (`meta.format = "html"`; the `clean` stage turns it into text).
    case html
    /// One JSON object per line: `{"id": ..., "text": ...}` (or `"html"`), optional `"meta"`.
    case jsonl

    /// The format a file name implies; nil when the extension is not one Gloss reads.
    public static func forFileName(_ name: String) -> InputFormat? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text": return .text
        case "html", "htm", "xhtml": return .html
        case "jsonl", "ndjson": return .jsonl
        default: return nil
        }
    }
}
