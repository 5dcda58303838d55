import GlossCore
import GlossIO
import GlossYAML

/// Reads a pipeline file and checks it: YAML, the definition, the output settings, the plan. Every problem
/// found is returned; the plan is there only when there was none.
public struct LoadedPipeline {
    public var path: String
    public var definition: PipelineDefinition?
    public var output = OutputSettings()
    public var plan: PipelinePlan?
    public var diagnostics: [Diagnostic] = []

    /// Loads and checks `path` against `registry`, with `${VAR}` taken from `environment`.
    public init(path: String, registry: StageRegistry, environment: [String: String]) {
        self.path = path
        let root: ConfigNode
        do {
            root = try YAMLLoader.loadFile(path)
        } catch {
            diagnostics = error.diagnostics
            return
        }
        let (definition, readProblems) = PipelineDefinition.read(root, file: path, environment: environment)
        self.definition = definition
        diagnostics += readProblems
        let (output, outputProblems) = OutputFormat.readSettings(definition.output)
        self.output = output
        diagnostics += outputProblems
        do {
            let plan = try PipelinePlan(definition, registry: registry)
            if diagnostics.isEmpty { self.plan = plan }
        } catch {
            diagnostics += error.diagnostics
        }
        diagnostics = DiagnosticError(diagnostics).diagnostics
    }

    /// The folder of the pipeline file, against which relative paths in options resolve.
    public var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
