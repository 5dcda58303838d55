import Foundation
import GlossCore
import Testing

@testable import GlossClean

/// End to end over whole articles: the three fixtures the issue asks for and the project's examples.
@Suite struct FixtureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var input: String
        var expected: String
        var body: String?
        var html: Bool
        var testDescription: String { input }
    }

    static let fixtures: [Case] = [
        Case(input: "widgets.html", expected: "widgets.expected.txt", body: "widgets.body.txt", html: true),
        Case(input: "feed-footer.txt", expected: "feed-footer.expected.txt", body: "feed-footer.body.txt", html: false),
        Case(input: "already-clean.txt", expected: "already-clean.txt", body: "already-clean.txt", html: false),
    ]

    static let examples: [Case] = [
        Case(input: "mill-street-bridge.html", expected: "examples/mill-street-bridge.expected.txt", body: nil, html: true),
        Case(input: "port-adeline-ferry-strike.txt", expected: "examples/port-adeline-ferry-strike.expected.txt", body: nil, html: false),
        Case(input: "kell-valley-frost.txt", expected: "examples/kell-valley-frost.expected.txt", body: nil, html: false),
    ]

    static func input(_ item: Case) throws -> String {
        fixtures.contains { $0.input == item.input } ? try fixture(item.input) : try example(item.input)
    }

    @Test(arguments: fixtures + examples)
    func cleansToTheExpectedText(_ item: Case) throws {
        let expected = try fixture(item.expected)
        #expect(clean(try Self.input(item), html: item.html) == expected)
    }

    @Test(arguments: fixtures + examples)
    func cleaningTwiceIsCleaningOnce(_ item: Case) throws {
        let once = process(try Self.input(item), meta: item.html ? ["format": "html"] : [:])
        var twice = once
        CleanStage(options: CleanOptions(), context: StageContext()).process(&twice)
        #expect(twice.text == once.text)
        #expect(twice.meta == once.meta)
        // And with ASCII punctuation, whose rewriting must be idempotent too.
        var options = CleanOptions()
        options.asciiPunctuation = true
        let asciiOnce = clean(try Self.input(item), html: item.html, options: options)
        #expect(clean(asciiOnce, options: options) == asciiOnce)
    }

    @Test(arguments: fixtures)
    func everyWordOfTheBodySurvives(_ item: Case) throws {
        let body = try #require(item.body)
        let cleaned = words(clean(try Self.input(item), html: item.html))
        let expected = words(try fixture(body))
        #expect(expected.count > 150)
        #expect(firstMissingWord(expected, in: cleaned) == nil)
    }

    @Test func alreadyCleanTextIsUntouched() throws {
        let text = try fixture("already-clean.txt")
        let result = Cleaner(options: CleanOptions()).clean(text, isHTML: false)
        #expect(result.text == nil)  // nil: the stage keeps the very same string
        #expect(result.findings.removed == CleanFindings.Removed())
        #expect(result.findings.dateline == "HOLLOWAY (Gloss Wire)")
    }

    @Test func widgetsPageMeta() throws {
        var options = CleanOptions()
        options.report = true
        let document = process(try fixture("widgets.html"), meta: ["format": "html"], options: options)
        #expect(document.meta["title"] == "Ashby library adds Sunday hours after petition")
        #expect(document.meta["source"] == "Ashby Community News")
        #expect(document.meta["dateline"] == "ASHBY (Ashby Community News)")
        #expect(document.meta["language"] == "en")
        #expect(document.meta["format"] == "text")
        #expect(document.meta["clean"]?["input_format"] == "html")
        #expect(document.meta["clean"]?["widget_elements"]?.integerValue ?? 0 >= 6)
        for furniture in ["Share", "Related posts", "Loading comments", "Most read", "newsletter", "Privacy", "Home", "iframes", "trackPageView"] {
            #expect(!document.text.contains(furniture), "\(furniture) survived")
        }
    }

    @Test func feedFooterMeta() throws {
        var options = CleanOptions()
        options.report = true
        let document = process(try fixture("feed-footer.txt"), options: options)
        #expect(document.meta["title"] == "Council approves three new bus routes for Dunmore East")
        #expect(document.meta["source"] == "Dunmore Observer")
        #expect(document.meta["dateline"] == "DUNMORE (Gloss Wire)")
        #expect(document.meta["clean"] == ["feed_footer": 1, "calls_to_action": 3])
        #expect(!document.text.contains("\r"))
        #expect(document.text.contains("transport committee"))  // the soft hyphen is gone
    }

    @Test func examplesMeta() throws {
        let bridge = process(try example("mill-street-bridge.html"), meta: ["format": "html"])
        #expect(bridge.meta["title"] == "Mill Street Bridge reopens after 14-month repair")
        #expect(bridge.meta["source"] == "The Riverton Ledger")
        #expect(bridge.meta["dateline"] == "RIVERTON (Gloss Wire)")
        #expect(bridge.meta["author"] == "Priya Raman")
        #expect(bridge.meta["published"] == "2025-03-11T16:42:00-05:00")
        #expect(bridge.meta["url"] == "https://riverton-ledger.example/2025/03/11/mill-street-bridge-reopens/")
        let ferry = process(try example("port-adeline-ferry-strike.txt"))
        #expect(ferry.meta["title"] == "Port Adeline ferry crews vote to strike over rosters")
        #expect(ferry.meta["source"] == "Coastline Daily")
        #expect(ferry.meta["dateline"] == "PORT ADELINE (Gloss Wire)")
        var options = CleanOptions()
        options.report = true
        let frost = process(try example("kell-valley-frost.txt"), options: options)
        #expect(frost.meta["dateline"] == "MARLOW FALLS (Gloss Wire)")
        #expect(frost.meta["clean"] == nil)  // nothing removed, nothing to report
    }
}
