/// `${VAR}` and `${VAR:-default}` in configuration scalars; `$${` writes a literal `${`.
public enum VariableSubstitution {
    /// The tree with every variable in its scalars replaced from `environment`; unset variables without a
    /// default are diagnostics located at their scalar.
    public static func apply(to node: ConfigNode, environment: [String: String], diagnostics: inout [Diagnostic]) -> ConfigNode {
        switch node.value {
        case .null: return node
        case .scalar(let text, let style):
            guard text.contains("${") else { return node }
            var result = node
            result.value = .scalar(substitute(text, environment: environment, location: node.location, diagnostics: &diagnostics), style)
            return result
        case .sequence(let elements):
            var result = node
            result.value = .sequence(elements.map { apply(to: $0, environment: environment, diagnostics: &diagnostics) })
            return result
        case .mapping(let entries):
            var result = node
            result.value = .mapping(entries.map { entry in
                var entry = entry
                entry.value = apply(to: entry.value, environment: environment, diagnostics: &diagnostics)
                return entry
            })
            return result
        }
    }

    /// `text` with its variables replaced.
    public static func substitute(
        _ text: String, environment: [String: String], location: SourceLocation?, diagnostics: inout [Diagnostic]
    ) -> String {
        var output = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            output += rest[..<dollar]
            let afterDollar = rest.index(after: dollar)
            if rest[afterDollar...].hasPrefix("${") {
                output += "${"
                rest = rest[rest.index(afterDollar, offsetBy: 2)...]
                continue
            }
            guard rest[afterDollar...].hasPrefix("{") else {
                output += "$"
                rest = rest[afterDollar...]
                continue
            }
            let bodyStart = rest.index(after: afterDollar)
            guard let close = rest[bodyStart...].firstIndex(of: "}") else {
                diagnostics.append(.error("unterminated '${' in '\(text)' (close it with '}', or write '$${' for a literal '${')", at: location))
                return output + rest
            }
            let body = rest[bodyStart..<close]
            let name: Substring
            var fallback: Substring?
            if let separator = body.range(of: ":-") {
                name = body[..<separator.lowerBound]
                fallback = body[separator.upperBound...]
            } else {
                name = body
            }
            if name.isEmpty || !name.allSatisfy({ $0 == "_" || $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                diagnostics.append(.error("'${\(body)}' is not a variable reference (use ${NAME} or ${NAME:-default})", at: location))
            } else if let value = environment[String(name)], !(value.isEmpty && fallback != nil) {
                output += value
            } else if let fallback {
                output += fallback
            } else {
                diagnostics.append(.error("environment variable '\(name)' is not set; set it, or give a default as ${\(name):-value}", at: location))
            }
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }
}
