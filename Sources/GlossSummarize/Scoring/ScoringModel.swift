/// The weights that turn a sentence's features into a score.
///
/// A sentence's score is
/// `position · prior(position) + centrality · lexRank + entities · entitySalience + quotes · speakerSalience`,
/// times `min(1, words / fullLengthWords)` so that fragments ("Yeah.", "Image: J. Doe.") do not win on
/// position alone, and times `min(1, longSentenceWords / words)`, because a summary of a few sentences
/// says more with several compact ones than with one that runs on (centrality alone favours long
/// sentences, which share the most terms). Every feature is in 0...1, so the weights compare directly. Position counts content
/// sentences only: a headline and a dateline do not push the lead back.
///
/// The defaults (``learned``) were fitted on the human summaries of the GUM training documents with
/// `gloss-summarize-eval fit` (see the module README): the position prior is the mean ROUGE-1 recall of a
/// sentence at that position against the reference, scaled to 1 at its peak, and the weights were chosen by
/// grid search on mean ROUGE-1/2/L F1.
public struct ScoringModel: Sendable, Hashable {
    /// Weight of the position prior.
    public var positionWeight: Double
    /// Weight of LexRank centrality.
    public var centralityWeight: Double
    /// Weight of entity salience (used when the document has entities).
    public var entityWeight: Double
    /// Weight of quoted-speaker salience (used when the document has quotes).
    public var quoteWeight: Double
    /// How strongly similarity to sentences already chosen counts against a candidate (maximal marginal
    /// relevance): 0 ignores it, values towards 1 favour new content over score.
    public var redundancy: Double
    /// Sentences with fewer words than this have their score scaled down in proportion; 0 turns it off.
    public var fullLengthWords: Int
    /// Sentences with more words than this have their score scaled down in proportion; 0 turns it off.
    public var longSentenceWords: Int
    /// The prior of each position bucket (see ``positionBucketStarts``), 0...1.
    public var positionPrior: [Double]

    /// Where each position bucket starts, counting content sentences from 0: the first six positions each
    /// have their own bucket, later ones share wider buckets.
    public static let positionBucketStarts = [0, 1, 2, 3, 4, 5, 6, 8, 12, 20, 40]

    /// Creates a model; `positionPrior` must have one value per bucket.
    public init(
        positionWeight: Double, centralityWeight: Double, entityWeight: Double, quoteWeight: Double,
        redundancy: Double, fullLengthWords: Int, longSentenceWords: Int, positionPrior: [Double]
    ) {
        precondition(positionPrior.count == Self.positionBucketStarts.count, "one prior per position bucket")
        self.positionWeight = positionWeight
        self.centralityWeight = centralityWeight
        self.entityWeight = entityWeight
        self.quoteWeight = quoteWeight
        self.redundancy = redundancy
        self.fullLengthWords = fullLengthWords
        self.longSentenceWords = longSentenceWords
        self.positionPrior = positionPrior
    }

    /// The bucket of content position `position` (0-based).
    public static func bucket(_ position: Int) -> Int {
        var bucket = 0
        while bucket + 1 < positionBucketStarts.count && positionBucketStarts[bucket + 1] <= position { bucket += 1 }
        return bucket
    }

    /// The defaults, fitted on GUM (see the type's documentation): `gloss-summarize-eval fit` on all 107
    /// documents with gold entities, three sentences per summary. The entity weight is the exception: the
    /// fit chose 0 (GUM's gold entities did not raise ROUGE) and a small 0.1 is kept so that entities found
    /// by `tag` break near-ties; its cost on GUM is in the module README. Quotes could not be fitted (GUM has no
    /// quote layer), so their weight is a small hand-set value.
    public static let learned = ScoringModel(
        positionWeight: 1.0, centralityWeight: 0.5, entityWeight: 0.1, quoteWeight: 0.1, redundancy: 0.15,
        fullLengthWords: 8, longSentenceWords: 30,
        positionPrior: [1.0, 0.677, 0.652, 0.562, 0.572, 0.542, 0.552, 0.563, 0.509, 0.458, 0.207])
}
