import GlossCore
import Testing

@testable import GlossClean

/// A headline-like first line of plain text becomes `meta.title` when nothing else names the title.
@Suite struct HeadlineTests {
    static let story = "\n\nMARLOW FALLS (Gloss Wire) — Growers in the valley fought frost for a second night on Wednesday."

    @Test(arguments: [
        ("Late frost threatens Kell Valley apple harvest", "Late frost threatens Kell Valley apple harvest"),
        ("Port Adeline ferry crews vote to strike over rosters", "Port Adeline ferry crews vote to strike over rosters"),
        ("“We kept our promise”: mayor opens bridge", "“We kept our promise”: mayor opens bridge"),
        ("12 hurt as tram leaves the rails in Ossory", "12 hurt as tram leaves the rails in Ossory"),
    ])
    func aHeadlineIsTheTitleAndStaysInTheText(line: String, title: String) {
        let document = process(line + Self.story)
        #expect(document.meta["title"] == .string(title))
        #expect(document.text.hasPrefix(line + "\n\n"))
    }

    @Test(arguments: [
        "The frost came late this year.",                     // a sentence
        "Growers said on Wednesday:",                         // a lead-in
        "BREAKING NEWS FROM THE VALLEY",                      // a label in capitals
        "By Priya Raman",                                     // a byline
        "Frost",                                              // one word
        "late frost threatens the valley",                    // starts in lower case
        String(repeating: "frost and ", count: 20) + "wind",  // too long for a headline
    ])
    func otherFirstLinesAreNotTitles(line: String) {
        #expect(process(line + Self.story).meta["title"] == nil)
    }

    @Test func aTextOfOneLineHasNoHeadline() {
        #expect(process("Late frost threatens Kell Valley apple harvest").meta["title"] == nil)
    }

    @Test func otherTitlesWin() {
        let footer = "Late frost threatens Kell Valley apple harvest" + Self.story
            + "\n\nThe post Frost hits the valley appeared first on Valley Courier."
        #expect(process(footer).meta["title"] == "Frost hits the valley")
        let given = process("Late frost threatens Kell Valley apple harvest" + Self.story, meta: ["title": "From the feed"])
        #expect(given.meta["title"] == "From the feed")
    }

    @Test func itCanBeTurnedOff() {
        var options = CleanOptions()
        options.titleFromHeadline = false
        #expect(process("Late frost threatens Kell Valley apple harvest" + Self.story, options: options).meta["title"] == nil)
    }
}
