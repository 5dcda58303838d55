import GlossCore

/// The resolved plan as text: every step with its options (marking what the file changed), what it needs
/// and what it adds.
enum PlanDescription {
    static func render(_ plan: PipelinePlan, file: String) -> String {
        let definition = plan.definition
        var text = "pipeline \(definition.name.map { "'\($0)'" } ?? "(unnamed)") from \(file)\n"
        if let description = definition.description { text += "  \(description)\n" }
        text += "  on_error: \(definition.onError.rawValue)    limits.max_document_bytes: \(definition.limits.maxDocumentBytes)\n\n"
        var available = Layer.initial
        for (index, step) in plan.steps.enumerated() {
            let name = step.label == step.stageName ? step.stageName : "\(step.label) (\(step.stageName))"
            text += "\(index + 1). \(name) — \(step.stageSummary)\n"
            text += "   needs: \(StageDocumentation.list(step.requires))    adds: \(StageDocumentation.list(step.produces))\n"
            if case .object(let options) = step.options, !options.isEmpty {
                let defaults = step.defaults.objectValue ?? [:]
                let width = options.keys.map(\.count).max() ?? 0
                for key in options.keys.sorted() {
                    let value = options[key] ?? .null
                    let pad = String(repeating: " ", count: width - key.count)
                    let marker: String
                    if let original = defaults[key], original != value {
                        marker = "   (set in file; default \(OptionText.render(original)))"
                    } else {
                        marker = "   (default)"
                    }
                    text += "   \(key)\(pad)  \(OptionText.render(value))\(marker)\n"
                }
            } else {
                text += "   no options\n"
            }
            available.formUnion(step.produces)
            text += "\n"
        }
        text += "checks: ok — every stage known, every option valid, every requirement produced by an earlier stage\n"
        text += "document layers at the end: \(available.sorted().map(\.rawValue).joined(separator: ", "))\n"
        return text
    }
}

/// What a step did to a document, for `gloss inspect --sample` and `gloss run --dry-run`.
enum ChangeDescription {
    static func render(before: Document, after: Document) -> [String] {
        var lines: [String] = []
        if before.text != after.text {
            lines.append("text rewritten: \(before.byteCount) → \(after.byteCount) bytes")
            lines.append("  now begins: \(preview(after.text, 160))")
        }
        for key in after.meta.keys.sorted() where before.meta[key] != after.meta[key] {
            lines.append("meta.\(key) = \(preview(after.meta[key]?.description ?? "", 120))")
        }
        for key in before.meta.keys.sorted() where after.meta[key] == nil {
            lines.append("meta.\(key) removed")
        }
        if let sentences = after.sentences, before.sentences != sentences {
            lines.append("sentences: \(sentences.count)")
            for (index, span) in sentences.prefix(3).enumerated() {
                lines.append("  [\(index)] \(preview(after.string(span), 110))")
            }
            if sentences.count > 3 { lines.append("  …") }
        }
        if let tokens = after.tokens, before.tokens != tokens {
            let tagged = tokens.first?.pos != nil
            let changedTags = before.tokens.map { old in old.count == tokens.count && old.first?.pos == nil && tagged } ?? false
            lines.append(changedTags ? "pos tags on \(tokens.count) tokens" : "tokens: \(tokens.count)")
            let shown = tokens.prefix(16).map { token in
                let word = after.string(token.span)
                return token.pos.map { "\(word)/\($0.name)" } ?? word
            }
            lines.append("  " + shown.joined(separator: " ") + (tokens.count > 16 ? " …" : ""))
        }
        if let entities = after.entities, before.entities != entities {
            var byLabel: [String: [String]] = [:]
            for entity in entities { byLabel[entity.label.rawValue, default: []].append(after.string(entity.span)) }
            lines.append("entities: \(entities.count)")
            for label in byLabel.keys.sorted() {
                let names = byLabel[label] ?? []
                let distinct = names.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                lines.append("  \(label): " + distinct.prefix(8).joined(separator: ", ") + (distinct.count > 8 ? ", …" : ""))
            }
        }
        if let quotes = after.quotes, before.quotes != quotes {
            lines.append("quotes: \(quotes.count)")
            for quote in quotes.prefix(6) {
                let speaker = quote.speaker ?? "(no speaker)"
                let cue = quote.cue.map { " [\($0)]" } ?? ""
                lines.append("  \(speaker)\(cue) \(quote.kind.rawValue): “\(preview(after.string(quote.span), 90))”")
            }
            if quotes.count > 6 { lines.append("  …") }
        }
        if let summary = after.summary, before.summary != summary {
            lines.append("summary: sentences \(summary.sentences.map(String.init).joined(separator: ", "))")
            lines.append("  \(preview(summary.text, 200))")
        }
        for key in after.extensions.keys.sorted() where before.extensions[key] != after.extensions[key] {
            lines.append("ext.\(key) = \(preview(after.extensions[key]?.description ?? "", 160))")
        }
        if lines.isEmpty { lines.append("no change") }
        return lines
    }

    static func preview(_ text: String, _ limit: Int) -> String {
        var flat = text.replacingNewlines
        if flat.count > limit { flat = String(flat.prefix(limit)) + "…" }
        return flat
    }

    /// Traces `document` through `pipeline` and renders every step's changes.
    static func trace(_ document: Document, through pipeline: Pipeline) -> (text: String, failed: Bool) {
        var text = "sample '\(document.id)': \(document.byteCount) bytes\n"
        var before = document
        var failed = false
        for (index, step) in pipeline.trace(document).enumerated() {
            text += "\n\(index + 1). \(step.label)\n"
            switch step.result {
            case .success(let after):
                for line in render(before: before, after: after) { text += "   \(line)\n" }
                before = after
            case .failure(let failure):
                text += "   FAILED: \(failure.message)\n"
                failed = true
            }
        }
        return (text, failed)
    }
}

extension String {
    var replacingNewlines: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var lastWasSpace = false
        for character in self {
            if character.isNewline || character == "\t" {
                if !lastWasSpace { result.append(character.isNewline ? "⏎" : " ") }
                lastWasSpace = character.isNewline ? false : true
            } else {
                result.append(character)
                lastWasSpace = character == " "
            }
        }
        return result
    }
}
