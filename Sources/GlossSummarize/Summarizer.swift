import GlossCore

/// Extractive summaries of documents that have sentences and tokens: the engine of the `summarize` stage,
/// usable on its own.
///
/// ```swift
/// let summarizer = Summarizer()
/// let indices = summarizer.choose(in: document, count: 3)   // document has sentences and tokens
/// ```
/// Immutable and `Sendable`: build one and share it across threads.
public struct Summarizer: Sendable {
    /// How sentences are ranked.
    public var method: SummaryMethod
    /// The weights of the `auto` method (and the redundancy penalty of `centrality`).
    public var model: ScoringModel
    /// Whether heading-like sentences (headlines, datelines, section titles) are used only when nothing else
    /// is left.
    public var skipHeadings: Bool
    let hasher = TermHasher()

    /// Creates a summarizer; the defaults are the `summarize` stage's.
    public init(method: SummaryMethod = .auto, model: ScoringModel = .learned, skipHeadings: Bool = true) {
        self.method = method
        self.model = model
        self.skipHeadings = skipHeadings
    }

    /// The indices (ascending) of the sentences to keep: at most `count`, and together at most
    /// `maxCharacters` Unicode scalars once joined by single spaces (0: no limit). A document without
    /// sentences or tokens gets none. Entities and quotes are used when the document has them.
    public func choose(in document: Document, count: Int, maxCharacters: Int = 0) -> [Int] {
        guard count > 0, let sentences = document.sentences, !sentences.isEmpty else { return [] }
        let analysis = analyse(document)
        return SentenceSelector.select(
            analysis, method: method, model: model, count: count, maxCharacters: maxCharacters, skipHeadings: skipHeadings)
    }

    /// The per-sentence features of `document` (empty when it has no sentences).
    package func analyse(_ document: Document) -> DocumentAnalysis {
        document.withUTF8 { bytes in
            DocumentAnalysis(
                bytes: bytes, sentences: document.sentences ?? [], tokens: document.tokens ?? [],
                entities: document.entities, quotes: document.quotes, hasher: hasher)
        }
    }

    /// The summary of the chosen sentences: their indices and their text joined by single spaces.
    public func summary(of document: Document, sentences chosen: [Int]) -> Summary {
        guard let sentences = document.sentences else { return Summary(sentences: [], text: "") }
        let text = document.withUTF8 { bytes in SummaryText.join(bytes, chosen.map { sentences[$0] }) }
        return Summary(sentences: chosen, text: text)
    }
}
