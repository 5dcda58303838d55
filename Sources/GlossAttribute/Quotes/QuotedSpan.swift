/// A quotation found by its marks: token positions, nesting and paragraph continuation.
struct QuotedSpan {
    /// The opening mark's token; nil when the opening mark is missing and the start was recovered.
    var open: Int?
    /// The closing mark's token; nil when the quotation runs to the end of its paragraph.
    var close: Int?
    /// First and last token of the quoted words (marks and a trailing comma excluded).
    var first: Int
    var last: Int
    /// The token before the closing mark (before trimming): a comma there expects an attribution.
    var lastBeforeClose: Int
    /// The enclosing quotation, by index, for a quotation inside another.
    var parent: Int?
    /// The previous part, by index, when this part continues a quotation from the previous paragraph.
    var continues: Int?
    /// Whether the closing mark was missing and the end was recovered.
    var recovered: Bool
    /// The marks' family (for tests and diagnostics).
    var family: QuotationMark.Family

    /// The first token of the quotation including its opening mark.
    var outerFirst: Int { open ?? first }
    /// The last token of the quotation including its closing mark.
    var outerLast: Int { close ?? last }
}
