import GlossCore

/// Renders one document for the HTML report, on the worker threads: a data block holding the document's
/// finished markup (escaped text with its sentences, quotes, speakers and entities as nested `<span>`s, the
/// summary, who said what, entities by label, metadata) plus the facts the corpus overview counts.
///
/// The block is `<script type="text/x-gloss-doc" data-...>ARTICLE</script>`: the browser keeps it as inert
/// text (an unknown script type never runs, and its content is not parsed into elements), so a 10,000
/// document report loads as fast as its bytes can be read; the page's script turns one block into elements
/// when the reader opens that document. The `data-` attributes (title, source, counts, speakers, names,
/// error) are what the navigation lists and filters on without touching the article markup.
struct ReportDocumentRenderer: DocumentRenderer {
    /// Meta keys shown in the line under the title, in this order, when present.
    static let sourceKeys = ["source", "site", "author", "byline", "dateline", "date", "published", "url"]
    /// The shorter line under each title in the document list.
    static let listSourceKeys = ["source", "site", "dateline"]
    /// Names listed per label in the document's entity list (the rest are counted).
    static let namesPerLabel = 40

    func render(_ document: Document) -> RenderedDocument {
        var facts = ReportFacts(id: document.id, title: Self.title(of: document))
        facts.bytes = document.byteCount
        facts.error = document.error
        facts.sentences = document.sentences?.count ?? 0
        facts.quotes = document.quotes?.count ?? 0
        var html = HTMLWriter(capacity: document.byteCount * 2 + 2048)
        document.withUTF8 { text in
            func string(_ start: Int, _ end: Int) -> String {
                let lower = min(max(start, 0), text.count)
                let upper = min(max(end, lower), text.count)
                return String(decoding: UnsafeBufferPointer(rebasing: text[lower..<upper]), as: UTF8.self)
            }
            let groups = EntityGroup.groups(of: document, text: text)
            for group in groups {
                facts.mentionsByLabel.append((group.label, group.mentions))
                facts.names += group.names.map { (label: group.label, name: $0.name, count: $0.count) }
            }
            for quote in document.quotes ?? [] {
                if let speaker = quote.speaker { facts.speakers.append(speaker) }
            }
            let source = Self.sourceLine(document.meta)
            let listSource = Self.sourceLine(document.meta, keys: Self.listSourceKeys)

            html.raw("<script type=\"text/x-gloss-doc\"")
            html.attribute("data-id", document.id)
            html.attribute("data-t", facts.title)
            if !listSource.isEmpty { html.attribute("data-s", listSource) }
            html.raw(" data-ne=\"")
            html.integer(document.entities?.count ?? 0)
            html.raw("\" data-nq=\"")
            html.integer(facts.quotes)
            html.raw("\"")
            if !facts.speakers.isEmpty { html.attribute("data-sp", Self.distinct(facts.speakers).joined(separator: "|")) }
            if !facts.names.isEmpty { html.attribute("data-n", facts.names.map(\.name).joined(separator: "|")) }
            if let error = document.error { html.attribute("data-err", "\(error.stage): \(error.message)") }
            html.raw(">")

            html.raw("<article class=\"doc\"><header><h2>")
            html.text(facts.title)
            html.raw("</h2>")
            if !source.isEmpty {
                html.raw("<p class=\"src\">")
                html.text(source)
                html.raw("</p>")
            }
            html.raw("<p class=\"id\">")
            html.text(document.id)
            html.raw("</p></header>")
            if let error = document.error {
                html.raw("<p class=\"err\">Failed in stage <b>")
                html.text(error.stage)
                html.raw("</b>: ")
                html.text(error.message)
                html.raw("</p>")
            }
            if let summary = document.summary {
                html.raw("<section class=\"sum\"><h3>Summary</h3><p>")
                html.text(summary.text)
                html.raw("</p></section>")
            }
            html.raw("<div class=\"cols\"><div class=\"txt\">")
            if text.isEmpty {
                html.raw("<span class=\"none\">(no text)</span>")
            } else {
                SpanMarkup.append(text: text, spans: Self.markup(document), to: &html.bytes)
            }
            html.raw("</div><aside>")
            Self.whoSaidWhat(document, string: string, into: &html)
            Self.entityList(groups, into: &html)
            Self.metadata(document.meta, into: &html)
            html.raw("</aside></div></article></script>\n")
        }
        return RenderedDocument(bytes: html.bytes, facts: facts)
    }

