import GlossCore

/// The corpus overview of the HTML report: documents, entities by label, top speakers, errors.
///
/// The sink adds each document's ``ReportFacts`` as it writes the document, and renders the overview after
/// the last one. Memory is bounded whatever the corpus size: counts per label, bounded counters for names
/// and speakers, and the first ``maximumListedErrors`` failures.
struct ReportOverview {
    static let maximumListedErrors = 100
    static let topSpeakers = 15
    static let topNamesPerLabel = 8
    /// Distinct speakers and (label, name) pairs kept exactly before counting becomes approximate.
    static let counterCapacity = 50_000
    /// Distinct entity labels tracked (a stage emitting thousands of labels gets the rest counted as one).
    static let maximumLabels = 64
    private static let otherLabels = "(other labels)"

    private(set) var documents = 0
    private(set) var bytes = 0
    private(set) var sentences = 0
    private(set) var quotes = 0
    private(set) var attributedQuotes = 0
    private(set) var mentions = 0
    /// label -> (mentions, documents), labels in first-seen order.
    private var labelOrder: [String] = []
    private var labels: [String: (mentions: Int, documents: Int)] = [:]
    private var names = BoundedCounter(capacity: counterCapacity)
    private var speakers = BoundedCounter(capacity: counterCapacity)
    private(set) var errorCount = 0
    private var errors: [(index: Int, id: String, stage: String, message: String)] = []

    /// Counts one document; `index` is its position in the report (0-based).
    mutating func add(_ facts: ReportFacts, index: Int) {
        documents += 1
        bytes += facts.bytes
        sentences += facts.sentences
        quotes += facts.quotes
        attributedQuotes += facts.speakers.count
        for (label, count) in facts.mentionsByLabel {
            mentions += count
            let key = labels[label] != nil || labels.count < Self.maximumLabels ? label : Self.otherLabels
            if labels[key] == nil {
                labelOrder.append(key)
                labels[key] = (0, 0)
            }
            labels[key]?.mentions += count
            labels[key]?.documents += 1
        }
        for entry in facts.names { names.add(entry.label + "\u{1F}" + entry.name, entry.count) }
        for speaker in facts.speakers { speakers.add(speaker) }
        if let error = facts.error {
            errorCount += 1
            if errors.count < Self.maximumListedErrors {
                errors.append((index, facts.id, error.stage, error.message))
            }
        }
    }

    /// The overview section (`<section id="overview">`), escaped throughout.
    func render() -> [UInt8] {
        var html = HTMLWriter(capacity: 16_384)
        html.raw("<section id=\"overview\"><h2>Overview</h2><div class=\"cards\">")
        card(&html, documents, "documents")
        html.raw("<div class=\"card\"><b>")
        html.text(Self.megabytes(bytes))
        html.raw("</b>of text</div>")
        card(&html, sentences, "sentences")
        card(&html, mentions, "entity mentions")
        card(&html, quotes, "quotes", detail: "\(attributedQuotes) attributed")
        card(&html, errorCount, errorCount == 1 ? "error" : "errors", bad: errorCount > 0)
        html.raw("</div><div class=\"ov-cols\">")
        renderLabels(&html)
        renderSpeakers(&html)
        renderErrors(&html)
        html.raw("</div>")
        if names.isApproximate || speakers.isApproximate {
            html.raw("<p class=\"note\">Name and speaker counts are approximate: more distinct names than the report keeps exactly (")
            html.integer(Self.counterCapacity)
            html.raw("); the most frequent are ranked correctly.</p>")
        }
        html.raw("<p class=\"note\">Click a name or a speaker to list the documents that mention it.</p></section>\n")
        return html.bytes
    }

    private func card(_ html: inout HTMLWriter, _ value: Int, _ what: StaticString, detail: String? = nil, bad: Bool = false) {
        html.raw(bad ? "<div class=\"card bad\"><b>" : "<div class=\"card\"><b>")
        html.text(Self.grouped(value))
        html.raw("</b>")
        html.raw(what)
        if let detail {
            html.raw("<small>")
            html.text(detail)
            html.raw("</small>")
        }
        html.raw("</div>")
    }

