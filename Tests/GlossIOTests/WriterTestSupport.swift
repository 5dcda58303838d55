import Foundation
import Testing
@testable import GlossCore
@testable import GlossIO

/// Writes `documents` in `format` the way `gloss run` does (renderer, then sink, then finish) and returns
/// the output.
func written(_ documents: [Document], as format: OutputFormat, options: OutputWriterOptions = .init()) throws -> String {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path + "/out"
    var writer = format.makeWriter(target: try .file(path), options: options)
    for document in documents {
        try writer.sink.write(try writer.renderer.render(document), id: document.id)
    }
    try writer.sink.finish()
    return try String(contentsOfFile: path, encoding: .utf8)
}

/// The documents of Fixtures/annotated-articles.jsonl (made by tools/annotate-fixture.py from invented
/// articles): every layer, curly quotes, an emoji, a quote across a sentence boundary, hostile markup in
/// text and meta, and one document carrying an error.
func fixtureDocuments() throws -> [Document] {
    guard let url = Bundle.module.url(forResource: "annotated-articles", withExtension: "jsonl", subdirectory: "Fixtures") else {
        throw HTMLCheckError(description: "fixture annotated-articles.jsonl is missing from the test bundle")
    }
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    return try lines.map { line in
        try DocumentJSON.decode(try JSONParser.parse(String(line)), defaultID: "?")
    }
}

/// The byte span of the `occurrence`-th (0-based) appearance of `needle` in `text`.
func span(of needle: String, in text: String, occurrence: Int = 0) -> Span {
    let haystack = Array(text.utf8)
    let pattern = Array(needle.utf8)
    var seen = 0
    var index = 0
    while index + pattern.count <= haystack.count {
        if Array(haystack[index..<(index + pattern.count)]) == pattern {
            if seen == occurrence { return Span(start: index, end: index + pattern.count) }
            seen += 1
        }
        index += 1
    }
    Issue.record("'\(needle)' does not occur \(occurrence + 1) time(s) in the text")
    return Span(start: 0, end: 0)
}

/// The article fragments of a parsed report, one per document block, parsed in turn.
func articles(of page: HTMLNode) throws -> [(block: HTMLNode, article: HTMLNode)] {
    guard let container = page.element(id: "docs") else { throw HTMLCheckError(description: "no #docs container") }
    return try container.children.filter { $0.name == "script" }.map { block in
        (block, try HTMLChecker.parse(block.text))
    }
}
