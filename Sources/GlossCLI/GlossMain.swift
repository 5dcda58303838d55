import ArgumentParser
import GlossCore
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// The `gloss` command line, reusable by custom runners: give it the stages it should know.
///
/// ```swift
/// // Sources/my-gloss/main.swift
/// import GlossCLI
/// import GlossStages
/// GlossMain.main(stages: StandardStages.all + [Keywords.self])
/// ```
public enum GlossMain {
    /// Parses the process's arguments, runs the command and exits with its status.
    public static func main(stages: [any Stage.Type]) -> Never {
        // Past a file-size limit (ulimit -f) a write then fails with EFBIG and is reported like a full disk,
        // leaving the -o destination untouched, instead of SIGXFSZ ending the process mid-write.
        signal(SIGXFSZ, SIG_IGN)
        let environment = ProcessEnvironment.variables
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = Logger.Level(rawValue: environment["GLOSS_LOG_LEVEL"] ?? "") ?? .warning
            return handler
        }
        let status = run(
            arguments: Array(CommandLine.arguments.dropFirst()), stages: stages,
            console: .standard(environment: environment), environment: environment)
        exit(status)
    }

    /// Runs one command line and returns its exit status (for tests and embedding).
    public static func run(
        arguments: [String], stages: [any Stage.Type], console: Console, environment: [String: String]
    ) -> Int32 {
        let command: any ParsableCommand
        do {
            command = try GlossCommand.parseAsRoot(arguments)
        } catch {
            let message = GlossCommand.fullMessage(for: error)
            let code = GlossCommand.exitCode(for: error).rawValue
            if code == 0 { console.out(message + "\n") } else { console.err(message + "\n") }
            return code == ExitCode.validationFailure.rawValue ? ExitStatus.usage.rawValue : code
        }
        guard let subcommand = command as? any GlossSubcommand else {
            // `gloss NAME --help` and `gloss help NAME` parse to ArgumentParser's help command, not to NAME:
            // find NAME so that its own help (options, discussion) is shown rather than the overview.
            let requested = GlossCommand.configuration.subcommands.first { type in
                type.configuration.commandName.map(arguments.contains) ?? false
            }
            console.out((requested.map { GlossCommand.helpMessage(for: $0) } ?? GlossCommand.helpMessage()) + "\n")
            return ExitStatus.success.rawValue
        }
        let context = CommandContext(
            registry: StageRegistry(stages), console: console, environment: environment,
            logger: Logger(label: "gloss"))
        return subcommand.execute(context).rawValue
    }
}

/// What every subcommand gets: the stages this runner knows and where to talk.
public struct CommandContext {
    public var registry: StageRegistry
    public var console: Console
    public var environment: [String: String]
    public var logger: Logger
}

/// A `gloss` subcommand: ArgumentParser parses it, ``GlossMain`` runs it with a context.
protocol GlossSubcommand: ParsableCommand {
    func execute(_ context: CommandContext) -> ExitStatus
}

extension GlossSubcommand {
    /// ArgumentParser's own entry point is not used: commands need the registry.
    mutating func run() throws {
        throw ValidationError("run through GlossMain")
    }
}

struct GlossCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gloss",
        abstract: "Runs text through a pipeline of stages described in a YAML file.",
        discussion: """
            Examples:
              gloss run Pipelines/news.yaml Examples/articles -o out.jsonl
              gloss run Pipelines/news.yaml Examples/articles --format html -o report.html
              gloss check Pipelines/*.yaml
              gloss inspect Pipelines/news.yaml --sample FILE.txt
              gloss stages segment
              gloss test Pipelines/news.yaml Pipelines/tests/news.tests.yaml

            Exit codes:
              0    every document processed
              1    some test failed (gloss test)
              64   bad command-line usage
              65   some documents failed (skipped, quarantined, marked, or on_error: fail)
              66   an input is missing
              74   the output could not be written
              78   the pipeline (or test) file is invalid
              130  interrupted (the output holds the documents finished before)
            """,
        subcommands: [RunCommand.self, RenderCommand.self, CheckCommand.self, InspectCommand.self, StagesCommand.self, TestCommand.self])
}

/// The process's environment variables (for `${VAR}` in pipeline files), read from `environ` without Foundation.
public enum ProcessEnvironment {
    /// Every variable, by name.
    public static var variables: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}
