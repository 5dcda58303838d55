/// The known elements, in an open-addressing table keyed by name hash (one multiply-and-mask per tag).
struct HTMLTagTable: Sendable {
    static let shared = HTMLTagTable()

    private let keys: [UInt64]
    private let tags: [HTMLTag]
    private let mask: Int

    private init() {
        let block: HTMLTag.Traits = [.known, .block, .endsParagraph]
        var entries: [(String, HTMLTag)] = []
        func add(_ names: [String], _ content: HTMLTag.Content, _ traits: HTMLTag.Traits) {
            for name in names { entries.append((name, HTMLTag(content: content, traits: traits.union(.known)))) }
        }
        add(["address", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
             "hgroup", "legend", "listing", "menu", "ol", "section", "summary", "table", "ul", "h2", "h3", "h4",
             "h5", "h6", "caption", "thead", "tbody", "tfoot"], .normal, block)
        add(["p"], .normal, block.union(.endsSameOpenElement))
        add(["li", "dt", "dd"], .normal, block.union(.endsSameOpenElement))
        add(["tr"], .normal, [.block, .endsSameOpenElement])
        add(["td", "th"], .normal, [.cell, .endsSameOpenElement])
        add(["h1"], .normal, block.union(.headline))
        add(["header"], .normal, block.union(.header))
        add(["pre"], .normal, block.union(.preformatted))
        add(["blockquote", "figure"], .normal, block.union(.quotation))
        add(["article"], .normal, block.union(.articleContainer))
        add(["main"], .normal, block.union([.articleContainer, .neverWidget]))
        add(["html"], .normal, [.neverWidget, .metadata])
        add(["body"], .normal, [.neverWidget])
        add(["br", "hr"], .normal, [.void, .block, .phrasing])
        add(["area", "base", "col", "embed", "img", "input", "param", "source", "track", "wbr", "keygen"],
            .normal, [.void, .phrasing])
        add(["meta", "link"], .normal, [.void, .metadata])
        add(["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea"], .rawText, [])
        add(["title"], .rawText, [.title])
        // `head` is not among them: its end tag may be omitted, and what it holds is void, raw text or
        // the title anyway.
        add(["template", "svg", "math", "select", "button", "object", "video", "audio", "canvas",
             "datalist", "map", "picture"], .dropped, [])
        // A figure's caption ("Traffic crosses the bridge. (Photo: …)") describes a picture the text does
        // not have; kept, it became the first sentence of articles and of their summaries.
        add(["nav", "aside", "footer", "form", "figcaption"], .chrome, block)
        add(["option", "optgroup"], .normal, [.endsSameOpenElement])
        add(["a", "b", "i", "em", "strong", "small", "sup", "sub", "time", "abbr", "cite", "code", "mark", "q", "s",
             "u", "label", "bdi", "bdo", "data", "dfn", "kbd", "samp", "var"], .normal, [.phrasing])

        var size = 1
        while size < entries.count * 4 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var tags = [HTMLTag](repeating: .unknown, count: size)
        for (name, tag) in entries {
            let key = HTMLTag.hash(name)
            var slot = Int(truncatingIfNeeded: key) & (size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            tags[slot] = tag
        }
        self.keys = keys
        self.tags = tags
        self.mask = size - 1
    }

    /// The element named by `hash`, or ``HTMLTag/unknown``.
    @inline(__always)
    func tag(_ hash: UInt64) -> HTMLTag {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let key = keys[slot]
            if key == hash { return tags[slot] }
            if key == 0 { return .unknown }
            slot = (slot + 1) & mask
        }
    }
}
