import Foundation
import GlossBenchmarkSupport
import GlossClean
import GlossCore
import Testing

/// The project's sample articles (Examples/articles), as the benchmark reads them.
private let examples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Examples/articles").path

private func corpus(seed: UInt64 = 2026, htmlPercent: Int = 33) throws -> ScrapedNewsCorpus {
    ScrapedNewsCorpus(material: try SampleMaterial.load(directory: examples), seed: seed, htmlPercent: htmlPercent)
}

@Test func theSampleArticlesYieldMaterial() throws {
    let material = try SampleMaterial.load(directory: examples)
    #expect(material.headlines.count == 3)
    #expect(material.leads.count == 3)
    #expect(material.paragraphs.count >= 15)
    #expect(material.sentences.count > material.paragraphs.count)
    let names = Set(material.people.map(\.fullName))
    #expect(names.isSuperset(of: ["Hollis Amundsen", "Adaeze Okafor", "Marguerite Osei", "Lena Marsh"]))
    #expect(!names.contains("Kittle Island"))
}

@Test func theCorpusIsDeterministicAndIndependentOfItsSize() throws {
    let first = try corpus()
    let second = try corpus()
    #expect(first.item(7) == second.item(7))
    let small = first.items(totalBytes: 20_000)
    let large = first.items(totalBytes: 60_000)
    #expect(Array(large.prefix(small.count)) == small)
    #expect(try corpus(seed: 1).item(7) != first.item(7))
}

@Test func documentsVary() throws {
    let items = try corpus().items(totalBytes: 400_000)
    #expect(items.count > 50)
    #expect(Set(items.map(\.text)).count == items.count)
    // Paragraphs recur (they are recombined) but not whole articles, and names change from one to the next.
    var paragraphs: [String: Int] = [:]
    for item in items where !item.isHTML {
        for paragraph in item.text.components(separatedBy: "\n\n") where paragraph.count > 200 { paragraphs[paragraph, default: 0] += 1 }
    }
    let repeated = paragraphs.values.filter { $0 > 1 }.count
    #expect(Double(repeated) < Double(paragraphs.count) * 0.2)
    let html = items.filter(\.isHTML).count
    #expect(html > items.count / 5 && html < items.count / 2)
}

@Test func cleaningRemovesTheFurnitureAndKeepsTheArticle() throws {
    let items = try corpus().items(totalBytes: 150_000)
    let stage = CleanStage(options: CleanOptions(), context: StageContext())
    var footers = 0
    for item in items {
        var document = Document(id: item.id, text: item.text, meta: item.isHTML ? ["format": "html"] : [:])
        stage.process(&document)
        #expect(!document.text.contains("<p>"), "\(item.id)")
        #expect(!document.text.contains("Share this"), "\(item.id)")
        #expect(!document.text.contains("appeared first on"), "\(item.id)")
        #expect(!document.text.contains("Skip to content"), "\(item.id)")
        #expect(document.text.contains(" — "), "\(item.id): the dateline paragraph is kept")
        #expect(document.meta["dateline"] != nil, "\(item.id)")
        if item.text.contains("appeared first on") { footers += 1 }
        #expect(document.byteCount * 10 > item.text.utf8.count * 2, "\(item.id): most of the text is article, not furniture")
    }
    #expect(footers > items.count / 3)
}

@Test func jsonLinesReadBackAsTheDocuments() throws {
    let items = try corpus(htmlPercent: 50).items(totalBytes: 30_000)
    for item in items {
        let line = ScrapedNewsCorpus.jsonLine(item)
        #expect(line.last == 0x0A)
        let document = try DocumentJSON.decode(JSONParser.parse(Array(line.dropLast())).0, defaultID: "?")
        #expect(document.id == item.id)
        #expect(document.text == item.text)
        #expect((document.meta["format"]?.stringValue == "html") == item.isHTML)
    }
}

@Test func writtenCorpusReachesItsSize() throws {
    let path = NSTemporaryDirectory() + "gloss-bench-test-\(getpid()).jsonl"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let summary = try corpus().writeJSONLines(to: path, totalBytes: 100_000)
    #expect(summary.textBytes >= 100_000)
    #expect(summary.textBytes < 130_000)
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == summary.documents)
    #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
}
