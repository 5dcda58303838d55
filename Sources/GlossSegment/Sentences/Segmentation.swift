import GlossCore

/// Sentences and tokens of one text, as UTF-8 byte offsets.
public struct Segmentation: Sendable, Hashable {
    /// Tokens in text order (empty when tokens were not asked for).
    public var tokens: [Token]
    /// Sentence spans in text order, each from its first token's start to its last token's end.
    public var sentences: [Span]
    /// For each sentence, the range of its tokens in ``tokens`` (empty ranges when tokens were not asked for).
    public var sentenceTokens: [Range<Int>]

    /// Creates a segmentation.
    public init(tokens: [Token] = [], sentences: [Span] = [], sentenceTokens: [Range<Int>] = []) {
        self.tokens = tokens
        self.sentences = sentences
        self.sentenceTokens = sentenceTokens
    }
}