    /// meta.title when it is a non-blank string, else the id.
    static func title(of document: Document) -> String {
        if let title = document.meta["title"]?.stringValue, title.contains(where: { !$0.isWhitespace }) {
            return title
        }
        return document.id
    }

    /// "source · dateline · date ..." from the meta keys that are present.
    static func sourceLine(_ meta: [String: JSONValue], keys: [String] = sourceKeys) -> String {
        var parts: [String] = []
        for key in keys {
            switch meta[key] {
            case .string(let value)? where !value.isEmpty: parts.append(value)
            case .integer(let value)?: parts.append(String(value))
            default: break
            }
        }
        return parts.joined(separator: " · ")
    }

    /// Distinct values in first-seen order.
    static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    /// The layers as markup spans: sentences outermost, then quotes, speaker mentions, entities.
    ///
    /// Tags carry only what styling and linking need (sentence numbers are CSS counters; the tooltip of a
    /// quote or speaker is taken from the "who said what" list when first hovered): at tens of spans per
    /// document, every byte in a tag is a few hundred kilobytes of a 10,000-document report.
    static func markup(_ document: Document) -> [MarkupSpan] {
        var spans: [MarkupSpan] = []
        let summarySentences = Set(document.summary?.sentences ?? [])
        for (index, sentence) in (document.sentences ?? []).enumerated() {
            let odd = index % 2 == 1
            let summary = summarySentences.contains(index)
            let open: StaticString, reopen: StaticString
            switch (odd, summary) {
            case (false, false): (open, reopen) = ("<span class=\"s\">", "<span class=\"s c\">")
            case (true, false): (open, reopen) = ("<span class=\"s o\">", "<span class=\"s o c\">")
            case (false, true): (open, reopen) = ("<span class=\"s m\">", "<span class=\"s m c\">")
            case (true, true): (open, reopen) = ("<span class=\"s o m\">", "<span class=\"s o m c\">")
            }
            spans.append(MarkupSpan(start: sentence.start, end: sentence.end, rank: 0, open: bytes(open), reopen: bytes(reopen)))
        }
        var speakerMentions: [Span: [Int]] = [:]
        var mentionOrder: [Span] = []
        for (index, quote) in (document.quotes ?? []).enumerated() {
            var open = HTMLWriter(capacity: 48)
            open.raw("<span class=\"q\" data-q=\"")
            open.integer(index)
            open.raw("\" data-k=\"")
            open.raw(kindLabel(quote.kind))
            open.raw("\">")
            spans.append(MarkupSpan(start: quote.start, end: quote.end, rank: 1, open: open.bytes))
            if let mention = quote.speakerSpan {
                if speakerMentions[mention] == nil { mentionOrder.append(mention) }
                speakerMentions[mention, default: []].append(index)
            }
        }
        for mention in mentionOrder {
            var open = HTMLWriter(capacity: 40)
            open.raw("<span class=\"sp\" data-q=\"")
            for (position, quote) in (speakerMentions[mention] ?? []).enumerated() {
                if position > 0 { open.raw(" ") }
                open.integer(quote)
            }
            open.raw("\">")
            spans.append(MarkupSpan(start: mention.start, end: mention.end, rank: 2, open: open.bytes))
        }
        var entityTags: [EntityLabel: [UInt8]] = [:]
        for entity in document.entities ?? [] {
            let open: [UInt8]
            if let known = entityTags[entity.label] {
                open = known
            } else {
                var tag = HTMLWriter(capacity: 32)
                tag.raw("<span class=\"e\"")
                tag.attribute("data-l", entity.label.rawValue)
                tag.raw(">")
                open = tag.bytes
                entityTags[entity.label] = open
            }
            spans.append(MarkupSpan(start: entity.start, end: entity.end, rank: 3, open: open))
        }
        return spans
    }

