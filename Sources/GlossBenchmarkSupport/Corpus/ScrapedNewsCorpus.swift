import GlossCore

#if canImport(Glibc)
import Glibc
#endif

/// A deterministic synthetic corpus of scraped news: articles recombined from the project's sample
/// articles, its phrasebook and ``NewsTextGenerator``, each dressed as feed text or as an HTML page with
/// the furniture the `clean` stage removes.
///
/// Article `n` depends only on the seed and `n` (not on the corpus size), so a 20 MB corpus is the start
/// of the 200 MB one.
///
/// ```swift
/// let corpus = ScrapedNewsCorpus(material: try SampleMaterial.load(directory: "Examples/articles"))
/// let summary = try corpus.writeJSONLines(to: "/tmp/news.jsonl", totalBytes: 50_000_000)
/// ```
public struct ScrapedNewsCorpus: Sendable {
    /// One generated document.
    public struct Item: Sendable, Hashable {
        /// `news-000001.txt` or `news-000002.html`.
        public var id: String
        /// Whether the text is an HTML page (else feed text).
        public var isHTML: Bool
        /// The raw scraped text.
        public var text: String
    }

    /// What a written corpus holds.
    public struct Summary: Sendable, Hashable {
        /// Documents written.
        public var documents: Int
        /// UTF-8 bytes of their texts (the JSON around them not counted).
        public var textBytes: Int
        /// How many are HTML pages.
        public var htmlDocuments: Int
    }

    /// Bumped whenever the generated text changes, so that cached corpus files are made again.
    public static let version = 1

    private let composer: ArticleComposer
    private let random: SeededRandom
    /// Percentage of documents that are HTML pages.
    public let htmlPercent: Int

    /// A corpus over `material`. - Parameter htmlPercent: share of HTML pages (the rest is feed text).
    public init(material: SampleMaterial, seed: UInt64 = 2026, htmlPercent: Int = 33) {
        composer = ArticleComposer(material: material)
        random = SeededRandom(seed: seed)
        self.htmlPercent = max(0, min(100, htmlPercent))
    }

    /// Document `index` (0-based).
    public func item(_ index: Int) -> Item {
        var random = self.random.fork(UInt64(index))
        let article = composer.article(random: &random)
        let isHTML = random.number(0...99) < htmlPercent
        let number = String(index + 1)
        let id = "news-" + String(repeating: "0", count: max(0, 6 - number.count)) + number + (isHTML ? ".html" : ".txt")
        let text = isHTML ? HTMLPage.render(article, random: &random) : FeedTextPage.render(article, random: &random)
        return Item(id: id, isHTML: isHTML, text: text)
    }

    /// The first documents whose texts add up to at least `totalBytes`.
    public func items(totalBytes: Int) -> [Item] {
        var items: [Item] = []
        var total = 0
        while total < totalBytes {
            let item = item(items.count)
            total += item.text.utf8.count
            items.append(item)
        }
        return items
    }

    /// One JSON Lines record, as `gloss run` reads it: `{"id": ..., "text": ...}` or `{"id": ..., "html": ...}`.
    public static func jsonLine(_ item: Item) -> [UInt8] {
        var writer = JSONWriter(capacity: item.text.utf8.count + 64)
        writer.raw("{")
        writer.key("id")
        writer.string(item.id)
        writer.raw(",")
        if item.isHTML { writer.key("html") } else { writer.key("text") }
        writer.string(item.text)
        writer.raw("}\n")
        return writer.bytes
    }

    /// Writes documents as JSON Lines to `path` until their texts add up to `totalBytes`; streams, so a
    /// large corpus does not sit in memory. The file appears complete or not at all (written beside, then renamed).
    /// - Throws: ``StageError`` when the file cannot be written.
    public func writeJSONLines(to path: String, totalBytes: Int) throws -> Summary {
        let temporary = path + ".partial"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw StageError("cannot create '\(temporary)' (errno \(errno))") }
        var summary = Summary(documents: 0, textBytes: 0, htmlDocuments: 0)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        func drain() -> Bool {
            var written = 0
            while written < buffer.count {
                let count = buffer[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 { return false }
                written += count
            }
            buffer.removeAll(keepingCapacity: true)
            return true
        }
        while summary.textBytes < totalBytes {
            let item = item(summary.documents)
            summary.documents += 1
            summary.textBytes += item.text.utf8.count
            if item.isHTML { summary.htmlDocuments += 1 }
            buffer.append(contentsOf: Self.jsonLine(item))
            if buffer.count >= 1 << 20, !drain() {
                close(descriptor)
                throw StageError("cannot write '\(temporary)' (errno \(errno))")
            }
        }
        let drained = drain()
        close(descriptor)
        guard drained, rename(temporary, path) == 0 else { throw StageError("cannot write '\(path)' (errno \(errno))") }
        return summary
    }
}
