import GlossCore
import GlossTesting
import KeywordsStage
import Testing

/// Unit tests of the stage alone: `TestDocument.tokenized` stands in for `segment`, and `StageHarness`
/// checks on every run that the stage got the layers it requires and added only what it declares.
@Suite struct KeywordsTests {
    @Test func mostFrequentWordsComeFirstAndTiesGoToTheEarlierWord() throws {
        let keywords = try StageHarness(Keywords.self, options: .init(count: 3))
        let document = try keywords.run(TestDocument.tokenized(
            "Depot staff voted. The depot closed; staff left the Depot at noon, and the vote stands."))
        #expect(document[KeywordList.self] == ["depot", "staff", "voted"])
    }

    @Test func stopWordsShortWordsAndNumbersAreLeftOut() throws {
        let text = "The 42 bus and the 42 tram ran. Oh, the bus ran on and on, said Zoë; Zoë rode the bus."
        let defaults = try StageHarness(Keywords.self, options: .init(count: 4)).run(TestDocument.tokenized(text))
        #expect(defaults[KeywordList.self] == ["bus", "ran", "zoë", "tram"])
        let stricter = try StageHarness(Keywords.self, options: .init(count: 4, minLength: 4, stopWords: ["TRAM"]))
            .run(TestDocument.tokenized(text))
        #expect(stricter[KeywordList.self] == ["rode"])
    }

    @Test func partsOfSpeechFilterNeedsTagsAndUsesThem() throws {
        let options = Keywords.Options(count: 2, partsOfSpeech: ["NOUN"])
        #expect(Keywords.requires(with: options) == [.tokens, .pos])
        #expect(Keywords.requires(with: .init()) == [.tokens])
        var document = TestDocument.tokenized("Strike strike strike depot")
        document.tokens = document.tokens?.enumerated().map { index, token in
            Token(token.span, pos: index == 0 ? .VERB : .NOUN)
        }
        let result = try StageHarness(Keywords.self, options: options).run(document)
        #expect(result[KeywordList.self] == ["strike", "depot"])
        #expect(Keywords.Options(partsOfSpeech: ["NOUNS"]).validate() == [
            "'parts_of_speech' has 'NOUNS', which is not a Universal POS tag (NOUN, PROPN, VERB, ADJ, ...)",
        ])
    }

    @Test func aDocumentWithoutWordsGetsAnEmptyList() throws {
        let document = try StageHarness(Keywords.self).run(TestDocument.tokenized("42 — 17 !"))
        #expect(document[KeywordList.self] == [])
    }

    @Test func theHarnessRefusesInputWithoutTokens() throws {
        let keywords = try StageHarness(Keywords.self)
        #expect(throws: HarnessError.self) { try keywords.run(text: "No tokens here.") }
    }
}
