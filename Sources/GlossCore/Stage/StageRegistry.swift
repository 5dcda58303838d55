/// The stages a runner knows, by name. A value: build one from a list, extend it, pass it along.
///
/// ```swift
/// let registry = StageRegistry(StandardStages.all + [Keywords.self])
/// ```
public struct StageRegistry: Sendable {
    /// The stage types, in the order given.
    public let stages: [any Stage.Type]
    private let byName: [String: any Stage.Type]

    /// A registry of `stages`. Two stages with the same name is a programming error.
    public init(_ stages: [any Stage.Type]) {
        var byName: [String: any Stage.Type] = [:]
        for stage in stages {
            precondition(byName[stage.name] == nil, "two stages are named '\(stage.name)'")
            byName[stage.name] = stage
        }
        self.stages = stages
        self.byName = byName
    }

    /// The stage called `name`.
    public func stage(named name: String) -> (any Stage.Type)? { byName[name] }

    /// Every stage name, sorted.
    public var names: [String] { byName.keys.sorted() }

    /// This registry plus `more` stages.
    public func adding(_ more: [any Stage.Type]) -> StageRegistry { StageRegistry(stages + more) }
}
