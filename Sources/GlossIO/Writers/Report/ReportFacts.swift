import GlossCore

/// What the HTML report's corpus overview learns from one document. Gathered on the worker that renders the
/// document, so the writing thread only adds numbers up.
struct ReportFacts: Sendable {
    /// The document's id.
    var id: String
    /// The title shown for it (meta.title, else the id).
    var title: String
    /// Mentions per entity label, in order of first appearance.
    var mentionsByLabel: [(label: String, count: Int)] = []
    /// Each distinct (label, name) the document mentions, with how often.
    var names: [(label: String, name: String, count: Int)] = []
    /// The speaker of each attributed quote, in text order (a name once per quote).
    var speakers: [String] = []
    /// Quotes in the document, attributed or not.
    var quotes = 0
    /// Sentences in the document (0 when it was not segmented).
    var sentences = 0
    /// Size of the text in UTF-8 bytes.
    var bytes = 0
    /// Why processing failed, for a document written with `on_error: mark`.
    var error: DocumentFailure?
}
