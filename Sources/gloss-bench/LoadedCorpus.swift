import GlossCore
import GlossIO

/// A corpus read into memory the way `gloss run` reads it (``InputCollector`` and ``InputSource``), as
/// raw records, as decoded documents, or both.
struct LoadedCorpus {
    /// The records as the reader returned them (empty unless kept).
    var records: [InputRecord] = []
    /// The decoded documents, in order (empty unless kept; records that do not decode are left out).
    var documents: [Document] = []
    /// Records that decoded, and the UTF-8 bytes of their texts.
    var documentCount = 0
    var textBytes = 0
    /// Records that did not decode.
    var unreadable = 0

    /// Reads every input under `paths` (JSON Lines files, text or HTML files, folders), keeping the records,
    /// the documents or both (a 50 MB corpus is about 50 MB each way).
    /// - Throws: ``BenchError`` for a missing input, or what the reader throws.
    init(paths: [String], keepRecords: Bool, keepDocuments: Bool) throws {
        let collector = InputCollector(paths: paths)
        if let missing = collector.missing.first { throw BenchError("the corpus '\(missing)' does not exist") }
        var source = InputSource(items: collector.items)
        while let record = try source.next() {
            if keepRecords { records.append(record) }
            guard let document = try? record.decode().document else {
                unreadable += 1
                continue
            }
            documentCount += 1
            textBytes += document.byteCount
            if keepDocuments { documents.append(document) }
        }
    }

    /// Whether a document is an HTML page (as the reader marks it).
    static func isHTML(_ document: Document) -> Bool { document.meta["format"]?.stringValue == "html" }
}

/// The documents' count and size without holding them, for the measurements of whole processes.
struct CorpusSize {
    var documents = 0
    var textBytes = 0
    var htmlDocuments = 0

    /// Reads `paths` once, one record at a time.
    init(paths: [String]) throws {
        let collector = InputCollector(paths: paths)
        if let missing = collector.missing.first { throw BenchError("the corpus '\(missing)' does not exist") }
        var source = InputSource(items: collector.items)
        while let record = try source.next() {
            guard let document = try? record.decode().document else { continue }
            documents += 1
            textBytes += document.byteCount
            if LoadedCorpus.isHTML(document) { htmlDocuments += 1 }
        }
    }
}