    private static func bytes(_ text: StaticString) -> [UInt8] {
        text.withUTF8Buffer { Array($0) }
    }

    /// The "who said what" list: one item per quote, tied to the quote in the text by `data-q`:
    /// `<li data-q="0" data-k="direct"><b>Speaker</b><span class="role">, role</span> <small>said · direct</small><q>words</q></li>`.
    static func whoSaidWhat(_ document: Document, string: (Int, Int) -> String, into html: inout HTMLWriter) {
        guard let quotes = document.quotes, !quotes.isEmpty else { return }
        html.raw("<section class=\"who\"><h3>Who said what</h3><ol>")
        for (index, quote) in quotes.enumerated() {
            html.raw("<li data-q=\"")
            html.integer(index)
            html.raw("\" data-k=\"")
            html.raw(kindLabel(quote.kind))
            html.raw("\">")
            if let speaker = quote.speaker {
                html.raw("<b>")
                html.text(speaker)
                html.raw("</b>")
            } else {
                html.raw("<b class=\"none\">unattributed</b>")
            }
            if let role = quote.speakerRole {
                html.raw("<span class=\"role\">, ")
                html.text(role)
                html.raw("</span>")
            }
            html.raw(" <small>")
            if let cue = quote.cue {
                html.text(cue)
                html.raw(" · ")
            }
            html.raw(kindLabel(quote.kind))
            html.raw("</small><q>")
            html.text(OneLine.flatten(string(quote.start, quote.end)))
            html.raw("</q></li>")
        }
        html.raw("</ol></section>")
    }

    private static func kindLabel(_ kind: Quote.Kind) -> StaticString {
        switch kind {
        case .direct: return "direct"
        case .partial: return "partial"
        case .indirect: return "indirect"
        }
    }

    /// Entities grouped by label, each distinct name once with its count.
    static func entityList(_ groups: [EntityGroup], into html: inout HTMLWriter) {
        guard !groups.isEmpty else { return }
        html.raw("<section class=\"ents\"><h3>Entities</h3>")
        for group in groups {
            html.raw("<h4><span class=\"lbl\"")
            html.attribute("data-l", group.label)
            html.raw(">")
            html.text(group.label)
            html.raw("</span> ")
            html.integer(group.mentions)
            html.raw("</h4><ul>")
            for entry in group.names.prefix(namesPerLabel) {
                html.raw("<li><span class=\"e\"")
                html.attribute("data-l", group.label)
                html.raw(">")
                html.text(entry.name)
                html.raw("</span>")
                if entry.count > 1 {
                    html.raw(" <small>×")
                    html.integer(entry.count)
                    html.raw("</small>")
                }
                html.raw("</li>")
            }
            if group.names.count > namesPerLabel {
                html.raw("<li class=\"more\">and ")
                html.integer(group.names.count - namesPerLabel)
                html.raw(" more</li>")
            }
            html.raw("</ul>")
        }
        html.raw("</section>")
    }

    /// Every meta member, key and value escaped; non-string values as JSON.
    static func metadata(_ meta: [String: JSONValue], into html: inout HTMLWriter) {
        guard !meta.isEmpty else { return }
        html.raw("<details class=\"meta\"><summary>Metadata</summary><dl>")
        for key in meta.keys.sorted() {
            html.raw("<dt>")
            html.text(key)
            html.raw("</dt><dd>")
            if case .string(let value)? = meta[key] { html.text(value) } else { html.text(meta[key]?.description ?? "") }
            html.raw("</dd>")
        }
        html.raw("</dl></details>")
    }
}
