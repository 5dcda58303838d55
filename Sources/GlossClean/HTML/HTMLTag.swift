/// What the text extractor needs to know about an element, by its lower-cased name.
struct HTMLTag: Sendable {
    /// How an element's content is treated.
    enum Content: UInt8, Sendable {
        /// Parsed as markup and kept.
        case normal
        /// Not markup: skipped to the matching end tag (`script`, `style`, `iframe`, ...).
        case rawText
        /// Markup that is never article text, dropped with everything inside (`svg`, `template`, `button`).
        case dropped
        /// Page chrome (`nav`, `aside`, `footer`, `form`), dropped when widgets are removed.
        case chrome
    }

    /// Traits that shape the output.
    struct Traits: OptionSet, Sendable {
        let rawValue: UInt16
        /// No content and no end tag (`br`, `img`, `meta`).
        static let void = Traits(rawValue: 1 << 0)
        /// Starts and ends a paragraph.
        static let block = Traits(rawValue: 1 << 1)
        /// A table cell: a space between neighbours.
        static let cell = Traits(rawValue: 1 << 2)
        /// Keeps its line breaks (`pre`).
        static let preformatted = Traits(rawValue: 1 << 3)
        /// Holds a quotation whose `footer` is its citation, which is kept.
        static let quotation = Traits(rawValue: 1 << 4)
        /// The page's headline.
        static let headline = Traits(rawValue: 1 << 5)
        /// The article itself (`article`, `main`): a chrome or widget block containing one is kept.
        static let articleContainer = Traits(rawValue: 1 << 6)
        /// A second start tag of the same name ends the first (`<p>a<p>b`, `<li>`).
        static let endsSameOpenElement = Traits(rawValue: 1 << 7)
        /// Its start tag ends an open `p`.
        static let endsParagraph = Traits(rawValue: 1 << 8)
        /// Never treated as a widget whatever its class (`html`, `body`, `main`).
        static let neverWidget = Traits(rawValue: 1 << 9)
        /// Read for page metadata (`meta`, `link`, `html`).
        static let metadata = Traits(rawValue: 1 << 10)
        /// The document title (`title`).
        static let title = Traits(rawValue: 1 << 11)
        /// A known HTML element: `<div/>` opens it like `<div>` (only unknown and foreign elements self-close).
        static let known = Traits(rawValue: 1 << 12)
        /// A `header`: outside the article it is the site's masthead, a widget unless it holds the headline.
        static let header = Traits(rawValue: 1 << 13)
        /// Inline phrasing (`a`, `em`, `time`, ...): its class never makes it a widget, which saves looking
        /// at the most common classes of all (links inside a share bar are cut with the bar).
        static let phrasing = Traits(rawValue: 1 << 14)
    }

    var content: Content
    var traits: Traits

    static let unknown = HTMLTag(content: .normal, traits: [])

    /// FNV-1a over the lower-cased name: how the extractor names elements without making strings.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in range {
            let byte = bytes[index]
            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
            hash = (hash ^ UInt64(lower)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The hash of `name`.
    static func hash(_ name: String) -> UInt64 {
        var copy = name
        return copy.withUTF8 { bytes in hash(bytes, 0..<bytes.count) }
    }

    static let p = hash("p")
    static let br = hash("br")
    static let footer = hash("footer")
}

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
        add(["address", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
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
        add(["nav", "aside", "footer", "form"], .chrome, block)
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
