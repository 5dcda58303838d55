import Foundation
import GlossCore
import GlossSegment
import Testing

/// `max_sentence_tokens` bounds the tokens a sentence has in the output, where a sentence-final
/// abbreviation is two tokens ("Inc" and "."). Found by Fuzz/run.sh segment: a sentence of exactly the
/// limit in scanned tokens, ending in an abbreviation, came out one token over.
@Suite struct SentenceLimitTests {
    func longestSentence(_ text: String, maximum: Int) -> Int {
        let result = SentenceSegmenter(configuration: SegmenterConfiguration(maxSentenceTokens: maximum)).segment(text)
        return result.sentences.map { sentence in
            result.tokens.filter { $0.start >= sentence.start && $0.end <= sentence.end }.count
        }.max() ?? 0
    }

    @Test func aSentenceEndingInAnAbbreviationAtTheLimitIsCutBeforeIt() {
        // Eight scanned tokens; the final "Inc." is two output tokens.
        let text = "Ada Oyelaran joined the board of Acme Inc."
        let result = SentenceSegmenter(configuration: SegmenterConfiguration(maxSentenceTokens: 8)).segment(text)
        #expect(result.tokens.count == 9)
        #expect(longestSentence(text, maximum: 8) <= 8)
        #expect(result.sentences.count == 2)
        #expect(longestSentence(text + " " + text, maximum: 8) <= 8)
        #expect(longestSentence("The pier, said the mayor of Riverton Co. Ltd. Inc.", maximum: 8) <= 8)
    }

    @Test(arguments: ["segment-0bb20679f045", "segment-787d1a51417b", "segment-a45a01905945"])
    func fuzzInputsKeepTheLimit(name: String) throws {
        // The harness's variant 12: limit 8, abbreviations approx and Supt.; first byte picks it.
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "bin", subdirectory: "Fixtures/fuzz"))
        let bytes = Array(try Data(contentsOf: url).dropFirst())
        let (text, _) = UTF8Repair.decode(bytes)
        var options = SegmentStage.Options()
        options.maxSentenceTokens = 8
        options.abbreviations = ["approx", "Supt."]
        let stage = try SegmentStage(options: options, context: StageContext())
        var document = Document(id: name, text: text)
        try stage.process(&document)
        let sentences = document.sentences ?? []
        let tokens = document.tokens ?? []
        let most = sentences.map { sentence in tokens.filter { $0.start >= sentence.start && $0.end <= sentence.end }.count }.max() ?? 0
        #expect(most <= 8)
        #expect(!sentences.isEmpty)
    }
}
