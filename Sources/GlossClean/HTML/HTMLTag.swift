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
