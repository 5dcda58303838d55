import GlossCore

/// Runs one stage on test documents and holds it to what it declares.
///
/// Beyond calling `process`, every run checks that the input has the layers the stage requires, that the
/// output has every layer it produces, and that it changed nothing else — the mistakes a pipeline would
/// only show later, in another stage.
///
/// ```swift
/// let keywords = try StageHarness(Keywords.self, options: .init(count: 3))
/// let document = try keywords.run(TestDocument.tokenized("The depot strike goes on. Depot staff strike."))
/// #expect(document[KeywordList.self] == ["strike", "depot", "goes"])
/// ```
public struct StageHarness<S: Stage>: Sendable {
    /// The stage, built once.
    public let stage: S
    /// Layers the stage requires and produces with these options.
    public let requires: Set<Layer>
    public let produces: Set<Layer>

    /// Builds the stage.
    /// - Throws: ``HarnessError`` when the options fail their own `validate()` or `init` throws.
    public init(_ type: S.Type = S.self, options: S.Options = S.Options(), context: StageContext = StageContext(label: S.name)) throws(HarnessError) {
        let problems = options.validate()
        guard problems.isEmpty else {
            throw HarnessError("stage '\(S.name)': invalid options: " + problems.joined(separator: "; "))
        }
        do {
            stage = try S(options: options, context: context)
        } catch {
            throw HarnessError("stage '\(S.name)' could not start: \(error)")
        }
        requires = S.requires(with: options)
        produces = S.produces(with: options)
    }

    /// Runs the stage on `document` and returns the result.
    /// - Throws: ``HarnessError`` when the input lacks a required layer, the stage throws, or its output
    ///   breaks its declaration.
    public func run(_ document: Document) throws(HarnessError) -> Document {
        let missing = requires.subtracting(document.presentLayers).sorted()
        if !missing.isEmpty {
            throw HarnessError(
                "stage '\(S.name)' requires \(missing.map { "'\($0)'" }.joined(separator: ", ")), which the input document '\(document.id)' lacks; build the input with TestDocument.tokenized(...) for tokens and sentences, or test through a PipelineHarness")
        }
        var result = document
        do {
            try stage.process(&result)
        } catch {
            throw HarnessError("stage '\(S.name)' failed on '\(document.id)': \(error)")
        }
        var allowed = produces
        if produces.contains(.tokens) { allowed.insert(.pos) }
        let undeclared = result.changedLayers(since: document).subtracting(allowed).sorted()
        if !undeclared.isEmpty {
            throw HarnessError(
                "stage '\(S.name)' changed \(undeclared.map { "'\($0)'" }.joined(separator: ", ")) on '\(document.id)', which it does not declare in produces (\(produces.sorted().map(\.rawValue).joined(separator: ", ")))")
        }
        let absent = produces.subtracting(result.presentLayers).sorted()
        if !absent.isEmpty {
            throw HarnessError(
                "stage '\(S.name)' declares it produces \(absent.map { "'\($0)'" }.joined(separator: ", ")), but '\(document.id)' has no such layer after it ran; an extension's key name should be the layer's name")
        }
        return result
    }

    /// Runs the stage on a document with `text` and no layers.
    public func run(text: String, id: String = "test") throws(HarnessError) -> Document {
        try run(TestDocument.plain(text, id: id))
    }

    /// Tells the stage the run is over (an `exec` stage closes its children).
    public func finish() { stage.finish() }
}
