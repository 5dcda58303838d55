/// What a full HTML page says about itself, read while its text is extracted. Each value is short:
/// whitespace collapsed and cut at ``MetaText/limit`` bytes.
struct PageMetadata: Sendable, Equatable {
    /// The `<title>` element (often "Headline | Site").
    var documentTitle: String?
    /// `og:title` or `twitter:title`.
    var title: String?
    /// The text of the first `<h1>`.
    var headline: String?
    /// `og:site_name` or `application-name`.
    var siteName: String?
    /// `og:url`, else `<link rel="canonical">`.
    var url: String?
    /// `article:published_time` or `datePublished`.
    var published: String?
    /// `<meta name="author">` or `article:author`.
    var author: String?
    /// `<html lang>`.
    var language: String?

    /// Whether the page named its title in any of the ways read here.
    var hasTitle: Bool { title != nil || headline != nil || documentTitle != nil }
}
