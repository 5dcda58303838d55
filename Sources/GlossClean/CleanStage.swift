import GlossCore

/// The `clean` stage: turns scraped news (an HTML page or fragment, or feed text) into the article's plain
/// text, and keeps what matters of what it removes in `meta`.
///
/// ```swift
/// let stage = try CleanStage(options: CleanOptions(), context: StageContext())
/// var document = Document(id: "a.html", text: "<p>RIVERTON (Gloss Wire) &mdash; The bridge reopened.</p>",
///                         meta: ["format": "html"])
/// try stage.process(&document)
/// // document.text == "RIVERTON (Gloss Wire) — The bridge reopened."
/// // document.meta["dateline"] == "RIVERTON (Gloss Wire)"
/// ```
public struct CleanStage: Stage {
    /// See ``CleanOptions``.
    public typealias Options = CleanOptions

    /// `clean`, as pipeline files name it.
    public static let name = "clean"
    /// One line for `gloss stages`.
    public static let summary = "Turns scraped HTML or feed text into the article's text; keeps title, source and dateline in meta."
    /// Nothing: it is the first stage.
    public static let requires: Set<Layer> = []
    /// It rewrites the text and adds to meta.
    public static let produces: Set<Layer> = [.text, .meta]

    /// What `gloss stages clean` prints.
    public static let documentation = """
        Turns a scraped article into its text, and nothing else.

        HTML (when meta.format is "html", or the text plainly is markup; see the html option): block \
        elements (p, div, h1-h6, li, br, blockquote, tr, ...) become paragraph breaks and inline markup \
        vanishes; script, style, noscript, template, iframe and svg are dropped with their content, and so \
        are nav, aside, footer, form, the site's masthead and share, comment, related-post, newsletter and \
        ad widgets (found by class, id or role) unless they hold the article itself. Every named HTML5 character reference and \
        every numeric one is decoded. Malformed HTML (unclosed tags, stray "<", ">" inside quoted \
        attributes, comments, CDATA, nesting of any depth) is read without losing article text. A full \
        page's og:title, og:site_name, canonical URL, publication time, author and language go to meta.

        Text and HTML alike: "The post TITLE appeared first on SITE." is removed, TITLE and SITE become \
        meta.title and meta.source; "Share this:", "Related posts", "Recent Comments" blocks, "Read more", \
        "Continue reading", "Click here to subscribe…", "Follow us on …" lines and "[…]" at the end of a \
        paragraph are removed; a dateline such as "RIVERTON (Gloss Wire) —" stays in the text and is also \
        meta.dateline. Spacing: Unicode NFC; no-break and other spaces become a space; zero-width \
        characters, soft hyphens and control characters go; runs of spaces collapse; paragraphs are \
        separated by one blank line. Typographic quotes and dashes stay (attribute reads them) unless \
        ascii_punctuation is true.

        An HTML document's meta.format becomes "text", so cleaning twice gives the same result as once. \
        Title, source and the rest never overwrite what the input's meta already has. With report: true, \
        meta.clean counts what each rule removed ({"feed_footer": 1, "widget_lines": 11}, and \
        input_format: "html" for HTML), to tune a site's furniture rules.

        Example:
          - clean:
              remove: {calls_to_action: false}
              report: true
              furniture:
                lines: ["Advertisement"]
                prefixes: ["Photo:"]
        """

    private let cleaner: Cleaner

    /// Builds the stage; nothing to load, the tables are built once per process on first use.
    public init(options: CleanOptions, context: StageContext) {
        cleaner = Cleaner(options: options)
    }

    /// Cleans `document.text` (leaving the very same string when there is nothing to clean) and records
    /// title, source, dateline and what was removed in `document.meta`. Never throws: any text cleans.
    public func process(_ document: inout Document) {
        let isHTML: Bool
        switch cleaner.options.html {
        case .always: isHTML = true
        case .never: isHTML = false
        case .auto:
            isHTML = document.meta["format"]?.stringValue?.lowercased() == "html"
                || document.withUTF8(MarkupDetector.looksLikeMarkup)
        }
        let result = document.withUTF8 { cleaner.clean($0, isHTML: isHTML) }
        if let text = result.text { document.text = text }
        var findings = result.findings
        if cleaner.options.titleFromHeadline, findings.feedTitle == nil, findings.page?.hasTitle != true,
           document.meta["title"] == nil {
            findings.headline = document.withUTF8 { bytes in
                Headline.find(in: bytes).flatMap { MetaText.compact(bytes, $0) }
            }
        }
        record(findings, isHTML: isHTML, in: &document.meta)
    }

    /// Adds what was found to `meta`, never overwriting what the input already said.
    ///
    /// The entries are gathered first and then added in one go: dictionary growth, one key at a time, was
    /// a third of the cost of a short document (and `reserveCapacity` runs unspecialised from here).
    private func record(_ findings: CleanFindings, isHTML: Bool, in meta: inout [String: JSONValue]) {
        var entries: [(String, JSONValue)] = []
        entries.reserveCapacity(8)
        let page = findings.page
        if let title = findings.feedTitle ?? page?.title ?? page?.headline ?? page?.documentTitle ?? findings.headline {
            entries.append(("title", .string(title)))
        }
        if let source = findings.feedSite ?? page?.siteName { entries.append(("source", .string(source))) }
        if let dateline = findings.dateline { entries.append(("dateline", .string(dateline))) }
        if let page {
            if let url = page.url { entries.append(("url", .string(url))) }
            if let published = page.published { entries.append(("published", .string(published))) }
            if let author = page.author { entries.append(("author", .string(author))) }
            if let language = page.language { entries.append(("language", .string(language))) }
        }
        if cleaner.options.report, case let removed = findings.removed.nonZero, isHTML || !removed.isEmpty {
            // One flat object of counts: a nested one costs a second dictionary per document.
            var report = removed.map { ($0.0, JSONValue.integer($0.1)) }
            if isHTML { report.append(("input_format", "html")) }
            entries.append(("clean", .object(Dictionary(uniqueKeysWithValues: report))))
        }
        if isHTML { meta["format"] = "text" }
        guard !entries.isEmpty else { return }
        if meta.isEmpty {
            meta = Dictionary(uniqueKeysWithValues: entries)
            return
        }
        // What the input said wins, except an earlier report, which this run's replaces.
        let replacesReport = entries.last?.0 == "clean"
        var merged = Dictionary(uniqueKeysWithValues: entries)
        for (key, value) in meta where !(replacesReport && key == "clean") { merged[key] = value }
        meta = merged
    }

}
