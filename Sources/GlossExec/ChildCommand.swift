import GlossCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything needed to start one child: resolved once when the stage is built, so that a wrong name or
/// folder is an error before any document is read.
struct ChildCommand: Sendable {
    /// Absolute path of the program.
    var executable: String
    /// `argv`, starting with the program as the user wrote it.
    var arguments: [String]
    /// `KEY=value` entries.
    var environment: [String]
    /// Absolute or pipeline-relative working directory.
    var directory: String
    /// The command for messages: `python3 word_count.py`.
    var display: String

    /// Resolves `options` against `context`.
    /// - Throws: ``StageError`` when the folder or the program cannot be found.
    init(options: ExecStage.Options, context: StageContext) throws(StageError) {
        directory = context.resolvePath(options.directory)
        guard Self.isDirectory(directory) else {
            throw StageError(
                "the working directory '\(directory)' does not exist",
                hint: "'directory' is relative to the pipeline file's folder")
        }
        var variables: [String: String] = options.inheritEnv ? context.environment : [:]
        for (name, value) in options.env { variables[name] = value }
        environment = variables.keys.sorted().map { "\($0)=\(variables[$0] ?? "")" }
        arguments = options.command
        display = options.command.map(Self.quotedIfNeeded).joined(separator: " ")
        let program = options.command.first ?? ""
        if program.contains("/") {
            let path = program.hasPrefix("/") ? program : Self.join(directory, program)
            guard Self.isExecutableFile(path) else {
                throw StageError(
                    "'\(program)' (\(path)) is not an executable file",
                    hint: "check the path (relative paths start at 'directory') and its permissions (chmod +x), or name an interpreter first: [python3, \(program)]")
            }
            executable = path
        } else {
            let searchPath = variables["PATH"] ?? Self.processVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin"
            var found: String?
            for folder in searchPath.split(separator: ":", omittingEmptySubsequences: false) {
                let base = folder.isEmpty ? "." : String(folder)
                let candidate = Self.join(base.hasPrefix("/") ? base : Self.join(directory, base), program)
                if Self.isExecutableFile(candidate) {
                    found = candidate
                    break
                }
            }
            guard let found else {
                throw StageError(
                    "cannot find the program '\(program)' on PATH (\(searchPath))",
                    hint: "check its name, install it, or give its full path")
            }
            executable = found
        }
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Shell-style quoting, for display only: nothing is ever handed to a shell.
    private static func quotedIfNeeded(_ argument: String) -> String {
        guard argument.isEmpty || argument.contains(where: { $0 == " " || $0 == "'" || $0 == "\"" }) else { return argument }
        var quoted = "'"
        for character in argument {
            if character == "'" { quoted += "'\\''" } else { quoted.append(character) }
        }
        return quoted + "'"
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
    }

    private static func processVariable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
