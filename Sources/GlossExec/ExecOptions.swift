import GlossCore

extension ExecStage {
    /// Options of the `exec` stage.
    ///
    /// ```yaml
    /// - exec:
    ///     command: [python3, word_count.py]
    ///     produces: [word_count]
    ///     timeout: 10
    /// ```
    public struct Options: StageOptions, Equatable {
        /// The program and its arguments, as a list: no shell reads it, so nothing needs quoting.
        public var command: [String] = []
        /// Environment variables for the child, on top of the run's (see ``inheritEnv``).
        public var env: [String: String] = [:]
        /// Whether the child starts with the environment gloss was given.
        public var inheritEnv = true
        /// The child's working directory, relative to the pipeline file's folder.
        public var directory = "."
        /// Seconds the child has to answer one document.
        public var timeout = 30.0
        /// Extra seconds a newly started child has for its first document (imports, loading a model).
        public var startTimeout = 30.0
        /// How many times a child that failed is replaced before the stage gives up.
        public var maxRestarts = 10
        /// Layers the child needs, checked by the pipeline like any stage's.
        public var requires: [String] = []
        /// Layers the child adds or changes; every other layer must come back as it was sent.
        public var produces: [String] = []
        /// What happens to the child's stderr.
        public var stderr = StderrMode.log

        /// Where a child's stderr goes.
        public enum StderrMode: String, ConfigEnum {
            /// Each line is logged (on gloss's stderr, prefixed with the step and the child's pid), and the
            /// last lines are kept for error messages.
            case log
            /// Only the last lines are kept, for error messages.
            case tail
        }

        enum CodingKeys: String, CodingKey {
            case command, env, inheritEnv = "inherit_env", directory, timeout, startTimeout = "start_timeout"
            case maxRestarts = "max_restarts", requires, produces, stderr
        }

        public init() {}

        public static let documentation: [String: String] = [
            "command": "The program and its arguments as a list, e.g. [python3, stage.py]; run without a shell. A name without '/' is looked up on PATH; a relative path starts at 'directory'.",
            "env": "Environment variables for the child (a mapping), added to the run's environment.",
            "inherit_env": "Start the child with the environment gloss was given (false: only 'env').",
            "directory": "The child's working directory, relative to the pipeline file.",
            "timeout": "Seconds the child has to answer one document; a child that takes longer is stopped and restarted, and the document fails.",
            "start_timeout": "Extra seconds for the first document of each newly started child.",
            "max_restarts": "How many failed children are replaced during a run; after that every document fails at this step.",
            "requires": "Layers the child needs (sentences, tokens, pos, entities, quotes, summary, or an ext key).",
            "produces": "Layers the child adds or changes (an ext key such as word_count, meta, or a standard layer); anything else must come back unchanged.",
            "stderr": "log: each line of the child's stderr is logged and the last ones kept for errors; tail: only kept for errors.",
        ]

        public func validate() -> [String] {
            var problems: [String] = []
            if command.isEmpty || command[0].isEmpty {
                problems.append("'command' is required: the program and its arguments as a list, e.g. command: [python3, stage.py]")
            }
            if !(timeout > 0) { problems.append("'timeout' must be a positive number of seconds") }
            if !(startTimeout >= 0) { problems.append("'start_timeout' must be zero or a positive number of seconds") }
            if maxRestarts < 0 { problems.append("'max_restarts' must be zero or more") }
            for (key, names) in [("requires", requires), ("produces", produces)] {
                for name in names where name.isEmpty || name.contains(where: { $0 == " " || $0 == "\t" || $0 == "." }) {
                    problems.append("'\(key)' has '\(name)', which is not a layer name (write an ext key as its bare name: word_count, not ext.word_count)")
                }
            }
            for name in env.keys where name.isEmpty || name.contains("=") {
                problems.append("'env' has '\(name)', which is not a variable name")
            }
            return problems
        }
    }
}
