import GlossCore
import Testing

/// One news pattern: a text and every quote the stage must find in it, as "speaker: text" ("?" for none),
/// in text order.
struct PatternCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var expected: [String]

    init(_ name: String, _ text: String, _ expected: [String]) {
        self.name = name
        self.text = text
        self.expected = expected
    }

    var testDescription: String { name }
}

/// The patterns of the Build list, each through the real segment → tag → attribute pipeline.
@Suite struct PatternTests {
    static let cases: [PatternCase] = [
        PatternCase("“Q,” X said", "“We will not move,” Mara Quell said.", ["Mara Quell: We will not move"]),
        PatternCase("“Q,” said X, ROLE", "“Talks can start tomorrow,” said Ivo Brandt, the mayor of Norvale.", ["Ivo Brandt: Talks can start tomorrow"]),
        PatternCase("X said: “Q.”", "Kremlin spokesman Dmitry Peskov said: “There is no change in our position.”",
                    ["Dmitry Peskov: There is no change in our position."]),
        PatternCase("X said … “partial” …", "Peskov said the offer was “not serious” and would be rejected.",
                    ["Peskov: the offer was “not serious” and would be rejected", "Peskov: not serious"]),
        PatternCase("X told reporters that …", "Ivo Brandt told reporters that the depot would reopen on Friday.",
                    ["Ivo Brandt: the depot would reopen on Friday"]),
        PatternCase("X told the newspaper …", "Ivo Brandt told the Norvale Herald the depot would reopen on Friday.",
                    ["Ivo Brandt: the depot would reopen on Friday"]),
        PatternCase("X wrote on Twitter that …", "The ministry wrote on Twitter that the border would stay closed.",
                    ["ministry: the border would stay closed"]),
        PatternCase("X wrote in a filing that …", "Nadia Ferrer wrote in a filing that the contract was void.", ["Nadia Ferrer: the contract was void"]),
        PatternCase("X added: “Q”", "Nadia Ferrer added: “We expect a ruling within weeks.”", ["Nadia Ferrer: We expect a ruling within weeks."]),
        PatternCase("X emphasized that …", "Nadia Ferrer emphasized that the company had done nothing wrong.",
                    ["Nadia Ferrer: the company had done nothing wrong"]),
        PatternCase("X warned that …", "Ivo Brandt warned that fares would rise.", ["Ivo Brandt: fares would rise"]),
        PatternCase("X insisted …", "Ivo Brandt insisted the plan was safe.", ["Ivo Brandt: the plan was safe"]),
        PatternCase("X noted that …", "Ivo Brandt noted that the depot was built in 1911.", ["Ivo Brandt: the depot was built in 1911"]),
        PatternCase("X tweeted that …", "Ivo Brandt tweeted that the buses were running again.", ["Ivo Brandt: the buses were running again"]),
        PatternCase("X argued that …", "Ivo Brandt argued that the strike was illegal.", ["Ivo Brandt: the strike was illegal"]),
        PatternCase("X called it “…”", "Ivo Brandt called the strike “a disgrace.”", ["Ivo Brandt: a disgrace."]),
        PatternCase("according to X, …", "According to the Norvale Transit Authority, 40 buses were out of service.",
                    ["Norvale Transit Authority: 40 buses were out of service"]),
        PatternCase("…, according to X", "Forty buses were out of service, according to the Norvale Transit Authority.",
                    ["Norvale Transit Authority: Forty buses were out of service"]),
        PatternCase("“Q1,” X said. “Q2.”", "“We are ready,” Ivo Brandt said. “The buses will run.”",
                    ["Ivo Brandt: We are ready", "Ivo Brandt: The buses will run."]),
        PatternCase("“Q,” he said", "Dmitry Peskov spoke to reporters in Moscow. “There is no change,” he said.", ["Dmitry Peskov: There is no change"]),
        PatternCase("“Q,” she said", "Nadia Ferrer spoke after the vote. “It was close,” she said.", ["Nadia Ferrer: It was close"]),
        PatternCase("“Q,” she said past a man", "Nadia Ferrer met Ivo Brandt after the vote. “It was close,” she said.", ["Nadia Ferrer: It was close"]),
        PatternCase("“Q,” they said", "Orrin Motors posted its results on Monday. “Demand was weak,” they said.", ["Orrin Motors: Demand was weak"]),
        PatternCase("“Q,” the company said", "Orrin Motors posted its results on Monday. “Demand was weak,” the company said.",
                    ["Orrin Motors: Demand was weak"]),
        PatternCase("“Q,” the ministry said", "The Ministry of Transport published the figures. “The numbers speak for themselves,” the ministry said.",
                    ["Ministry of Transport: The numbers speak for themselves"]),
        PatternCase("the Kremlin said (that) …", "The Kremlin said the talks would continue.", ["Kremlin: the talks would continue"]),
        PatternCase("the ministry said in a statement", "The Ministry of Transport said in a statement that the bridge would close.",
                    ["Ministry of Transport: the bridge would close"]),
        PatternCase("X, 67, said", "Ivo Brandt, 67, said the depot was safe.", ["Ivo Brandt: the depot was safe"]),
        PatternCase("the spokesman, X, said", "The spokesman, Dmitry Peskov, said the talks had stalled.", ["Dmitry Peskov: the talks had stalled"]),
        PatternCase("Peskov → Dmitry Peskov", "Dmitry Peskov spoke on Monday. “No,” Peskov said.", ["Dmitry Peskov: No"]),
        PatternCase("police said", "“The roads are closed,” police said.", ["police: The roads are closed"]),
        PatternCase("CLAUSE, X said.", "The talks will resume on Monday, Peskov said.", ["Peskov: The talks will resume on Monday"]),
        PatternCase("CLAUSE, X said, adding that …", "The plant will close, the company said, adding that 300 jobs would go.",
                    ["company: The plant will close", "company: 300 jobs would go"]),
        PatternCase("X dismissed … and said …", "Marchand dismissed the warnings and said the figures would follow.",
                    ["Marchand: the figures would follow"]),
        PatternCase("continued over paragraphs", "Ivo Brandt said: “The first part is ready.\n\n“The second part will follow next year.”",
                    ["Ivo Brandt: The first part is ready.", "Ivo Brandt: The second part will follow next year."]),
        PatternCase("nested", "“My grandmother told me, ‘Never sell the farm,’ and I never did,” Mara Quell said.",
                    ["Mara Quell: My grandmother told me, ‘Never sell the farm,’ and I never did", "grandmother: Never sell the farm"]),
        PatternCase("straight and single marks", "\"We will not move,\" Mara Quell said. 'Talks can start tomorrow,' Ivo Brandt said.",
                    ["Mara Quell: We will not move", "Ivo Brandt: Talks can start tomorrow"]),
        PatternCase("guillemets", "«Nous restons,» said Mara Quell.", ["Mara Quell: Nous restons"]),
        PatternCase("apostrophes are no quotes", "The players' union said Ivers' contract ran out in '98.",
                    ["players' union: Ivers' contract ran out in '98"]),
        PatternCase("lost closing mark", "“We will not move,” Mara Quell said. “Talks can start tomorrow, she said. “But not today,” Ivo Brandt said.",
                    ["Mara Quell: We will not move", "Mara Quell: Talks can start tomorrow", "Ivo Brandt: But not today"]),
        PatternCase("lost opening mark", "Mara Quell spoke first. We will not move,” she said. “Talks can wait,” Ivo Brandt said.",
                    ["Mara Quell: We will not move", "Ivo Brandt: Talks can wait"]),
        PatternCase("X said … in an interview with … that …", "Ivo Brandt said on Monday in an interview with the Norvale Herald that the depot was safe.",
                    ["Ivo Brandt: the depot was safe"]),
        PatternCase("report, then a quotation paragraph", "Ivo Brandt said the union would strike.\n\n“We have no choice.”",
                    ["Ivo Brandt: the union would strike", "Ivo Brandt: We have no choice."]),
        PatternCase("“Q1,” X said, “Q2.”", "“We will go,” Ivo Brandt said, “but not today.”", ["Ivo Brandt: We will go", "Ivo Brandt: but not today."]),
        PatternCase("“Q?” asked X", "“Why now?” asked Nadia Ferrer.", ["Nadia Ferrer: Why now?"]),
        PatternCase("“Q,” said Mr. X", "Ivo Brandt spoke last. “It is done,” said Mr. Brandt.", ["Ivo Brandt: It is done"]),
        PatternCase("no speech, no inheritance", "“We will win,” Mara Quell said.\n\nThe city has not answered. “Talks are over.”",
                    ["Mara Quell: We will win", "?: Talks are over."]),
        PatternCase("given name the tagger left out", "The bridge reopened on Tuesday. According to city engineer Tomasz Wierzbicki, the deck was replaced. “It is safe,” Wierzbicki said.",
                    ["Tomasz Wierzbicki: the deck was replaced", "Tomasz Wierzbicki: It is safe"]),
        PatternCase("“and” and plural nouns in an organisation", "According to the Dock and Harbour Workers Union, 300 members voted.",
                    ["Dock and Harbour Workers Union: 300 members voted"]),
        PatternCase("an age makes a person", "The shed belongs to Wendell Fitch, 71, who lives nearby. “It was a fox,” he said.",
                    ["Wendell Fitch: It was a fox"]),
        PatternCase("declined to say", "Peskov declined to say when the talks would resume.", []),
        PatternCase("was told", "Peskov was told that the talks had failed.", []),
    ]

    @Test(arguments: cases)
    func pattern(_ pattern: PatternCase) throws {
        #expect(try NewsPipeline.quoteLines(pattern.text) == pattern.expected)
    }
}
