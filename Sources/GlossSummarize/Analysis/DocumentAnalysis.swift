import GlossCore

/// What the summarizer knows about each sentence of one document, computed once; choosing sentences from
/// it under any weights or length budget is then cheap (which is also what lets the evaluation learn the
/// weights quickly).
package struct DocumentAnalysis: Sendable {
    /// Number of sentences.
    package var count: Int
    /// Term vectors, for centrality and redundancy.
    var vectors: SentenceVectors
    /// Tokens with a letter or digit in each sentence.
    package var words: [Int]
    /// Each sentence's length in Unicode scalars once its white space runs are single spaces.
    package var characters: [Int]
    /// Whether a sentence looks like a headline, dateline or section title (see ``HeadingDetector``).
    package var isHeading: [Bool]
    /// Position among the sentences that are not headings (0 = the first content sentence); -1 for headings.
    package var contentPosition: [Int]
    /// LexRank centrality, 0...1.
    package var centrality: [Float]
    /// Salience of the named entities a sentence mentions, 0...1; nil when the document has no entities layer.
    package var entitySalience: [Float]?
    /// Salience of the quoted speakers a sentence reports, 0...1; nil when the document has no quotes layer.
    package var quoteSalience: [Float]?

    /// Analyses a document's sentences. Tokens outside every sentence are ignored; a sentence without tokens
    /// has an empty vector.
    init(
        bytes: UnsafeBufferPointer<UInt8>, sentences: [Span], tokens: [Token], entities: [Entity]?,
        quotes: [Quote]?, hasher: TermHasher
    ) {
        count = sentences.count
        var termIndex = TermIndex(maximumTerms: tokens.count)
        var sentenceTerms: [Int32] = []
        sentenceTerms.reserveCapacity(tokens.count)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(count)
        var words = [Int](repeating: 0, count: count)
        var tokenIndex = 0
        tokens.withUnsafeBufferPointer { tokens in
            for (sentence, span) in sentences.enumerated() {
                while tokenIndex < tokens.count && tokens[tokenIndex].start < span.start { tokenIndex += 1 }
                let lower = sentenceTerms.count
                var wordCount = 0
                while tokenIndex < tokens.count && tokens[tokenIndex].start < span.end {
                    let token = tokens[tokenIndex]
                    tokenIndex += 1
                    if CharacterTable.containsWord(bytes, token.start, token.end) { wordCount += 1 }
                    let term = hasher.term(bytes, token.start, token.end)
                    if term != TermHasher.none { sentenceTerms.append(termIndex.id(term)) }
                }
                words[sentence] = wordCount
                ranges.append(lower..<sentenceTerms.count)
            }
        }
        vectors = SentenceVectors(sentenceTerms: &sentenceTerms, ranges: ranges, termCount: Int(termIndex.count))
        self.words = words
        characters = sentences.map { SummaryText.normalizedLength(bytes, $0) }
        isHeading = sentences.indices.map { HeadingDetector.isHeading(bytes, sentences[$0], words: words[$0]) }
        var position = 0
        contentPosition = isHeading.map { heading in
            guard !heading else { return -1 }
            defer { position += 1 }
            return position
        }
        centrality = Centrality.scores(vectors)
        entitySalience = entities.map { Salience.entities($0, sentences: sentences, bytes: bytes) }
        quoteSalience = quotes.map { Salience.quotes($0, sentences: sentences) }
    }

    /// Cosine similarity of two sentences' term vectors.
    package func similarity(_ a: Int, _ b: Int) -> Float { vectors.similarity(a, b) }
}
