/// What cleaning one text found and removed, for `meta`.
struct CleanFindings: Sendable, Equatable {
    /// From "The post TITLE appeared first on SITE.".
    var feedTitle: String?
    var feedSite: String?
    /// "RIVERTON (Gloss Wire)", without its dash.
    var dateline: String?
    /// A headline-like first line of the cleaned text, when nothing else named the title.
    var headline: String?
    /// What an HTML page said about itself; nil for text.
    var page: PageMetadata?
    /// What was removed, by rule.
    var removed = Removed()

    /// Counts of removals, by rule.
    struct Removed: Sendable, Equatable {
        /// Chrome and widget elements cut from HTML.
        var widgetElements = 0
        var feedFooters = 0
        /// Widget headings and the list lines under them.
        var widgetLines = 0
        var callsToAction = 0
        /// Lines matched by the pipeline's own `furniture` rules.
        var furnitureLines = 0
        var truncationMarks = 0

        /// The non-zero counts, by rule name.
        var nonZero: [(String, Int)] {
            var counts: [(String, Int)] = []
            if widgetElements > 0 { counts.append(("widget_elements", widgetElements)) }
            if feedFooters > 0 { counts.append(("feed_footer", feedFooters)) }
            if widgetLines > 0 { counts.append(("widget_lines", widgetLines)) }
            if callsToAction > 0 { counts.append(("calls_to_action", callsToAction)) }
            if furnitureLines > 0 { counts.append(("furniture", furnitureLines)) }
            if truncationMarks > 0 { counts.append(("truncation_marks", truncationMarks)) }
            return counts
        }
    }
}
