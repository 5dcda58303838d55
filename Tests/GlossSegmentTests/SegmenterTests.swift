import Foundation
import GlossCore
import GlossSegment
import Testing

/// The text of a span.
func substring(_ text: String, _ start: Int, _ end: Int) -> String {
    let bytes = Array(text.utf8)
    return String(decoding: bytes[start..<end], as: UTF8.self)
}

/// Every non-space byte of `text` is in exactly one token, and tokens are ordered and non-empty.
func expectCoverage(_ text: String, _ tokens: [Token], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    var previousEnd = 0
    var covered = 0
    let bytes = Array(text.utf8)
    for token in tokens {
        #expect(token.start >= previousEnd && token.end > token.start, "token \(token.start)..<\(token.end) out of order", sourceLocation: sourceLocation)
        previousEnd = token.end
        covered += token.end - token.start
    }
    #expect(previousEnd <= bytes.count, sourceLocation: sourceLocation)
    // Bytes outside tokens must be spaces: count the non-space scalars' bytes.
    let spaceScalars: Set<UInt32> = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF]
    var nonSpace = 0
    for scalar in text.unicodeScalars {
        let value = scalar.value
        if spaceScalars.contains(value) || (0x2000...0x200B).contains(value) || value < 0x20 || value == 0x7F { continue }
        nonSpace += String(scalar).utf8.count
    }
    #expect(covered == nonSpace, "tokens cover \(covered) bytes, the text has \(nonSpace) non-space bytes", sourceLocation: sourceLocation)
}

@Suite("Sentences")
struct SentenceTests {
    let segmenter = SentenceSegmenter()

    @Test(arguments: sentenceCases)
    func splits(_ example: SentenceCase) {
        let result = segmenter.segment(example.text)
        let sentences = result.sentences.map { substring(example.text, $0.start, $0.end) }
        #expect(sentences == example.sentences)
        expectCoverage(example.text, result.tokens)
    }

    @Test func sentenceTokensMatchSentenceSpans() {
        let text = "At 6 p.m. the vote closed. “It's over,” Ms. Osei said.\n\nResults follow."
        let result = segmenter.segment(text)
        #expect(result.sentences.count == 3)
        for (span, range) in zip(result.sentences, result.sentenceTokens) {
            #expect(result.tokens[range.lowerBound].start == span.start)
            #expect(result.tokens[range.upperBound - 1].end == span.end)
        }
        #expect(result.sentenceTokens.last?.upperBound == result.tokens.count)
    }

    @Test func lineBreakModes() {
        let text = "Storm hits coast\nRescuers worked all night"
        let auto = SentenceSegmenter().segment(text).sentences.count
        let paragraph = SentenceSegmenter(configuration: SegmenterConfiguration(lineBreaks: .paragraph)).segment(text).sentences.count
        let line = SentenceSegmenter(configuration: SegmenterConfiguration(lineBreaks: .line)).segment("the\nend").sentences.count
        #expect(auto == 2)
        #expect(paragraph == 1)
        #expect(line == 2)
    }

    @Test func extraAbbreviations() {
        let text = "Cllr. Ngata agreed."
        #expect(SentenceSegmenter().segment(text).sentences.count == 2)
        for written in ["Cllr", "Cllr.", " Cllr. "] {
            let segmenter = SentenceSegmenter(configuration: SegmenterConfiguration(abbreviations: [written]))
            #expect(segmenter.segment(text).sentences.count == 1)
            // Like Inc.: still a sentence end before a word that clearly starts one.
            #expect(segmenter.segment("I spoke to the Cllr. He agreed.").sentences.count == 2)
        }
    }

    @Test func longSentencesAreCut() {
        let words = (0..<100).map { $0 % 10 == 9 ? "word," : "word" }.joined(separator: " ")
        let segmenter = SentenceSegmenter(configuration: SegmenterConfiguration(maxSentenceTokens: 30))
        let result = segmenter.segment(words)
        #expect(result.sentenceTokens.allSatisfy { $0.count <= 30 })
        #expect(result.sentenceTokens.count > 3)
        // Cut after a comma when there is one in the second half of the window.
        let first = result.sentenceTokens[0]
        #expect(substring(words, result.tokens[first.upperBound - 1].start, result.tokens[first.upperBound - 1].end) == ",")
        #expect(result.sentenceTokens.reduce(0) { $0 + $1.count } == result.tokens.count)
    }

