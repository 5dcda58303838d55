import GlossCore
import Testing

@testable import GlossClean

/// Feed and site furniture in text, one test per rule.
@Suite struct FurnitureTests {
    static let story = "The Tilbury lifeboat was launched twice on Sunday.\n\nBoth crews returned safely."

    // MARK: Feed footer

    @Test func feedFooterGoesToMeta() {
        let text = Self.story + "\n\nThe post Lifeboat launched twice in a day appeared first on Tilbury Times."
        #expect(clean(text) == Self.story)
        let found = findings(text)
        #expect(found.feedTitle == "Lifeboat launched twice in a day")
        #expect(found.feedSite == "Tilbury Times")
        #expect(found.removed.feedFooters == 1)
    }

    @Test func feedFooterVariants() {
        let variant = Self.story + "\n\nThe post Lifeboat launched twice first appeared on Tilbury Times"
        #expect(clean(variant) == Self.story)
        #expect(findings(variant).feedSite == "Tilbury Times")
        // Glued to the end of a truncated excerpt by a careless feed reader.
        let glued = "Both crews returned safely. […] The post Lifeboat launched appeared first on Tilbury Times."
        #expect(clean(glued) == "Both crews returned safely.")
        #expect(findings(glued).feedTitle == "Lifeboat launched")
    }

    @Test func aFooterGluedToTheLastParagraphGoesEvenWithWidgetsAfterIt() {
        let text = "Both crews returned safely. The post Lifeboat launched appeared first on Tilbury Times.\n\nShare this:\n\nTwitter"
        #expect(clean(text) == "Both crews returned safely.")
        #expect(findings(text).feedSite == "Tilbury Times")
        // In the middle of an article it is a sentence, not a footer.
        let middle = "Both crews returned safely. The post Lifeboat launched appeared first on Tilbury Times.\n\nMore text."
        #expect(clean(middle) == middle)
    }

    @Test func feedFooterLookalikesStay() {
        let text = "The post office appeared first on the list of closures, the minister said. Staff were told on Monday."
        #expect(clean(text) == text)
        let title = "The post of harbour master is vacant."
        #expect(clean(title) == title)
    }

    @Test func feedFooterDoesNotOverwriteInputMeta() {
        let text = Self.story + "\n\nThe post Feed title appeared first on Feed Site."
        let document = process(text, meta: ["title": "Title from the record"])
        #expect(document.meta["title"] == "Title from the record")
        #expect(document.meta["source"] == "Feed Site")
    }

    // MARK: Widget blocks

    @Test func widgetBlocksGoWithTheirItems() {
        let text = Self.story + """


            Share this:

            Twitter
            Facebook

            Like this:

            Like Loading...

            Related posts

            Harbour dredging starts in May
            Lifeboat station gets new tractor
            In "Coast"

            Recent Comments

            Ada on Lifeboat launched twice
            """
        #expect(clean(text) == Self.story)
        #expect(findings(text).removed.widgetLines == 11)
    }

    @Test func aWidgetBlockEndsAtTheFirstSentence() {
        let text = "Related\n\nLifeboat station gets new tractor\n\nThe station’s old tractor was 31 years old.\n\nIt broke down in March."
        #expect(clean(text) == "The station’s old tractor was 31 years old.\n\nIt broke down in March.")
    }

    @Test func wordsLikeWidgetHeadingsInsideSentencesStay() {
        let text = "Comments from residents were mostly positive.\n\nShare this view, the mayor said."
        #expect(clean(text) == text)
    }

    // MARK: Calls to action

    @Test(arguments: [
        "Read more", "Read more »", "READ MORE…", "» Continue reading →", "Continue reading “Lifeboat launched twice”",
        "Click here to subscribe…", "Click here to subscribe to our newsletter!", "Follow us on Mastodon",
        "Follow us on Facebook, X and Instagram", "Read more: Harbour dredging starts in May", "Advertisement",
        "Skip to content", "Sign up for our morning briefing", "- Share on WhatsApp",
    ])
    func callsToActionGo(_ line: String) {
        #expect(clean(Self.story + "\n\n" + line) == Self.story)
        #expect(clean(line + "\n\n" + Self.story) == Self.story)
    }

    @Test(arguments: [
        "Read more about the rescue in the coastguard’s annual report, which was published on Friday and runs to 200 pages.",
        "“Follow us on the radio,” the skipper told the crowd.",
        "Continue reading, she told the class.",
        "Readmore Ltd, a printing firm, was fined.",
    ])
    func sentencesThatStartLikeCallsToActionStay(_ line: String) {
        #expect(clean(Self.story + "\n\n" + line) == Self.story + "\n\n" + line)
    }

