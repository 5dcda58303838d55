import GlossCore

/// A document ready for scoring summaries: its sentences and tokens, a reference, and the ROUGE tokens of
/// each sentence (so a summary's tokens are the concatenation of its sentences').
public struct EvaluationCase: Sendable {
    /// The document, with sentences and tokens (and entities when the run uses them).
    public var document: Document
    /// The GUM genre (`news`, `bio`, ...), for per-genre tables and stratified folds.
    public var genre: String
    /// The reference summary as written.
    public var referenceText: String
    /// The reference summary's ROUGE tokens.
    public var reference: [String]
    /// Each sentence's ROUGE tokens.
    public var sentenceTokens: [[String]]

    /// A case; `document` must have sentences.
    public init(document: Document, genre: String, reference: String) {
        self.document = document
        self.genre = genre
        referenceText = reference
        self.reference = Rouge.tokens(reference)
        sentenceTokens = (document.sentences ?? []).map { Rouge.tokens(document.string($0)) }
    }

    /// ROUGE of the summary made of sentences `chosen` (ascending).
    public func score(_ chosen: [Int]) -> Rouge.Scores {
        Rouge.score(candidate: chosen.flatMap { sentenceTokens[$0] }, reference: reference)
    }
}
