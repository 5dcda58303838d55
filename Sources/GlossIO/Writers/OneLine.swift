/// Makes text from a document safe to print on one line: in a terminal, a CoNLL-U comment, a list item.
enum OneLine {
    /// Runs of whitespace (spaces, tabs, newlines, and Unicode spaces such as U+2028) become one space and
    /// the ends are trimmed; every other control character (C0, DEL, C1 — among them ESC and CSI, which
    /// would let a document drive the terminal) becomes U+FFFD.
    static func flatten(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F || $0 == 0x20 }) && !text.utf8.isEmpty
            && text.utf8.first != 0x20 && text.utf8.last != 0x20 && !text.contains("  ")
        {
            return text
        }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            let value = scalar.value
            out.append(value < 0x20 || (value >= 0x7F && value <= 0x9F) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }
}
