import GlossSummarizeEvaluation
import Testing

@Suite("ROUGE")
struct RougeTests {
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

    @Test func tokenisesLikeTheReferenceImplementation() {
        #expect(Rouge.tokens("Hello, World! It's 2024.") == ["hello", "world", "it", "s", "2024"])
        #expect(Rouge.tokens("Zoë’s café—open") == ["zo", "s", "caf", "open"])
        #expect(Rouge.tokens("  ...  ").isEmpty)
    }

    // Worked by hand: unigrams the×2 cat on mat match (5 of 6 each side); bigrams the-cat, on-the, the-mat
    // match (3 of 5); the LCS "the cat on the mat" has 5 tokens.
    @Test func oneWordSwapped() {
        let scores = Rouge.score(candidate: "The cat sat on the mat.", reference: "the cat lay on the mat")
        #expect(close(scores.rouge1.f1, 5.0 / 6))
        #expect(close(scores.rouge2.precision, 0.6) && close(scores.rouge2.recall, 0.6))
        #expect(close(scores.rougeL.f1, 5.0 / 6))
    }

    // Candidate a b c d, reference a c e: unigrams a, c match (P 2/4, R 2/3, F 4/7); no bigram matches;
    // LCS a c (same as ROUGE-1 here).
    @Test func differentLengths() {
        let scores = Rouge.score(candidate: "a b c d", reference: "a c e")
        #expect(close(scores.rouge1.precision, 0.5) && close(scores.rouge1.recall, 2.0 / 3))
        #expect(close(scores.rouge1.f1, 4.0 / 7))
        #expect(scores.rouge2.f1 == 0)
        #expect(close(scores.rougeL.f1, 4.0 / 7))
    }

    // Matches are clipped: "the" three times in the candidate, once in the reference, counts once.
    @Test func clipsRepeatedUnigrams() {
        let scores = Rouge.score(candidate: "the the the", reference: "the cat")
        #expect(close(scores.rouge1.precision, 1.0 / 3) && close(scores.rouge1.recall, 0.5))
        #expect(close(scores.rouge1.f1, 0.4))
    }

    // LCS is a subsequence, not a substring: b d f in both orders' common subsequence.
    @Test func lcsSkipsGaps() {
        let score = Rouge.lcs(["a", "b", "x", "d", "y", "f"], ["b", "d", "f", "g"])
        #expect(close(score.precision, 3.0 / 6) && close(score.recall, 3.0 / 4))
    }

    @Test func emptySidesScoreZero() {
        #expect(Rouge.score(candidate: "", reference: "a b").rouge1.f1 == 0)
        #expect(Rouge.score(candidate: "a b", reference: "").rougeL.f1 == 0)
        #expect(Rouge.score(candidate: "a", reference: "a").rouge2.f1 == 0)
        #expect(Rouge.score(candidate: "a", reference: "a").rouge1.f1 == 1)
    }
}
