import GlossCore

extension Document {
    /// The text of each sentence, for assertions: `#expect(document.sentenceTexts.count == 3)`.
    public var sentenceTexts: [String] { (sentences ?? []).map { string($0) } }

    /// The text of each token.
    public var tokenTexts: [String] { (tokens ?? []).map { string($0.span) } }

    /// Each token as `text/POS` (just `text` when untagged): `["Workers/NOUN", "left/VERB", "./PUNCT"]`.
    public var taggedTokens: [String] {
        (tokens ?? []).map { token in token.pos.map { "\(string(token.span))/\($0.name)" } ?? string(token.span) }
    }

    /// Each entity as `text (LABEL)`: `["Mara Quell (PER)", "Norvale (LOC)"]`.
    public var entityTexts: [String] { (entities ?? []).map { "\(string($0.span)) (\($0.label.rawValue))" } }

    /// Each quote as `speaker: text` (`?` for no speaker).
    public var quoteTexts: [String] { (quotes ?? []).map { "\($0.speaker ?? "?"): \(string($0.span))" } }
}
