import Logging

/// What a stage gets to know about its surroundings when it is built.
public struct StageContext: Sendable {
    /// Where the stage should log (never print).
    public var logger: Logger
    /// The label of this step in the pipeline (its name unless the file gives a `label:`).
    public var label: String
    /// The folder of the pipeline file, for resolving relative paths in options (a model file, a lexicon).
    public var baseDirectory: String
    /// How many documents the runner processes at once; a stage that keeps a resource per worker (a child
    /// process, say) can size its pool with this.
    public var workers: Int
    /// Environment variables visible to the run.
    public var environment: [String: String]

    public init(
        logger: Logger = Logger(label: "gloss"), label: String = "", baseDirectory: String = ".",
        workers: Int = 1, environment: [String: String] = [:]
    ) {
        self.logger = logger
        self.label = label
        self.baseDirectory = baseDirectory
        self.workers = workers
        self.environment = environment
    }

    /// `path` resolved against ``baseDirectory`` unless it is absolute.
    public func resolvePath(_ path: String) -> String {
        if path.hasPrefix("/") || baseDirectory.isEmpty || baseDirectory == "." { return path }
        return baseDirectory.hasSuffix("/") ? baseDirectory + path : baseDirectory + "/" + path
    }
}
