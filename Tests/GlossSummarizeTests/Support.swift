import Foundation
import GlossCore
import GlossSegment
import GlossSummarize
import GlossTesting

/// A fixture article's text.
func fixture(_ name: String) throws -> String {
    guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures") else {
        throw HarnessError("fixture \(name).txt is missing")
    }
    return try String(contentsOf: url, encoding: .utf8)
}

/// A pipeline of the real segmenter and `summarize` with the options given as YAML flow mapping text.
func pipeline(_ options: String = "{}") throws -> PipelineHarness {
    try PipelineHarness(yaml: """
        version: 1
        stages:
          - segment
          - summarize: \(options)
        """, stages: [SegmentStage.self, SummarizeStage.self])
}

/// `text` segmented by the real segmenter, without a summary.
func segmented(_ text: String, id: String = "test") throws -> Document {
    var document = Document(id: id, text: text)
    try SegmentStage(options: .init(), context: StageContext()).process(&document)
    return document
}

/// The byte span of the first occurrence of `needle` in the document's text.
func span(of needle: String, in document: Document) -> Span? {
    guard let range = document.text.range(of: needle) else { return nil }
    let start = document.text.utf8.distance(from: document.text.utf8.startIndex, to: range.lowerBound)
    return Span(start: start, end: start + needle.utf8.count)
}
