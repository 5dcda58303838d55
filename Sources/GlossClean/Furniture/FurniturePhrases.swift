/// The built-in furniture lines, lower case, compared with a line's ``LineBytes/key(_:_:)`` (bullets and
/// trailing punctuation off, ASCII case ignored).
enum FurniturePhrases {
    /// Headings of widget blocks. The heading goes, and so do the short list-like lines right after it
    /// (share buttons, related titles, comment authors) up to the first line that reads like prose.
    static let widgetHeadings = PhraseList([
        "share this", "share this article", "share this story", "share this post", "share", "share on",
        "sharing", "like this", "recent comments", "recent posts", "related", "related posts",
        "related articles", "related stories", "related content", "related coverage", "related news",
        "you may also like", "you might also like", "more stories", "most read", "most popular",
        "popular posts", "trending", "trending now", "comments", "leave a comment", "leave a reply", "tags",
        "filed under", "categories",
    ])

    /// Whole lines that are calls to action.
    static let callsToAction = PhraseList([
        "read more", "read the full story", "read the full article", "read full story", "read full article",
        "continue reading", "click here", "loading", "advertisement", "advertisements", "sponsored",
        "sponsored content", "skip to content", "skip to main content", "back to top", "print", "email",
        "print this page", "subscribe", "sign up", "tweet",
    ])

    /// Beginnings of calls to action, as whole words, on short lines ("Follow us on Mastodon",
    /// "Read more: Council approves budget", "Click here to subscribe to our newsletter").
    static let callToActionPrefixes = PhraseList([
        "read more", "continue reading", "click here to", "follow us on", "follow us at", "subscribe to our",
        "subscribe to the", "sign up for our", "sign up to our", "sign up for the", "join our newsletter",
        "like us on facebook", "download our app", "share on", "share this on",
    ])

    /// Longest line a call-to-action prefix applies to: beyond that it is a sentence of the article.
    static let callToActionMaximumLength = 100

    /// Longest line taken for an item of a widget block.
    static let widgetItemMaximumLength = 100

    /// Longest line compared with the whole-line lists.
    static let keyMaximumLength = 40

    /// Truncation marks that feeds put at the end of an excerpt.
    static let truncationMarks: [[UInt8]] = [
        "[…]", "[...]", "(…)", "(...)", "[&hellip;]", "[&#8230;]",
    ].map { Array($0.utf8) }

    /// An ellipsis at the end of a line means it was cut short, not finished.
    static let ellipses: [[UInt8]] = ["...", "…"].map { Array($0.utf8) }

}
