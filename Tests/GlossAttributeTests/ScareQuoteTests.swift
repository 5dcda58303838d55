import GlossCore
import Testing

/// Quoted words and titles that nobody says: each must be found as a quote and get no speaker.
@Suite struct ScareQuoteTests {
    static let sentences = [
        "The so-called “peace dividend” never reached the border towns.",
        "Her documentary “Salt and Silence” won the top prize on Saturday.",
        "The report, titled “Water for Tomorrow,” was published on Tuesday.",
        "The ferry, nicknamed “Old Grey,” made its last crossing in 1998.",
        "The word “resilience” appears 41 times in the council's plan.",
        "The band's third album, “Paper Boats,” sold 200,000 copies.",
        "Residents waited hours for the “temporary” bridge to open.",
        "The “smart” meters were installed in every house on the street.",
        "He starred in “The Long Winter” and later in “Harbour Lights.”",
        "The novel “A House by the Sea” was translated into 14 languages.",
        "A group called “Friends of the Orna” organised the protest.",
        "The ship was renamed “Northern Star” after the sale.",
        "Shares of the “Big Five” lenders fell sharply on Monday.",
        "The exhibition “Faces of the Valley” opens at the city museum next week.",
        "The mayor's “open door” policy ended after a year.",
        "The festival's “audience choice” award went to a comedy.",
        "Critics of the “fast track” scheme gathered outside the town hall.",
        "The song “Come Home Soon” became an anthem of the strike.",
        "The tax, known as the “window levy,” was abolished in 1851.",
        "Fans still remember the “Miracle of Lakemoor” in 1987.",
        "The report's authors used the term “managed retreat” for the coastal plan.",
        "The building's “green roof” was damaged in the storm.",
        "Her first film, “Night Ferry,” premiered in Merida Bay.",
        "The so-called 'blue growth' plan would turn the harbour into a marina.",
        "Mara Quell said she had read “The Long Winter” twice.",
        "“We will win,” Mara Quell said. The “temporary” depot opened in May.",
    ]

    @Test(arguments: sentences)
    func noSpeaker(_ text: String) throws {
        let document = try NewsPipeline.run(text)
        let quoted = (document.quotes ?? []).filter { $0.kind != .indirect }
        let nobody = quoted.filter { document.string($0.span) != "We will win" }
        #expect(!nobody.isEmpty, "the quoted words should still be found")
        for quote in nobody {
            #expect(quote.speaker == nil, "“\(document.string(quote.span))” got speaker \(quote.speaker ?? "")")
        }
    }
}
