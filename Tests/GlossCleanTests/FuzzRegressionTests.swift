import Foundation
import GlossClean
import GlossCore
import Testing

/// Inputs Fuzz/run.sh clean stopped on, replayed the way the harness runs them: the first byte picks the
/// options, the rest is cleaned as HTML (or auto), and the text that comes out, cleaned twice more as
/// text, must not change the second time (cleaning is idempotent, README). The harness had cleaned the
/// later passes with html: auto, which rightly takes text that still looks like markup for HTML; these
/// inputs keep the corrected check honest.
@Suite struct FuzzRegressionTests {
    @Test(arguments: ["clean-115295a8c03f", "clean-c16bf2b1888e", "clean-e7f6916903ff"])
    func textCleaningOfCleanedHTMLIsIdempotent(name: String) throws {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "bin", subdirectory: "Fixtures/fuzz"))
        let data = Array(try Data(contentsOf: url))
        let variant = Int(data[0] & 7)
        func options(_ variant: Int) -> CleanOptions {
            var options = CleanOptions()
            options.html = variant & 1 == 0 ? .always : .auto
            options.asciiPunctuation = variant & 2 != 0
            options.report = variant & 4 != 0
            return options
        }
        let (text, _) = UTF8Repair.decode(Array(data.dropFirst()))
        var document = Document(id: "fuzz.html", text: text, meta: ["format": "html"])
        CleanStage(options: options(variant), context: StageContext()).process(&document)
        // As text: `auto` would take text that still looks like markup for HTML, by design.
        var textOptions = options(variant)
        textOptions.html = .never
        let textStage = CleanStage(options: textOptions, context: StageContext())
        var again = Document(id: "fuzz.txt", text: document.text, meta: ["format": "text"])
        textStage.process(&again)
        var third = Document(id: "fuzz.txt", text: again.text, meta: ["format": "text"])
        textStage.process(&third)
        #expect(third.text == again.text, "\n\(again.text.debugDescription)\n\(third.text.debugDescription)")
    }
}
