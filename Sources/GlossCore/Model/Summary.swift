/// An extractive summary: a choice of whole sentences, in document order.
public struct Summary: Hashable, Sendable {
    /// Indices into the document's `sentences`, ascending.
    public var sentences: [Int]
    /// The chosen sentences joined with single spaces.
    public var text: String

    public init(sentences: [Int], text: String) {
        self.sentences = sentences
        self.text = text
    }
}
