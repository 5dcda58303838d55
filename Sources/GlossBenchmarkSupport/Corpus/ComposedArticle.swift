/// One generated news article before it is dressed as a scraped page.
struct ComposedArticle: Sendable, Hashable {
    var headline: String
    /// The byline's author.
    var author: String
    /// The dateline's place, as written in it ("PORT SAFFRON").
    var datelinePlace: String
    /// The paragraphs; the first starts with the dateline.
    var paragraphs: [String]
    /// The news site that published it.
    var site: String
    /// Publication date.
    var date: ArticleDate
    /// Headlines of other stories, for the related-posts furniture.
    var related: [String]
}

/// A calendar date, for bylines and page metadata.
struct ArticleDate: Sendable, Hashable {
    var year: Int
    var month: Int
    var day: Int

    /// `2025-03-11`.
    var iso: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
