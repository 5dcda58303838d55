import GlossCore
import GlossIO

#if canImport(Glibc)
import Glibc
#endif

/// The CLI's view of its terminal: where messages go and whether colour and live progress are wanted.
/// Only GlossCLI writes to stdout and stderr.
public struct Console {
    /// Writes to stdout (for `check`, `inspect`, `stages`; `run` writes documents through an OutputTarget).
    public var out: (String) -> Void
    /// Writes to stderr.
    public var err: (String) -> Void
    /// Whether stderr is an interactive terminal (live progress line).
    public var stderrIsTerminal: Bool
    /// Whether stdout is a terminal with colour allowed (NO_COLOR unset).
    public var colorOut: Bool

    /// A console writing through the given closures (tests capture output this way).
    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void, stderrIsTerminal: Bool, colorOut: Bool) {
        self.out = out
        self.err = err
        self.stderrIsTerminal = stderrIsTerminal
        self.colorOut = colorOut
    }

    /// The process's real stdout and stderr.
    public static func standard(environment: [String: String]) -> Console {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return Console(
            out: { text in try? POSIXFile.standardOutput.write(Array(text.utf8)) },
            err: { text in try? POSIXFile.standardError.write(Array(text.utf8)) },
            stderrIsTerminal: isatty(2) == 1 && environment["CI"] == nil,
            colorOut: isatty(1) == 1 && !noColor)
    }

    /// Prints diagnostics to stderr, one per line, compiler style.
    public func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { err(diagnostic.description + "\n") }
    }

    /// Prints `gloss: error: message` to stderr.
    public func error(_ message: String) { err("gloss: error: \(message)\n") }

    /// Prints `gloss: warning: message` to stderr.
    public func warning(_ message: String) { err("gloss: warning: \(message)\n") }
}
