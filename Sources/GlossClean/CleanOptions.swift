import GlossCore

/// Options of the `clean` stage.
///
/// ```yaml
/// - clean:
///     html: auto                  # auto | always | never
///     remove:
///       truncation_marks: false   # keep "[…]" at the end of excerpts
///     furniture:
///       lines: ["Advertisement"]
///       prefixes: ["Photo:", "Editing by"]
///       suffixes: ["(Gloss Wire photo)"]
///     ascii_punctuation: false
///     title_from_headline: true   # a headline-like first line is copied to meta.title
///     report: true                # meta.clean counts what each rule removed
/// ```
public struct CleanOptions: StageOptions, Equatable {
    /// When a document's text is read as HTML.
    public enum HTMLMode: String, ConfigEnum, Equatable {
        /// When `meta.format` is `html`, or the text plainly is markup (it starts with a tag, or has
        /// several common tags such as `<p>`, `</div>`, `<br>`).
        case auto
        /// Always: every text is HTML.
        case always
        /// Never: markup is left as it is (a text about HTML, say).
        case never
    }

    /// Which removals run. Script, style and other never-text elements of HTML always go.
    public struct Removals: Codable, Sendable, Equatable {
        /// "The post TITLE appeared first on SITE." lines; TITLE and SITE go to `meta.title` and `meta.source`.
        public var feedFooter = true
        /// Page chrome and widgets: in HTML the `nav`, `aside`, `footer` and `form` elements and elements
        /// whose class, id or role marks them as share bars, comments, related posts, newsletters or ads;
        /// in text, "Share this:", "Related posts", "Recent Comments" and similar headings with the short
        /// lines listed under them.
        public var widgets = true
        /// "Read more", "Continue reading", "Click here to subscribe…", "Follow us on …" lines.
        public var callsToAction = true
        /// "[…]", "[...]", "(…)", "(...)" at the end of a paragraph.
        public var truncationMarks = true

        /// All removals on.
        public init() {}

        enum CodingKeys: String, CodingKey {
            case feedFooter = "feed_footer"
            case widgets
            case callsToAction = "calls_to_action"
            case truncationMarks = "truncation_marks"
        }
    }

    /// A site's own furniture, as plain strings (not patterns), compared ignoring ASCII case after the
    /// text's spacing is cleaned.
    public struct Furniture: Codable, Sendable, Equatable {
        /// Whole lines to remove; list bullets before and punctuation after the line do not matter.
        public var lines: [String] = []
        /// Lines starting with one of these are removed.
        public var prefixes: [String] = []
        /// Lines ending with one of these are removed.
        public var suffixes: [String] = []

        /// No extra furniture.
        public init() {}
    }

    /// When the text is HTML. Default `auto`.
    public var html = HTMLMode.auto
    /// Which removals run. Default: all.
    public var remove = Removals()
    /// Extra furniture lines. Default: none.
    public var furniture = Furniture()
    /// Typographic quotes, dashes, ellipses and primes become ASCII. Default false: the `attribute`
    /// stage reads curly quotes to find quotations.
    public var asciiPunctuation = false
    /// When nothing else names the title (no feed footer, no HTML title), a first line that reads as a
    /// headline (one short line, not ending like a sentence, then a blank line) is copied to `meta.title`;
    /// it stays in the text. Default true.
    public var titleFromHeadline = true
    /// Count in `meta.clean` what each rule removed (`{"feed_footer": 1, "widget_lines": 11}`, plus
    /// `input_format: html` for HTML), for tuning a site's furniture rules. Default false: the extra
    /// dictionary costs about a fifth of the stage's time on a short article.
    public var report = false

    /// All defaults.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case html, remove, furniture
        case asciiPunctuation = "ascii_punctuation"
        case titleFromHeadline = "title_from_headline"
        case report
    }

    /// One line per option (nested ones as `remove.widgets`), for `gloss stages clean` and `gloss inspect`.
    public static let documentation: [String: String] = [
        "html": "When the text is HTML: auto (when meta.format is html, or the text plainly is markup), always, never.",
        "remove": "Which removals run (each true or false): feed_footer, widgets, calls_to_action, truncation_marks.",
        "remove.feed_footer": "Remove \"The post TITLE appeared first on SITE.\" and keep TITLE and SITE as meta.title and meta.source.",
        "remove.widgets": "Remove page chrome and widgets: nav, aside, footer and form elements, share bars, comments, related posts, newsletter and ad blocks (by class, id or role); in text, \"Share this:\", \"Related posts\", \"Recent Comments\" headings with the short lines under them.",
        "remove.calls_to_action": "Remove \"Read more\", \"Continue reading\", \"Click here to subscribe…\", \"Follow us on …\" lines.",
        "remove.truncation_marks": "Remove \"[…]\", \"[...]\", \"(…)\", \"(...)\" at the end of a paragraph.",
        "furniture": "A site's own furniture as plain strings (not patterns), ignoring ASCII case: lines, prefixes, suffixes.",
        "furniture.lines": "Whole lines to remove, e.g. [\"Advertisement\"]; bullets before and punctuation after do not matter.",
        "furniture.prefixes": "Remove lines starting with one of these, e.g. [\"Photo:\", \"Editing by\"].",
        "furniture.suffixes": "Remove lines ending with one of these, e.g. [\"(Gloss Wire photo)\"].",
        "ascii_punctuation": "Turn typographic quotes, dashes and ellipses into ASCII (default false: the attribute stage reads curly quotes).",
        "title_from_headline": "With no other title (feed footer, HTML title), copy a headline-like first line of the text to meta.title; the line stays in the text (default true).",
        "report": "Count in meta.clean what each rule removed, for tuning furniture rules (default false: it costs about a fifth of the time on short articles).",
    ]

    /// Rejects furniture rules that would match every line or that span lines.
    public func validate() -> [String] {
        var problems: [String] = []
        for (key, values) in [("lines", furniture.lines), ("prefixes", furniture.prefixes), ("suffixes", furniture.suffixes)] {
            for value in values {
                if value.allSatisfy(\.isWhitespace) {
                    problems.append("furniture.\(key) has an empty entry, which would match every line; remove it")
                } else if value.contains(where: \.isNewline) {
                    problems.append("furniture.\(key) entry '\(value)' spans several lines; rules match one line at a time")
                }
            }
        }
        return problems
    }
}
