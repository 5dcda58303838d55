/// A strict little HTML parser for the report tests: it builds an element tree and fails on anything the
/// report must never contain — an end tag that does not close the innermost open element, an element left
/// open, a `<` in text that is not a tag, a comment, an unknown character reference. Browsers forgive all of
/// these; the test does not, so a broken or injected bit of markup shows up as a failure.
final class HTMLNode {
    let name: String  // "#text" for text, "#root" for the top
    var attributes: [String: String] = [:]
    var children: [HTMLNode] = []
    var text = ""  // a text node's text, or a raw-text element's (script, style) content
    weak var parent: HTMLNode?

    init(name: String) { self.name = name }

    /// The concatenated text of all descendant text nodes (not raw-text element content).
    var textContent: String {
        if name == "#text" { return text }
        return children.map(\.textContent).joined()
    }

    /// Whether `class` lists `name`.
    func hasClass(_ name: String) -> Bool {
        (attributes["class"] ?? "").split(separator: " ").contains(Substring(name))
    }

    /// Every descendant element (depth first, document order) matching `predicate`.
    func all(_ predicate: (HTMLNode) -> Bool) -> [HTMLNode] {
        var found: [HTMLNode] = []
        for child in children where child.name != "#text" {
            if predicate(child) { found.append(child) }
            found += child.all(predicate)
        }
        return found
    }

    /// The first descendant element with this id.
    func element(id: String) -> HTMLNode? { all { $0.attributes["id"] == id }.first }

    /// Every descendant element with this class.
    func elements(class name: String) -> [HTMLNode] { all { $0.hasClass(name) } }

    /// The names of the ancestors, innermost first.
    var ancestorNames: [String] {
        var names: [String] = []
        var node = parent
        while let current = node, current.name != "#root" {
            names.append(current.name)
            node = current.parent
        }
        return names
    }
}

struct HTMLCheckError: Error, CustomStringConvertible {
    var description: String
}

enum HTMLChecker {
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    static let rawTextElements: Set<String> = ["script", "style"]
    static let escapableRawTextElements: Set<String> = ["title", "textarea"]

    /// Parses a whole page (with `<!DOCTYPE html>`) or a fragment.
    static func parse(_ html: String) throws -> HTMLNode {
        let chars = Array(html.unicodeScalars)
        let root = HTMLNode(name: "#root")
        var current = root
        var index = 0
        var text = ""

        func flushText() throws {
            guard !text.isEmpty else { return }
            let node = HTMLNode(name: "#text")
            node.text = try decode(text)
            node.parent = current
            current.children.append(node)
            text = ""
        }
        func fail(_ message: String) -> HTMLCheckError {
            let context = String(String.UnicodeScalarView(chars[max(0, index - 40)..<min(chars.count, index + 40)]))
            return HTMLCheckError(description: "\(message) at scalar \(index): …\(context)…")
        }
        func starts(_ prefix: String, at position: Int, caseInsensitive: Bool = false) -> Bool {
            let p = Array(prefix.unicodeScalars)
            guard position + p.count <= chars.count else { return false }
            for k in 0..<p.count {
                let a = chars[position + k], b = p[k]
                if caseInsensitive ? String(a).lowercased() != String(b).lowercased() : a != b { return false }
            }
            return true
        }
        func isNameChar(_ c: Unicode.Scalar) -> Bool {
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-" || c == "_"
        }
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" }

        while index < chars.count {
            let c = chars[index]
            guard c == "<" else {
                text.unicodeScalars.append(c)
                index += 1
                continue
            }
            if starts("<!DOCTYPE", at: index, caseInsensitive: true) {
                guard let close = chars[index...].firstIndex(of: ">") else { throw fail("unterminated doctype") }
                index = close + 1
                continue
            }
            if starts("<!--", at: index) { throw fail("a comment") }
            if starts("</", at: index) {
                try flushText()
                var end = index + 2
                while end < chars.count, isNameChar(chars[end]) { end += 1 }
                let name = String(String.UnicodeScalarView(chars[(index + 2)..<end])).lowercased()
                guard end < chars.count, chars[end] == ">" else { throw fail("malformed end tag") }
                guard current.name == name else {
                    throw fail("</\(name)> while <\(current.name)> is open")
                }
                current = current.parent ?? root
                index = end + 1
                continue
            }
            // A start tag.
            var end = index + 1
            while end < chars.count, isNameChar(chars[end]) { end += 1 }
            guard end > index + 1 else { throw fail("'<' in text") }
            try flushText()
            let element = HTMLNode(name: String(String.UnicodeScalarView(chars[(index + 1)..<end])).lowercased())
            // Attributes.
            while true {
                while end < chars.count, isSpace(chars[end]) { end += 1 }
                guard end < chars.count else { throw fail("unterminated tag") }
                if chars[end] == ">" { break }
                var nameEnd = end
                while nameEnd < chars.count, isNameChar(chars[nameEnd]) || chars[nameEnd] == ":" { nameEnd += 1 }
                guard nameEnd > end else { throw fail("bad attribute in <\(element.name)>") }
                let attribute = String(String.UnicodeScalarView(chars[end..<nameEnd])).lowercased()
                guard element.attributes[attribute] == nil else { throw fail("duplicate attribute \(attribute)") }
                end = nameEnd
                if end < chars.count, chars[end] == "=" {
                    end += 1
                    guard end < chars.count, chars[end] == "\"" || chars[end] == "'" else {
                        throw fail("unquoted attribute value for \(attribute)")
                    }
                    let quote = chars[end]
                    guard let close = chars[(end + 1)...].firstIndex(of: quote) else { throw fail("unterminated attribute value") }
                    let raw = String(String.UnicodeScalarView(chars[(end + 1)..<close]))
                    if raw.contains("<") { throw fail("'<' in an attribute value") }
                    element.attributes[attribute] = try decode(raw)
                    end = close + 1
                } else {
                    element.attributes[attribute] = ""
                }
            }
            index = end + 1
            element.parent = current
            current.children.append(element)
            if voidElements.contains(element.name) { continue }
            if rawTextElements.contains(element.name) || escapableRawTextElements.contains(element.name) {
                var close = index
                while close < chars.count, !starts("</\(element.name)", at: close, caseInsensitive: true) { close += 1 }
                guard close < chars.count else { throw fail("unterminated <\(element.name)>") }
                let raw = String(String.UnicodeScalarView(chars[index..<close]))
                element.text = rawTextElements.contains(element.name) ? raw : try decode(raw)
                index = close  // its end tag comes next and closes it
            }
            current = element
        }
        try flushText()
        guard current === root else { throw HTMLCheckError(description: "<\(current.name)> is never closed") }
        return root
    }

    /// Decodes the character references the report uses; anything else is an error.
    static func decode(_ text: String) throws -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else {
                throw HTMLCheckError(description: "bare '&' in \(text)")
            }
            let name = rest[rest.index(after: amp)..<semicolon]
            switch name {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "#39": out += "'"
            default: throw HTMLCheckError(description: "unknown character reference &\(name); in \(text)")
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return out + rest
    }
}