    // MARK: Truncation marks

    @Test(arguments: ["[…]", "[...]", "(…)", "(...)", "[&hellip;]", "[&#8230;]"])
    func truncationMarksAtTheEndOfAParagraphGo(_ mark: String) {
        let text = "The crew were out for four hours \(mark)\n\nBoth crews returned safely."
        #expect(clean(text) == "The crew were out for four hours\n\nBoth crews returned safely.")
        #expect(findings(text).removed.truncationMarks == 1)
    }

    @Test func truncationMarksElsewhereStay() {
        let text = "The report said “the crew […] acted with great courage” and praised the station."
        #expect(clean(text) == text)
        #expect(clean("Out for hours (…) [...]") == "Out for hours")
        #expect(clean("[…]") == "")
    }

    // MARK: Dateline

    @Test(arguments: [
        ("RIVERTON (Gloss Wire) — The bridge reopened.", "RIVERTON (Gloss Wire)"),
        ("BRUSSELS (Wire) — Ministers met.", "BRUSSELS (Wire)"),
        ("NEW YORK, March 3 (Reuters) - Stocks fell.", "NEW YORK, March 3 (Reuters)"),
        ("SAN JUAN, Puerto Rico — The storm passed.", "SAN JUAN, Puerto Rico"),
        ("WASHINGTON -- Congress adjourned.", "WASHINGTON"),
        ("WINSTON-SALEM, N.C. (AP) – Rain fell.", "WINSTON-SALEM, N.C. (AP)"),
        ("SÃO PAULO (Gloss Wire) — Markets rose.", "SÃO PAULO (Gloss Wire)"),
        ("ST. JOHN’S (CP) — Fog closed the port.", "ST. JOHN’S (CP)"),
    ])
    func datelineIsFound(_ line: String, _ dateline: String) {
        let text = "Headline here\n\n" + line + " More text follows."
        #expect(findings(text).dateline == dateline)
        #expect(clean(text) == text)  // the dateline stays in the text
    }

    @Test(arguments: [
        "BREAKING — Ministers resign.",
        "The mayor — who was late — spoke.",
        "NASA said the launch would go ahead.",
        "UK — ",
        "RIVERTON The bridge reopened.",
        "Riverton (Gloss Wire) — The bridge reopened.",
        "A — B",
    ])
    func nonDatelinesAreNot(_ line: String) {
        #expect(findings(line).dateline == nil)
    }

    @Test func datelineIsLookedForNearTheTopOnly() {
        let lines = (1...10).map { "Paragraph \($0) of the story." }.joined(separator: "\n\n")
        #expect(findings(lines + "\n\nPARIS (Wire) — Late dateline.").dateline == nil)
    }

    // MARK: Options

    @Test func pipelineFurnitureRules() {
        var options = CleanOptions()
        options.furniture.lines = ["Advertisement feature", "• Sponsored by Acme:"]
        options.furniture.prefixes = ["Photo:", "Editing by"]
        options.furniture.suffixes = ["(Tilbury Times photo)"]
        let text = """
            The Tilbury lifeboat was launched twice on Sunday.

            ADVERTISEMENT FEATURE
            Sponsored by Acme
            Photo: Ida Moss
            The crew at the slipway (Tilbury Times photo)

            Both crews returned safely.

            Editing by Ola Berg
            """
        #expect(clean(text, options: options) == Self.story)
        #expect(findings(text, options: options).removed.furnitureLines == 5)
    }

    @Test func eachRemovalCanBeTurnedOff() {
        let text = """
            Headline

            The crew were out for hours […]

            Read more

            The post Headline appeared first on Tilbury Times.

            Share this:

            Twitter
            """
        var options = CleanOptions()
        options.remove.feedFooter = false
        options.remove.widgets = false
        options.remove.callsToAction = false
        options.remove.truncationMarks = false
        #expect(clean(text, options: options) == text)
        options.remove.widgets = true
        #expect(clean(text, options: options) == text.replacingOccurrences(of: "\n\nShare this:\n\nTwitter", with: ""))
        options.remove.callsToAction = true
        #expect(clean(text, options: options).contains("Read more") == false)
        options.remove.truncationMarks = true
        #expect(clean(text, options: options).contains("[…]") == false)
        options.remove.feedFooter = true
        #expect(clean(text, options: options) == "Headline\n\nThe crew were out for hours")
    }
}
