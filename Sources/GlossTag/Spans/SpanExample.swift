import GlossCore

/// One mention the entity model found, as the span classifier sees it: its span in the document, the
/// label it has at that point of decoding, and its feature hashes (``SpanFeatures``). Training pairs it
/// with the gold label of the gold mention with exactly its span ("none" when there is none).
struct SpanExample: Sendable {
    /// The mention's span in the document's text.
    var span: Span
    /// Its label before the classifier.
    var label: EntityLabel
    /// Its features.
    var features: [UInt64]
}
