import GlossCore
import GlossSegment
import GlossSummarize
import GlossTesting
import Testing

@Suite("summarize stage")
struct SummarizeStageTests {
    @Test func prefersTheLeadOverHeadlineAndDateline() throws {
        let document = try pipeline("{sentences: 1}").run(text: try fixture("ferry-strike"))
        let summary = try #require(document.summary)
        #expect(document.sentenceTexts[0] == "Ferry crews walk out in Port Varrow over night rosters")
        #expect(summary.sentences == [2])
        #expect(summary.text.hasPrefix("PORT VARROW — Crews on the Varrow Sound ferries stopped work"))
    }

    @Test func threeSentenceSummaryOfANewsArticleKeepsOrderAndSkipsHeadings() throws {
        let document = try pipeline().run(text: try fixture("ferry-strike"))
        let summary = try #require(document.summary)
        #expect(summary.sentences.count == 3)
        #expect(summary.sentences == summary.sentences.sorted())
        #expect(!summary.sentences.contains(0) && !summary.sentences.contains(1))
        #expect(summary.sentences.first == 2)
        #expect(summary.text == summary.sentences.map { document.sentenceTexts[$0] }.joined(separator: " "))
    }

    @Test func headingsAreUsedOnlyWhenNothingElseIsLeft() throws {
        let text = "Storm shuts Brackmoor schools\n\nMonday, May 2, 2033\n\nAll 14 schools in Brackmoor closed on Monday after a storm cut power across the valley."
        let skipping = try pipeline("{sentences: 2}").run(text: text)
        #expect(skipping.sentenceTexts.count == 3)
        #expect(skipping.summary?.sentences == [0, 2])
        let keeping = try pipeline("{sentences: 2, skip_headings: false, method: lead}").run(text: text)
        #expect(keeping.summary?.sentences == [0, 1])
    }

    @Test func dropsASentenceThatRepeatsAChosenOne() throws {
        let text = """
            The Arnholt dam will be raised by four metres to protect the town from floods, the water board said on Friday. \
            The water board said on Friday that the Arnholt dam would be raised by four metres to protect the town from floods. \
            Work on the dam is expected to cost 80 million crowns and take three years. \
            Farmers upstream worry that the larger reservoir will cover some of their fields.
            """
        let document = try pipeline("{sentences: 2}").run(text: text)
        #expect(document.sentenceTexts.count == 4)
        let chosen = try #require(document.summary?.sentences)
        #expect(chosen.count == 2)
        #expect(chosen.contains(0))
        #expect(!chosen.contains(1))
        // The lead baseline takes sentences as they come, repeat or not.
        #expect(try pipeline("{sentences: 2, method: lead}").run(text: text).summary?.sentences == [0, 1])
    }

    @Test func maxCharsNeverCutsASentence() throws {
        let text = try fixture("orchard-fire")
        let unlimited = try pipeline("{sentences: 3}").run(text: text)
        let limited = try pipeline("{sentences: 3, max_chars: 260}").run(text: text)
        let summary = try #require(limited.summary)
        #expect(summary.text.unicodeScalars.count <= 260)
        #expect(!summary.sentences.isEmpty)
        #expect(summary.text == summary.sentences.map { limited.sentenceTexts[$0] }.joined(separator: " "))
        #expect((unlimited.summary?.text.unicodeScalars.count ?? 0) > 260)
        // No sentence fits: an empty summary rather than a cut one.
        let none = try pipeline("{max_chars: 10}").run(text: text)
        #expect(none.summary == Summary(sentences: [], text: ""))
    }

    @Test func maxCharsCountsUnicodeScalars() throws {
        let text = "Crowds cheered “Zoë’s” 🚀 launch. Then it rained."
        let document = try pipeline("{sentences: 2, max_chars: 32}").run(text: text)
        #expect(document.sentenceTexts[0].unicodeScalars.count == 32)
        #expect(document.summary?.sentences == [0])
    }

    @Test(arguments: [(0.3, 10, 3), (0.05, 10, 1), (0.25, 10, 3), (1.0, 7, 7), (0.5, 0, 1), (0.0, 10, 4)])
    func ratioSetsTheLength(ratio: Double, sentenceCount: Int, expected: Int) {
        var options = SummarizeStage.Options()
        options.sentences = 4
        options.ratio = ratio
        #expect(options.summaryLength(sentenceCount: sentenceCount) == expected)
    }

    @Test func ratioThroughThePipeline() throws {
        let text = (1...10).map { "Councillor number \($0) voted on item \($0 * 7) of the harbour budget." }.joined(separator: " ")
        let document = try pipeline("{ratio: 0.2, sentences: 9}").run(text: text)
        #expect(document.sentenceTexts.count == 10)
        #expect(document.summary?.sentences.count == 2)
    }

    @Test func methodLeadTakesTheFirstContentSentences() throws {
        let document = try pipeline("{method: lead, sentences: 2}").run(text: try fixture("orchard-fire"))
        // The headline and the byline are headings.
        #expect(document.summary?.sentences == [2, 3])
    }

    @Test func methodCentralityIgnoresPosition() throws {
        let text = """
            A cat slept on the porch. \
            The Selwyn bridge will close for repairs in June, the roads agency said. \
            Repairs to the Selwyn bridge will take eight weeks. \
            Drivers will use the old ferry road while the Selwyn bridge is closed for repairs. \
            The agency said repairs on the bridge would cost 12 million.
            """
        let document = try pipeline("{method: centrality, sentences: 1}").run(text: text)
        #expect(document.summary?.sentences.first != 0)
    }

    @Test func isDeterministic() throws {
        let text = try fixture("ferry-strike") + "\n\n" + (try fixture("orchard-fire"))
        let first = try pipeline("{sentences: 4}").run(text: text).summary
        for _ in 0..<5 {
            #expect(try pipeline("{sentences: 4}").run(text: text).summary == first)
        }
    }

    @Test func emptyAndOneSentenceDocuments() throws {
        let empty = try pipeline().run(text: "")
        #expect(empty.summary == Summary(sentences: [], text: ""))
        let blank = try pipeline().run(text: "  \n\n ")
        #expect(blank.summary == Summary(sentences: [], text: ""))
        let one = try pipeline().run(text: "The Mirren library reopened on Saturday after a two-year refit.")
        #expect(one.summary == Summary(sentences: [0], text: "The Mirren library reopened on Saturday after a two-year refit."))
        let heading = try pipeline().run(text: "Library reopens")
        #expect(heading.summary?.sentences == [0])
    }

    @Test func summaryTextJoinsWrappedSentencesWithSingleSpaces() throws {
        let text = "The Oldmere tram line\nwill reopen in April, the city said.\n\nTickets will cost two crowns."
        let document = try pipeline("{sentences: 2}").run(text: text)
        #expect(document.summary?.text == "The Oldmere tram line will reopen in April, the city said. Tickets will cost two crowns.")
    }

    @Test func stageHarnessChecksTheDeclaration() throws {
        let harness = try StageHarness(SummarizeStage.self)
        let result = try harness.run(TestDocument.tokenized("Rain fell on Tuesday. The river rose by a metre. Roads closed."))
        #expect(result.summary?.sentences.count == 3)
        #expect(throws: HarnessError.self) { try harness.run(text: "No tokens here.") }
    }
}
