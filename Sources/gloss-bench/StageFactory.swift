import GlossCore

/// Builds one step of a checked pipeline on its own, so that it can be timed alone: the runner's
/// ``Pipeline`` only runs all steps in a row.
enum StageFactory {
    /// The stage of `step`, built with the step's resolved options.
    static func make(_ step: PipelinePlan.Step, registry: StageRegistry, context: StageContext) throws -> any Stage {
        guard let type = registry.stage(named: step.stageName) else {
            throw BenchError("no stage named '\(step.stageName)' in this runner")
        }
        var context = context
        context.label = step.label
        return try make(type, options: step.options, context: context)
    }

    private static func make<S: Stage>(_ type: S.Type, options: JSONValue, context: StageContext) throws -> any Stage {
        try S(options: JSONValueDecoder().decode(S.Options.self, from: options), context: context)
    }
}
