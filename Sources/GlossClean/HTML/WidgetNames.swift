/// Recognises share bars, comment sections, related-post lists, ads and the like by their `class`,
/// `id` or `role`, without making strings.
///
/// A class or id value is split into names at spaces, and each name into parts at `-` and `_`; a part
/// equal to one of ``keywords`` marks a widget (`sharedaddy`, `jp-relatedposts`, `comment-respond`).
/// Names that describe a state rather than a thing (`has-sidebar`, `no-comments`, `category-social`,
/// `comments-open`) are skipped, so that an article is not taken for a widget because of its classes.
enum WidgetNames {
    static let keywords = NameSet([
        "share", "shares", "sharing", "sharedaddy", "sharethis", "addtoany", "a2a", "social", "comment",
        "comments", "respond", "discussion", "disqus", "related", "relatedposts", "yarpp", "recommended",
        "newsletter", "subscribe", "subscription", "signup", "advert", "advertisement", "advertising", "ads",
        "ad", "adsbygoogle", "sponsored", "promo", "promoted", "sidebar", "widget", "widgets", "breadcrumb",
        "breadcrumbs", "cookie", "cookies", "consent", "popup", "modal", "menu", "navbar", "navigation", "nav",
        "footer", "outbrain", "taboola",
    ])

    /// `role` values of page chrome.
    static let roles = NameSet(["navigation", "complementary", "contentinfo", "search", "banner"])

    private static let statePrefixes: [[UInt8]] = [
        "has-", "no-", "is-", "with-", "show-", "hide-", "enable-", "disable-", "category-", "tag-", "format-",
        "status-", "type-",
    ].map { Array($0.utf8) }
    private static let stateSuffixes: [[UInt8]] = ["-open", "-closed"].map { Array($0.utf8) }

    /// Whether a `class` or `id` value (`input[range]`) names a widget.
    static func isWidget(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let keywords = Self.keywords
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound && isSpace(input[index]) { index += 1 }
            let nameStart = index
            while index < range.upperBound && !isSpace(input[index]) { index += 1 }
            let name = nameStart..<index
            guard !name.isEmpty else { continue }
            var partStart = name.lowerBound
            for position in name.lowerBound...name.upperBound {
                if position == name.upperBound || input[position] == 0x2D || input[position] == 0x5F {
                    // The state check only for the rare name with a keyword in it.
                    if position > partStart && keywords.contains(HTMLTag.hash(input, partStart..<position)) {
                        if !describesState(input, name) { return true }
                        break
                    }
                    partStart = position + 1
                }
            }
        }
        return false
    }

    /// Whether a `role` value (`input[range]`) is page chrome.
    static func isChromeRole(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        roles.contains(HTMLTag.hash(input, range))
    }

    private static func describesState(_ input: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
        for prefix in statePrefixes where hasAffix(input, name, prefix, atEnd: false) { return true }
        for suffix in stateSuffixes where hasAffix(input, name, suffix, atEnd: true) { return true }
        return false
    }

    private static func hasAffix(_ input: UnsafeBufferPointer<UInt8>, _ name: Range<Int>, _ affix: [UInt8], atEnd: Bool) -> Bool {
        guard name.count > affix.count else { return false }
        let start = atEnd ? name.upperBound - affix.count : name.lowerBound
        for (offset, byte) in affix.enumerated() {
            let actual = input[start + offset]
            let lower = actual &- 0x41 < 26 ? actual | 0x20 : actual
            if lower != byte { return false }
        }
        return true
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
