import GlossCore

/// How the `summarize` stage ranks sentences.
public enum SummaryMethod: String, ConfigEnum, Hashable {
    /// Position (learnt from human summaries), centrality, entity and speaker salience together, with
    /// redundant sentences held back. The default.
    case auto
    /// The first sentences in order, headings skipped: the classic news baseline.
    case lead
    /// Centrality alone (LexRank), with redundant sentences held back; for text where position means
    /// little (transcripts, reference pages).
    case centrality
}
