import GlossClean
import GlossCore

#if canImport(Glibc)
import Glibc
#endif

/// The project's sample articles taken apart for recombination: headlines, dateline paragraphs, body
/// paragraphs and sentences, each as a ``TextTemplate`` whose people and figures can be varied.
public struct SampleMaterial: Sendable {
    /// The people the articles name (``TextTemplate/Piece/person(_:)`` indexes this).
    public var people: [CastFinder.Person]
    /// The articles' headlines.
    public var headlines: [String]
    /// First paragraphs after their dateline ("RIVERTON (Gloss Wire) — " cut off).
    public var leads: [TextTemplate]
    /// The other paragraphs.
    public var paragraphs: [TextTemplate]
    /// The sentences of ``paragraphs``, for paragraphs made of sentences from several articles.
    public var sentences: [TextTemplate]

    /// Takes apart cleaned articles: a headline (a first paragraph without a final stop), a dateline
    /// paragraph, body paragraphs, separated by blank lines.
    public init(articles: [String]) {
        var headlines: [String] = []
        var leadTexts: [String] = []
        var bodyTexts: [String] = []
        for article in articles {
            var parts = article.split(separator: "\n\n").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            if let first = parts.first, !Self.endsLikeSentence(first) {
                headlines.append(first)
                parts.removeFirst()
            }
            for part in parts {
                if let afterDateline = Self.textAfterDateline(part) {
                    leadTexts.append(afterDateline)
                } else if Self.endsLikeSentence(part) {
                    bodyTexts.append(part)
                }
            }
        }
        let people = CastFinder.people(in: leadTexts + bodyTexts)
        let compiler = SampleTemplateCompiler(people: people)
        self.people = people
        self.headlines = headlines
        leads = leadTexts.map(compiler.compile)
        paragraphs = bodyTexts.map(compiler.compile)
        sentences = bodyTexts.flatMap(SentenceSplitter.sentences).map(compiler.compile)
    }

    /// Reads every `.txt` and `.html` file of `directory` (sorted by name) and cleans it with the `clean`
    /// stage's defaults, as the pipeline would.
    /// - Throws: ``StageError`` when the folder cannot be read or holds no article.
    public static func load(directory: String) throws -> SampleMaterial {
        guard let folder = opendir(directory) else {
            throw StageError("cannot read the sample articles in '\(directory)'", hint: "run from the package root or pass --examples DIR")
        }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".txt") || name.hasSuffix(".html") { names.append(name) }
        }
        closedir(folder)
        let cleaner = CleanStage(options: CleanOptions(), context: StageContext())
        var articles: [String] = []
        for name in names.sorted() {
            let path = directory + "/" + name
            guard let bytes = FileBytes.read(path) else { throw StageError("cannot read '\(path)'") }
            var document = Document(
                id: name, text: String(decoding: bytes, as: UTF8.self),
                meta: name.hasSuffix(".html") ? ["format": "html"] : [:])
            cleaner.process(&document)
            // The text sample's headline is its first line; the HTML one's is in meta.title (h1 and title).
            if let title = document.meta["title"]?.stringValue, !document.text.hasPrefix(title) {
                document.text = title + "\n\n" + document.text
            }
            articles.append(document.text)
        }
        guard !articles.isEmpty else { throw StageError("no .txt or .html article in '\(directory)'") }
        return SampleMaterial(articles: articles)
    }

    private static func endsLikeSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ".?!”\"’)".unicodeScalars.contains(last)
    }

    /// The paragraph after "PLACE (AGENCY) — ", or nil when it has no such dateline.
    private static func textAfterDateline(_ paragraph: String) -> String? {
        guard let dash = paragraph.range(of: ") — ") else { return nil }
        let head = paragraph[..<dash.lowerBound]
        guard let open = head.firstIndex(of: "("), head[..<open].allSatisfy({ $0.isUppercase || $0 == " " || $0 == "." }),
              head.distance(from: head.startIndex, to: open) > 1
        else { return nil }
        return String(paragraph[dash.upperBound...])
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        var text = self
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
