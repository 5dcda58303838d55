import GlossCore
import GlossIO

/// A corpus read into memory the way `gloss run` reads it (``InputCollector`` and ``InputSource``), as
/// raw records and as decoded documents.
struct LoadedCorpus {
    /// The records as the reader returned them.
    var records: [InputRecord] = []
    /// The decoded documents, in order (records that do not decode are left out and counted).
    var documents: [Document] = []
    /// Records that did not decode.
    var unreadable = 0

    /// Reads every input under `paths` (JSON Lines files, text or HTML files, folders).
    /// - Throws: ``StageError`` for a missing input, or what the reader throws.
    init(paths: [String]) throws {
        let collector = InputCollector(paths: paths)
        if let missing = collector.missing.first { throw StageError("the corpus '\(missing)' does not exist") }
        var source = InputSource(items: collector.items)
        while let record = try source.next() {
            records.append(record)
            do {
                documents.append(try record.decode().document)
            } catch {
                unreadable += 1
            }
        }
    }

    /// UTF-8 bytes of the documents' texts.
    var textBytes: Int { documents.reduce(0) { $0 + $1.byteCount } }

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
        if let missing = collector.missing.first { throw StageError("the corpus '\(missing)' does not exist") }
        var source = InputSource(items: collector.items)
        while let record = try source.next() {
            guard let document = try? record.decode().document else { continue }
            documents += 1
            textBytes += document.byteCount
            if LoadedCorpus.isHTML(document) { htmlDocuments += 1 }
        }
    }
}
