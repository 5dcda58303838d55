import GlossCore

/// Renders a document for a person at a terminal (`--format pretty`), on the worker threads:
///
/// ```
/// ━━ Riverton transit strike enters second week
///    Riverton Ledger · RIVERTON
///    articles/strike.txt
/// Summary
///    Bus drivers in Riverton stayed off the job ...
/// Who said what
///    Maria Okafor (union president): “We are not going back”
/// Entities
///    PER  Maria Okafor ×3, Tom Reyes
///    ORG  Riverton Transit Workers Union
/// ```
/// Colour only when asked (the CLI asks when stdout is a terminal and NO_COLOR is unset). Every piece of
/// document text is flattened to one line with control characters replaced, so a document cannot move the
/// cursor, change colours or retitle the terminal.
struct PrettyRenderer: DocumentRenderer {
    let style: TerminalStyle
    /// Characters of text shown when a document has no summary.
    static let excerptLength = 280
    /// Names listed per entity label (the rest are counted).
    static let namesPerLabel = 12

    init(color: Bool) {
        style = TerminalStyle(color: color)
    }

    func render(_ document: Document) -> [UInt8] {
        var out = ""
        let s = style
        let title = OneLine.flatten(ReportDocumentRenderer.title(of: document))
        out += "\(s.bold)━━ \(title)\(s.reset)\n"
        let source = OneLine.flatten(ReportDocumentRenderer.sourceLine(document.meta))
        if !source.isEmpty { out += "   \(source)\n" }
        if title != document.id { out += "   \(s.dim)\(OneLine.flatten(document.id))\(s.reset)\n" }
        if let error = document.error {
            out += "   \(s.red)✗ failed in stage '\(OneLine.flatten(error.stage))': \(OneLine.flatten(error.message))\(s.reset)\n"
        }
        if let summary = document.summary {
            out += "\(s.bold)Summary\(s.reset)\n   \(OneLine.flatten(summary.text))\n"
        } else if !document.text.isEmpty {
            let text = OneLine.flatten(document.text)
            let excerpt = text.count > Self.excerptLength ? String(text.prefix(Self.excerptLength)) + "…" : text
            out += "\(s.bold)Text\(s.reset)\n   \(excerpt)\n"
        }
        document.withUTF8 { text in
            if let quotes = document.quotes, !quotes.isEmpty {
                out += "\(s.bold)Who said what\(s.reset)\n"
                for quote in quotes {
                    let lower = min(max(quote.start, 0), text.count)
                    let upper = min(max(quote.end, lower), text.count)
                    let words = OneLine.flatten(String(decoding: UnsafeBufferPointer(rebasing: text[lower..<upper]), as: UTF8.self))
                    var who = quote.speaker.map { "\(s.speaker)\(OneLine.flatten($0))\(s.reset)" } ?? "\(s.dim)(unattributed)\(s.reset)"
                    if let role = quote.speakerRole { who += " (\(OneLine.flatten(role)))" }
                    switch quote.kind {
                    case .direct, .partial: out += "   \(who): \(s.quote)“\(words)”\(s.reset)"
                    case .indirect: out += "   \(who): \(words)"
                    }
                    out += quote.kind == .direct ? "\n" : " \(s.dim)(\(quote.kind.rawValue))\(s.reset)\n"
                }
            }
            let groups = EntityGroup.groups(of: document, text: text)
            if !groups.isEmpty {
                out += "\(s.bold)Entities\(s.reset)\n"
                let width = groups.map { $0.label.count }.max() ?? 3
                for group in groups {
                    let label = OneLine.flatten(group.label)
                    let padding = String(repeating: " ", count: max(0, width - label.count))
                    let names = group.names.prefix(Self.namesPerLabel).map { $0.count > 1 ? "\($0.name) ×\($0.count)" : $0.name }
                    var line = names.joined(separator: ", ")
                    if group.names.count > Self.namesPerLabel { line += ", and \(group.names.count - Self.namesPerLabel) more" }
                    out += "   \(s.label(group.label))\(label)\(s.reset)\(padding)  \(line)\n"
                }
            }
        }
        return Array(out.utf8)
    }
}
