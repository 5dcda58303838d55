/// Splits the documents of training files into folds for cross-validation: the documents whose id starts
/// with ``prefix``, sorted by id, are dealt round-robin into ``count`` folds (sorted GUM ids run genre by
/// genre, so every fold gets a share of each genre); other documents belong to no fold and always stay in
/// training. The fold depends only on the set of document ids, so the CoNLL-U and IOB2 copies of the same
/// documents (GUM train comes as both) fall into the same folds.
///
/// `gloss-tagger train --fold 2/5 --fold-documents GUM_` trains without fold 2; `gloss-tagger eval` with
/// the same options scores only fold 2.
public struct DocumentFolds: Sendable, Equatable {
    /// The fold (0-based) held out.
    public var fold: Int
    /// Number of folds.
    public var count: Int
    /// Documents whose id starts with this are split into folds.
    public var prefix: String

    /// Creates a split; `fold` must be in `0..<count`.
    public init(fold: Int, count: Int, prefix: String) {
        precondition(count >= 2 && (0..<count).contains(fold), "fold must be in 0..<count, count >= 2")
        self.fold = fold
        self.count = count
        self.prefix = prefix
    }

    /// Reads `K/N` (1-based K, as on the command line: `2/5` is the second of five folds).
    public init?(_ text: String, prefix: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 2, (1...n).contains(k) else { return nil }
        self.init(fold: k - 1, count: n, prefix: prefix)
    }

    /// The ids among `documents` that are in the held-out fold.
    public func heldOut(among documents: [String]) -> Set<String> {
        let sorted = Set(documents.filter { $0.hasPrefix(prefix) }).sorted()
        return Set(sorted.indices.filter { $0 % count == fold }.map { sorted[$0] })
    }

    /// The sentences of `sentences` outside the held-out fold (`heldOut` false) or inside it (true).
    /// `document` gives a sentence's `# newdoc id` (nil for sentences that continue a document).
    public func select<Sentence>(_ sentences: [Sentence], heldOut: Bool, document: (Sentence) -> String?) -> [Sentence] {
        var current = ""
        let ids = sentences.map { sentence in
            if let id = document(sentence) { current = id }
            return current
        }
        let held = self.heldOut(among: ids)
        return sentences.indices.filter { held.contains(ids[$0]) == heldOut }.map { sentences[$0] }
    }

    /// ``select(_:heldOut:document:)`` for CoNLL-U sentences.
    public func select(_ sentences: [CoNLLUSentence], heldOut: Bool) -> [CoNLLUSentence] {
        select(sentences, heldOut: heldOut) { $0.newDocument }
    }

    /// ``select(_:heldOut:document:)`` for IOB2 sentences.
    public func select(_ sentences: [IOB2Sentence], heldOut: Bool) -> [IOB2Sentence] {
        select(sentences, heldOut: heldOut) { $0.newDocument }
    }
}