    private func renderLabels(_ html: inout HTMLWriter) {
        html.raw("<section class=\"ov-ents\"><h3>Entities by label</h3>")
        guard !labelOrder.isEmpty else {
            html.raw("<p class=\"none\">No entities (no stage produced the entities layer).</p></section>")
            return
        }
        var topNames: [String: [(name: String, count: Int)]] = [:]
        for (key, count) in names.top(Int.max) {
            guard let separator = key.firstIndex(of: "\u{1F}") else { continue }
            let label = String(key[..<separator])
            if topNames[label, default: []].count < Self.topNamesPerLabel {
                topNames[label, default: []].append((String(key[key.index(after: separator)...]), count))
            }
        }
        html.raw("<table><thead><tr><th>Label</th><th>Mentions</th><th>Documents</th><th>Most mentioned</th></tr></thead><tbody>")
        let standard = ["PER", "ORG", "LOC", "MISC"]
        for label in standard.filter({ labels[$0] != nil }) + labelOrder.filter({ !standard.contains($0) }) {
            guard let counts = labels[label] else { continue }
            html.raw("<tr><td><span class=\"lbl\"")
            html.attribute("data-l", label)
            html.raw(">")
            html.text(label)
            html.raw("</span></td><td>")
            html.text(Self.grouped(counts.mentions))
            html.raw("</td><td>")
            html.text(Self.grouped(counts.documents))
            html.raw("</td><td>")
            for (index, entry) in (topNames[label] ?? []).enumerated() {
                if index > 0 { html.raw(" ") }
                html.raw("<button type=\"button\" class=\"e\"")
                html.attribute("data-l", label)
                html.attribute("data-f", entry.name)
                html.raw(">")
                html.text(entry.name)
                html.raw(" <small>")
                html.text(Self.grouped(entry.count))
                html.raw("</small></button>")
            }
            html.raw("</td></tr>")
        }
        html.raw("</tbody></table></section>")
    }

    private func renderSpeakers(_ html: inout HTMLWriter) {
        html.raw("<section class=\"ov-spk\"><h3>Top speakers</h3>")
        let top = speakers.top(Self.topSpeakers)
        guard !top.isEmpty else {
            html.raw("<p class=\"none\">No attributed quotes.</p></section>")
            return
        }
        html.raw("<ol>")
        for (speaker, count) in top {
            html.raw("<li><button type=\"button\" class=\"spk\"")
            html.attribute("data-f", speaker)
            html.raw(">")
            html.text(speaker)
            html.raw("</button> <small>")
            html.text(Self.grouped(count))
            html.raw(count == 1 ? " quote</small></li>" : " quotes</small></li>")
        }
        html.raw("</ol></section>")
    }

    private func renderErrors(_ html: inout HTMLWriter) {
        html.raw("<section class=\"ov-err\"><h3>Errors</h3>")
        guard errorCount > 0 else {
            html.raw("<p class=\"none\">No document in the report carries an error.</p></section>")
            return
        }
        html.raw("<p>")
        html.text(Self.grouped(errorCount))
        html.raw(errorCount == 1 ? " document was" : " documents were")
        html.raw(" written with an error (<code>on_error: mark</code>)")
        if errorCount > errors.count {
            html.raw("; the first ")
            html.integer(errors.count)
            html.raw(" are listed")
        }
        html.raw(".</p><ul>")
        for error in errors {
            html.raw("<li><a href=\"#")
            html.integer(error.index + 1)
            html.raw("\">")
            html.text(error.id)
            html.raw("</a> <span class=\"stage\">")
            html.text(error.stage)
            html.raw("</span> ")
            html.text(error.message)
            html.raw("</li>")
        }
        html.raw("</ul></section>")
    }

    /// 12345 -> "12,345".
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// Bytes as "0.42 MB" / "12 kB" / "512 B".
    static func megabytes(_ bytes: Int) -> String {
        if bytes >= 1_000_000 {
            let hundredths = (bytes + 5_000) / 10_000
            return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) MB"
        }
        if bytes >= 1_000 { return "\((bytes + 500) / 1_000) kB" }
        return "\(bytes) B"
    }
}
