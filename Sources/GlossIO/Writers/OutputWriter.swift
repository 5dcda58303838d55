import GlossCore

/// What a run needs to write documents in one format: the renderer for the worker threads and the sink
/// for the writing thread. Pass both to ``Runner/run(source:renderer:sink:control:onEvent:)``, then call
/// ``FormatSink/finish()`` (or ``FormatSink/abandon()``).
public struct OutputWriter {
    /// Renders each document (on the workers).
    public var renderer: FormatRenderer
    /// Writes rendered documents in input order (on the calling thread).
    public var sink: FormatSink
}

/// Choices that shape the output beyond its format.
public struct OutputWriterOptions: Sendable {
    /// JSON formats: write each document's text (the pipeline's `output.include_text`). The other formats
    /// always need the text.
    public var includeText = true
    /// `pretty`: use ANSI colours. Set it only when stdout is a terminal and NO_COLOR is unset.
    public var color = false
    /// `html`: the report's title (the pipeline's name).
    public var title = "Gloss"
    /// `html`: the pipeline's step labels, shown under the title.
    public var stages: [String] = []

    /// Options with the defaults above unless given.
    public init(includeText: Bool = true, color: Bool = false, title: String = "Gloss", stages: [String] = []) {
        self.includeText = includeText
        self.color = color
        self.title = title
        self.stages = stages
    }
}

extension OutputFormat {
    /// The renderer and sink that write this format to `target`.
    ///
    /// ```swift
    /// var writer = OutputFormat.html.makeWriter(target: try .file("report.html"), options: .init(title: "news"))
    /// let report = try runner.run(source: makeSource, renderer: writer.renderer, sink: &writer.sink)
    /// try writer.sink.finish()
    /// ```
    /// - Parameter quarantine: where failed documents go under `on_error: quarantine`.
    public func makeWriter(
        target: OutputTarget, quarantine: QuarantineWriter? = nil, options: OutputWriterOptions = .init()
    ) -> OutputWriter {
        switch self {
        case .jsonl, .json:
            return OutputWriter(
                renderer: FormatRenderer(kind: .json(JSONRenderer(options: .init(includeText: options.includeText)))),
                sink: FormatSink(stream: StreamSink(target: target, framing: self == .json ? .array : .lines, quarantine: quarantine)))
        case .pretty:
            return OutputWriter(
                renderer: FormatRenderer(kind: .pretty(PrettyRenderer(color: options.color))),
                sink: FormatSink(stream: StreamSink(target: target, framing: .blankLineBetween, quarantine: quarantine)))
        case .conllu:
            return OutputWriter(
                renderer: FormatRenderer(kind: .conllu(CoNLLURenderer())),
                sink: FormatSink(stream: StreamSink(target: target, framing: .concatenated, quarantine: quarantine)))
        case .html:
            let page = ReportPage(title: options.title, stages: options.stages)
            return OutputWriter(
                renderer: FormatRenderer(kind: .report(ReportDocumentRenderer())),
                sink: FormatSink(report: ReportSink(target: target, page: page, quarantine: quarantine)))
        }
    }
}
