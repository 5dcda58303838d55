/// Decides, cheaply, whether a text plainly is HTML (for `html: auto` when `meta.format` says nothing).
///
/// Markup when, after leading whitespace, the text starts with a tag, a comment or a doctype; or when
/// its first 64 KB hold at least two common tags (`<p>`, `</div>`, `<br/>`, `<a href=...>`, ...). A "<"
/// in prose ("a < b", "<3") is not a tag, and text that merely mentions one tag stays text.
enum MarkupDetector {
    private static let window = 65_536
    private static let tagsNeeded = 2
    private static let commonTags = NameSet([
        "p", "div", "br", "span", "a", "b", "i", "em", "strong", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5",
        "h6", "table", "tr", "td", "img", "script", "style", "section", "article", "blockquote", "figure",
        "header", "footer", "nav", "aside", "html", "body", "head", "meta", "link", "iframe",
    ])

    static func looksLikeMarkup(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let end = min(bytes.count, window)
        if end >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
        while index < end && (bytes[index] == 0x20 || (bytes[index] >= 0x09 && bytes[index] <= 0x0D)) { index += 1 }
        if index + 1 < end && bytes[index] == 0x3C {
            let next = bytes[index + 1]
            if isASCIILetter(next) || next == 0x21 || next == 0x3F { return true }
        }
        var tags = 0
        while index < end {
            index = ByteSearch.index(of: 0x3C, in: bytes, from: index, to: end)
            guard index < end else { break }
            var nameStart = index + 1
            if nameStart < end && bytes[nameStart] == 0x2F { nameStart += 1 }
            var nameEnd = nameStart
            while nameEnd < end && nameEnd - nameStart < 12 && HTMLEntityDecoder.isAlphanumeric(bytes[nameEnd]) { nameEnd += 1 }
            if nameEnd > nameStart && nameEnd < end {
                let after = bytes[nameEnd]
                if (after == 0x3E || after == 0x20 || after == 0x2F || after == 0x0A || after == 0x09)
                    && commonTags.contains(HTMLTag.hash(bytes, nameStart..<nameEnd))
                {
                    tags += 1
                    if tags >= tagsNeeded { return true }
                }
            }
            index = nameEnd > index + 1 ? nameEnd : index + 1
        }
        return false
    }
}
