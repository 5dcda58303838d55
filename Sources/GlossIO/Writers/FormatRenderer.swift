import GlossCore

/// The renderer for any output format, for the runner's worker threads: JSON, the terminal view, the HTML
/// report's document blocks or CoNLL-U. Made by ``OutputFormat/makeWriter(target:quarantine:options:)``.
public struct FormatRenderer: DocumentRenderer {
    enum Kind: Sendable {
        case json(JSONRenderer)
        case pretty(PrettyRenderer)
        case report(ReportDocumentRenderer)
        case conllu(CoNLLURenderer)
    }

    let kind: Kind

    /// Renders one document in the format.
    public func render(_ document: Document) throws -> RenderedDocument {
        switch kind {
        case .json(let renderer): return RenderedDocument(bytes: renderer.render(document))
        case .pretty(let renderer): return RenderedDocument(bytes: renderer.render(document))
        case .report(let renderer): return renderer.render(document)
        case .conllu(let renderer): return RenderedDocument(bytes: renderer.render(document))
        }
    }
}
