/// The exit codes of `gloss` (architecture §4; BSD sysexits where one fits).
public enum ExitStatus: Int32, Sendable {
    /// Every document processed (every test passed, for `gloss test`).
    case success = 0
    /// `gloss test`: some test failed (as test runners do; 65 keeps meaning "documents failed").
    case testsFailed = 1
    /// Bad command-line usage.
    case usage = 64
    /// Some documents failed (skipped, quarantined, marked), or the run stopped at one (`on_error: fail`).
    case documentsFailed = 65
    /// An input does not exist.
    case inputMissing = 66
    /// The output could not be written (disk full, closed pipe, no permission).
    case outputFailed = 74
    /// The pipeline file is invalid.
    case invalidPipeline = 78
    /// Interrupted (SIGINT); the output holds the documents finished before it.
    case interrupted = 130
}