    @Test func caseEvidenceFromTheDocument() {
        // "Shares" appears in lower case elsewhere, so its capital after "Corp." starts a sentence.
        let text = "The buyer was Beltrami Corp. Shares rose 4%. Analysts said shares were cheap."
        #expect(segmenter.segment(text).sentences.count == 3)
        // "Chief" never appears in lower case: a name-like word after "Corp." continues the sentence.
        #expect(segmenter.segment("Beltrami Corp. Chief Halvard Osei resigned.").sentences.count == 1)
    }
}

@Suite("Tokens")
struct TokenTests {
    let segmenter = SentenceSegmenter()

    @Test(arguments: tokenCases)
    func tokenizes(_ example: TokenCase) {
        let result = segmenter.segment(example.text)
        let tokens = result.tokens.map { substring(example.text, $0.start, $0.end) }
        #expect(tokens == example.tokens)
        expectCoverage(example.text, result.tokens)
    }

    @Test func hyphenSplitFollowsUniversalDependencies() {
        let segmenter = SentenceSegmenter(configuration: SegmenterConfiguration(hyphens: .split))
        let text = "a 15-year-old co-worker's e-mail, score 3-1"
        let tokens = segmenter.segment(text).tokens.map { substring(text, $0.start, $0.end) }
        #expect(tokens == ["a", "15", "-", "year", "-", "old", "co-worker", "'s", "e-mail", ",", "score", "3-1"])
    }

    @Test func tokenizerAloneReportsKindsAndGaps() {
        let scanned = Tokenizer().scan("Dr. Osei\n\nsaid “yes.”")
        #expect(scanned.map(\.kind) == [.abbreviation, .word, .word, .openQuote, .word, .period, .closeQuote])
        #expect(scanned.map(\.gap) == [.paragraph, .space, .paragraph, .space, .none, .none, .none])
    }
}

@Suite("Robustness")
struct RobustnessTests {
    /// Random byte strings (repaired to valid UTF-8 the way Swift does) and random mixes of tricky
    /// characters never crash the segmenter and always give full, ordered coverage.
    @Test func randomTextIsCoveredExactly() {
        checkRandomTexts(rounds: 400, seed: 42)
    }

    /// The same with many more texts (GLOSS_SLOW=1).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GLOSS_SLOW"] == "1"))
    func manyRandomTextsAreCoveredExactly() {
        checkRandomTexts(rounds: 30_000, seed: 7)
    }

    func checkRandomTexts(rounds: Int, seed: UInt64) {
        var state: UInt64 = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let pieces = [
            "a", "Z", "é", ".", "..", "…", "?", "!", "\"", "'", "’", "“", "”", "«", "(", ")", "[", "]", "-", "—", "–",
            "Mr", "U.S", "p.m", "1", "9", ",", ":", ";", "@", "#", "/", "://", "www", "com", " ", " ", "\n", "\r\n",
            "\n\n", "\t", "\u{00A0}", "\u{200B}", "👍", "\u{200D}", "\u{FE0F}", "•", "$", "%", "&", "n't", "'s", "x",
        ]
        let segmenter = SentenceSegmenter()
        for round in 0..<rounds {
            var text: String
            if round % 2 == 0 {
                let bytes = (0..<Int(next() % 200)).map { _ in UInt8(truncatingIfNeeded: next()) }
                text = String(decoding: bytes, as: UTF8.self)
            } else {
                text = (0..<Int(next() % 120)).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined()
            }
            let result = segmenter.segment(text)
            expectCoverage(text, result.tokens)
            for sentence in result.sentences {
                #expect(sentence.start < sentence.end && sentence.end <= text.utf8.count)
            }
            #expect(result.sentenceTokens.reduce(0) { $0 + $1.count } == result.tokens.count)
        }
    }

    @Test func sentencesAreOrderedAndDisjoint() {
        let text = "“Why?” “Because.” (Yes.) ... ?! . . . 1. 2. a) •• -- Mr. U.S. p.m."
        let result = SentenceSegmenter().segment(text)
        for (previous, next) in zip(result.sentences, result.sentences.dropFirst()) {
            #expect(previous.end <= next.start)
        }
        expectCoverage(text, result.tokens)
    }
}
