import GlossCore
import GlossYAML

/// Builds a pipeline from YAML, exactly as `gloss run` would, and runs test texts through it.
///
/// ```swift
/// let pipeline = try PipelineHarness(yaml: """
///     version: 1
///     stages: [segment, keywords: {count: 3}]
///     """, stages: StandardStages.all + [Keywords.self])
/// let document = try pipeline.check(text: "The depot strike goes on.", expect: """
///     sentences: 1
///     ext.keywords contain: strike
///     """)
/// ```
/// The stages are finished (children of `exec` stages closed) when the harness goes away.
public final class PipelineHarness: Sendable {
    /// The checked plan.
    public let plan: PipelinePlan
    /// The built pipeline.
    public let pipeline: Pipeline

    /// Builds a pipeline from YAML text.
    /// - Parameters:
    ///   - file: the name diagnostics give the text.
    ///   - baseDirectory: where relative paths in options (an `exec` command, a lexicon) start.
    /// - Throws: ``HarnessError`` with every diagnostic, `file:line:column: error: ...`.
    public init(
        yaml: String, stages: [any Stage.Type], file: String = "pipeline.yaml", baseDirectory: String = ".",
        environment: [String: String] = [:]
    ) throws(HarnessError) {
        let root: ConfigNode
        do {
            root = try YAMLLoader.load(yaml, file: file)
        } catch {
            throw HarnessError(error.description)
        }
        (plan, pipeline) = try Self.build(root, file: file, stages: stages, baseDirectory: baseDirectory, environment: environment)
    }

    /// Builds a pipeline from a file; relative paths in its options start at the file's folder.
    public init(file path: String, stages: [any Stage.Type], environment: [String: String] = [:]) throws(HarnessError) {
        let root: ConfigNode
        do {
            root = try YAMLLoader.loadFile(path)
        } catch {
            throw HarnessError(error.description)
        }
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        (plan, pipeline) = try Self.build(root, file: path, stages: stages, baseDirectory: folder.isEmpty ? "/" : folder, environment: environment)
    }

    deinit {
        pipeline.finish()
    }

    private static func build(
        _ root: ConfigNode, file: String, stages: [any Stage.Type], baseDirectory: String, environment: [String: String]
    ) throws(HarnessError) -> (PipelinePlan, Pipeline) {
        let (definition, problems) = PipelineDefinition.read(root, file: file, environment: environment)
        do {
            let plan = try PipelinePlan(definition, registry: StageRegistry(stages))
            if !problems.isEmpty { throw DiagnosticError(problems) }
            let pipeline = try plan.instantiate(context: StageContext(label: "", baseDirectory: baseDirectory, workers: 1, environment: environment))
            return (plan, pipeline)
        } catch let error as DiagnosticError {
            throw HarnessError(DiagnosticError(problems + error.diagnostics).description)
        } catch {
            throw HarnessError("\(error)")
        }
    }

    /// Runs a document through every step.
    /// - Throws: ``HarnessError`` naming the step that failed.
    public func run(_ document: Document) throws(HarnessError) -> Document {
        var result = document
        do {
            try pipeline.process(&result)
        } catch {
            throw HarnessError(error.description)
        }
        return result
    }

    /// Runs a text through every step.
    public func run(text: String, id: String = "test", meta: [String: JSONValue] = [:]) throws(HarnessError) -> Document {
        try run(Document(id: id, text: text, meta: meta))
    }

    /// Checks expectations, written as in a `gloss test` file's `expect:` mapping, on a document.
    /// - Throws: ``HarnessError`` listing every expectation that does not hold, expected against actual,
    ///   or what is wrong with the expectations themselves.
    public func check(_ document: Document, expect yaml: String) throws(HarnessError) {
        let expectations = try Self.expectations(yaml, available: plan.availableLayers)
        let view = DocumentView(document)
        let failed = expectations.map { $0.evaluate(on: view, producer: plan.lastProducer(of:)) }.filter { !$0.passed }
        guard failed.isEmpty else {
            let header = "\(failed.count) of \(expectations.count) expectation(s) on '\(document.id)' did not hold:"
            throw HarnessError(([header] + failed.map(\.description)).joined(separator: "\n"), failedExpectations: failed)
        }
    }

    /// Runs `text` through the pipeline and checks expectations on the result, which it returns.
    @discardableResult
    public func check(text: String, id: String = "test", expect yaml: String) throws(HarnessError) -> Document {
        let document = try run(text: text, id: id)
        try check(document, expect: yaml)
        return document
    }

    /// Reads an `expect:` mapping given as YAML text.
    static func expectations(_ yaml: String, available: Set<Layer>?) throws(HarnessError) -> [Expectation] {
        let root: ConfigNode
        do {
            root = try YAMLLoader.load(yaml, file: "expectations")
        } catch {
            throw HarnessError(error.description)
        }
        var diagnostics: [Diagnostic] = []
        let expectations = TestFile.readExpectations(root, available: available, diagnostics: &diagnostics)
        if !diagnostics.isEmpty { throw HarnessError(DiagnosticError(diagnostics).description) }
        return expectations
    }
}

extension PipelinePlan {
    /// The label of the last step that produces `layer`, or nil when none does.
    public func lastProducer(of layer: Layer) -> String? {
        steps.last { $0.produces.contains(layer) }?.label
    }

    /// Every layer a document has after the last step: text, meta and what the steps produce.
    public var availableLayers: Set<Layer> {
        steps.reduce(into: Layer.initial) { $0.formUnion($1.produces) }
    }
}
