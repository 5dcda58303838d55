import GlossCore

/// Reads a child's answer line: the document it sent back, checked against the one it was sent.
enum AnswerReader {
    /// What an answer line turned out to be.
    enum Outcome {
        /// A good answer: the document with the child's additions.
        case document(Document)
        /// The child answered with an `"error"` member: it could not handle this document.
        case reportedError(String)
        /// A well-formed answer that breaks the contract (a dropped or undeclared layer); the child is still
        /// in step and keeps serving.
        case invalid(String)
        /// Garbage or an answer for another document: the child is out of step and must be restarted.
        case outOfStep(String)
    }

    /// Checks `line` as the answer to `sent` from a child that declares `produces`.
    static func read(_ line: [UInt8], for sent: Document, produces: Set<Layer>) -> Outcome {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line).0
        } catch {
            return .outOfStep(
                "wrote a line that is not JSON (\(error.description)): \(preview(line)); stdout must carry exactly one JSON line per document, so write logs and debug output to stderr")
        }
        guard case .object(let members) = value else {
            return .outOfStep("answered with \(value.kindDescription) instead of the document as a JSON object: \(preview(line))")
        }
        let id: String
        switch members["id"] {
        case .string(let text)?: id = text
        case .integer(let number)?: id = String(number)
        case nil, .null?: return .invalid("its answer has no 'id'; send each document back whole, with its 'id'")
        case let other?: return .invalid("its answer has an 'id' that is \(other.kindDescription), not the string '\(sent.id)'")
        }
        guard id == sent.id else {
            return .outOfStep("answered for '\(id)' while '\(sent.id)' was sent; answers must come one per document, in order")
        }
        if let error = members["error"], error != .null {
            let message = error.stringValue ?? error["message"]?.stringValue ?? error.description
            return .reportedError(message)
        }
        let answer: Document
        do {
            answer = try DocumentJSON.decode(value, defaultID: sent.id)
        } catch {
            return .invalid("its answer is not a valid document: \(error.message)")
        }
        if let problem = contractProblem(sent: sent, answer: answer, produces: produces) {
            return .invalid(problem)
        }
        return .document(answer)
    }

    /// What the answer did that the child's declaration does not allow, or nil.
    static func contractProblem(sent: Document, answer: Document, produces: Set<Layer>) -> String? {
        var allowed = produces
        if produces.contains(.tokens) { allowed.insert(.pos) }  // new tokens carry new tags, or none
        let undeclared = answer.changedLayers(since: sent).subtracting(allowed).sorted()
        if !undeclared.isEmpty {
            let before = sent.presentLayers
            let after = answer.presentLayers
            var parts: [String] = []
            for layer in undeclared {
                if layer == .text {
                    parts.append("changed the text (the text must come back exactly as sent, or declare produces: [text])")
                } else if layer == .meta {
                    parts.append("changed meta (\(metaChanges(sent.meta, answer.meta))); put a stage's output under 'ext' and declare it in produces, or add meta to produces")
                } else if before.contains(layer) && !after.contains(layer) {
                    parts.append("dropped \(name(layer)), which it must send back unchanged")
                } else if !before.contains(layer) {
                    parts.append("added \(name(layer)), which it does not declare (add '\(layer)' to produces)")
                } else {
                    parts.append("changed \(name(layer)), which it does not declare in produces")
                }
            }
            return "its answer " + parts.joined(separator: "; it ")
        }
        let missing = produces.subtracting(answer.presentLayers).sorted()
        if !missing.isEmpty {
            let names = missing.map(name).joined(separator: ", ")
            return "it declares produces \(missing.map { "'\($0)'" }.joined(separator: ", ")) but its answer has no \(names); send an empty value rather than none"
        }
        return nil
    }

    /// `'tokens'` for a standard layer, `ext.word_count` for an extension key.
    static func name(_ layer: Layer) -> String {
        standardLayers.contains(layer) ? "'\(layer)'" : "ext.\(layer)"
    }

    private static let standardLayers: Set<Layer> = Layer.spanLayers.union(Layer.initial)

    private static func metaChanges(_ before: [String: JSONValue], _ after: [String: JSONValue]) -> String {
        var parts: [String] = []
        for key in after.keys.sorted() where before[key] == nil { parts.append("'\(key)' added") }
        for key in before.keys.sorted() where after[key] == nil { parts.append("'\(key)' dropped") }
        for key in before.keys.sorted() where after[key] != nil && after[key] != before[key] { parts.append("'\(key)' changed") }
        return parts.prefix(4).joined(separator: ", ") + (parts.count > 4 ? ", …" : "")
    }

    /// The start of a line, for messages.
    static func preview(_ bytes: [UInt8]) -> String {
        if bytes.isEmpty { return "an empty line" }
        var text = String(decoding: bytes.prefix(120), as: UTF8.self)
        if bytes.count > 120 { text += "…" }
        return "'\(text)'"
    }
}
