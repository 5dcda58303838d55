@testable import GlossSummarize
import Testing

@Suite("terms")
struct TermTests {
    let hasher = TermHasher()

    func term(_ word: String) -> UInt64 {
        var copy = word
        return copy.withUTF8 { hasher.term($0, 0, $0.count) }
    }

    @Test(arguments: [("strikes", "strike"), ("Striking", "strike"), ("closed", "close"), ("ferries", "ferry"),
                      ("Councils", "council"), ("classes", "class")])
    func inflectionsShareATerm(_ a: String, _ b: String) {
        #expect(term(a) == term(b))
        #expect(term(a) != TermHasher.none)
    }

    @Test func differentWordsDiffer() {
        #expect(term("strike") != term("stroke"))
        #expect(term("bus") != term("bu"))
        #expect(term("status") != term("statu"))
    }

    @Test(arguments: ["the", "The", "said", "says", "'s", "n’t", ",", "—", "a", "7"])
    func stopWordsAndPunctuationAreNoTerm(_ word: String) {
        #expect(term(word) == TermHasher.none)
    }

    @Test func headingDetection() throws {
        let text = "Storm shuts schools\n\nMonday, May 2\n\nIt rained. “Go home.” Really?"
        let document = try segmented(text)
        let headings = document.withUTF8 { bytes in
            (document.sentences ?? []).map { HeadingDetector.isHeading(bytes, $0, words: 3) }
        }
        #expect(headings == [true, true, false, false, false])
    }
}
