import GlossCore

/// Writes the HTML report: the page head before the first document, each document's data block as it
/// arrives (in input order), and, after the last, the corpus overview and the script.
///
/// It holds only the overview's counts, never the documents, so memory stays flat however large the corpus;
/// the overview is written at the end because only then are its numbers known, and the page's style and
/// script show it on top.
struct ReportSink {
    let target: OutputTarget
    let quarantine: QuarantineWriter?
    let page: ReportPage
    private var overview = ReportOverview()
    private var started = false

    init(target: OutputTarget, page: ReportPage, quarantine: QuarantineWriter?) {
        self.target = target
        self.page = page
        self.quarantine = quarantine
    }

    /// Documents written.
    var documentsWritten: Int { overview.documents }

    mutating func write(_ rendered: RenderedDocument) throws {
        try start()
        if let facts = rendered.facts { overview.add(facts, index: overview.documents) }
        try target.write(rendered.bytes)
    }

    private mutating func start() throws {
        guard !started else { return }
        started = true
        try target.write(page.head())
    }

    /// Writes the overview and the script, and commits the target (and the quarantine file).
    mutating func finish() throws {
        try start()
        try target.write(page.tail(overview: overview))
        try target.commit()
        try quarantine?.target.commit()
    }
}
