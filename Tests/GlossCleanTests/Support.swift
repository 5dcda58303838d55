import Foundation
import GlossCore
import Testing

@testable import GlossClean

/// Reads a file of Fixtures/ (a test resource).
func fixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"), "missing fixture \(name)")
    return try String(contentsOf: url, encoding: .utf8)
}

/// The repository's Examples/articles folder (the examples the README runs on).
let examplesFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Examples/articles")

func example(_ name: String) throws -> String {
    try String(contentsOf: examplesFolder.appendingPathComponent(name), encoding: .utf8)
}

/// Cleans `text` with default or given options, as the stage does (HTML when `html`).
func clean(_ text: String, html: Bool = false, options: CleanOptions = CleanOptions()) -> String {
    Cleaner(options: options).clean(text, isHTML: html).text ?? text
}

/// What cleaning `text` found.
func findings(_ text: String, html: Bool = false, options: CleanOptions = CleanOptions()) -> CleanFindings {
    Cleaner(options: options).clean(text, isHTML: html).findings
}

/// Runs the stage on a document.
func process(_ text: String, meta: [String: JSONValue] = [:], options: CleanOptions = CleanOptions()) -> Document {
    let stage = CleanStage(options: options, context: StageContext())
    var document = Document(id: "test", text: text, meta: meta)
    stage.process(&document)
    return document
}

/// The words of `text`, without the punctuation around them, for "every word survives" checks.
func words(_ text: String) -> [String] {
    let edges = CharacterSet.punctuationCharacters.union(.symbols).union(.whitespaces)
    return text.split(whereSeparator: { $0.isWhitespace }).map { $0.trimmingCharacters(in: edges) }.filter { !$0.isEmpty }
}

/// The first word of `expected` that does not appear, in order, among the words of `actual`; nil when all do.
func firstMissingWord(_ expected: [String], in actual: [String]) -> String? {
    var position = actual.startIndex
    for word in expected {
        guard let found = actual[position...].firstIndex(of: word) else { return word }
        position = found + 1
    }
    return nil
}
