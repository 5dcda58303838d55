import Foundation
import GlossCore
import Testing

/// The invented news articles with hand-written gold, through the real segment → tag → attribute pipeline.
///
/// `Fixtures/gold` holds the articles the rules were developed on (the last six were first scored blind,
/// then used for fixes); `Fixtures/blind-gold` holds articles written after the rules were frozen.
@Suite struct ArticleScoreTests {
    /// Scores every article of a gold folder and prints the figures and misses.
    static func scores(_ folder: String) throws -> AttributionScores {
        var total = AttributionScores()
        for (gold, text) in try GoldArticle.all(in: folder) {
            let document = try NewsPipeline.run(text, id: gold.article)
            total = total + AttributionScores.score(gold, document)
        }
        print("[\(folder)]\n\(total)")
        for miss in total.misses { print("  miss: \(miss)") }
        return total
    }

    @Test func developmentArticles() throws {
        let scores = try Self.scores("gold")
        #expect(scores.goldMarked >= 80)
        #expect(scores.markedRecall >= 0.95)
        #expect(scores.markedPrecision >= 0.95)
        #expect(scores.speakerAccuracy >= 0.9)
        #expect(scores.fullNameAccuracy >= 0.9)
        #expect(scores.speakerlessKeptEmpty == scores.goldSpeakerless)
        #expect(scores.indirectRecall >= 0.8)
        #expect(scores.indirectPrecision >= 0.8)
    }
}


/// Articles written after the rules were frozen and scored as they came (see the module README for the
/// figures of their first run); thresholds are those of a fair day, not of the development set.
@Suite struct BlindArticleTests {
    @Test func blindArticles() throws {
        let scores = try ArticleScoreTests.scores("blind-gold")
        #expect(scores.goldMarked >= 25)
        #expect(scores.markedRecall >= 0.9)
        #expect(scores.speakerAccuracy >= 0.85)
        #expect(scores.speakerlessKeptEmpty == scores.goldSpeakerless)
    }
}

/// Two articles written on 29 November 2026 after the rules were frozen (commit f5054ae) and scored once
/// before any change; thresholds were set before that run. The first run's figures are in the module README;
/// one fix followed (an age in commas makes a person), so these are no longer unseen.
@Suite struct FrozenArticleTests {
    @Test func frozenArticles() throws {
        let scores = try ArticleScoreTests.scores("frozen-gold")
        #expect(scores.goldMarked >= 12)
        #expect(scores.markedRecall >= 0.8)
        #expect(scores.speakerAccuracy >= 0.75)
        #expect(scores.speakerlessKeptEmpty == scores.goldSpeakerless)
    }
}
