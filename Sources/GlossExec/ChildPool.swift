import GlossCore
import Logging
import Synchronization

/// The children of one `exec` step. The stage value is shared by every worker, so the pool hands out one
/// child per `process` call: as many workers, as many children. It counts failures, so that a program that
/// keeps failing is given up on instead of being restarted for every document.
final class ChildPool: Sendable {
    private struct State {
        var idle: [ChildProcess] = []
        var failures = 0
        var lastFailure = ""
    }

    let command: ChildCommand
    /// Seconds a child has for one document, and the extra a new child has for its first.
    let timeout: Double
    let startTimeout: Double
    let maxRestarts: Int
    let forwardStderr: Bool
    let logger: Logger
    let label: String
    private let state = Mutex(State())

    init(
        command: ChildCommand, timeout: Double, startTimeout: Double, maxRestarts: Int, forwardStderr: Bool,
        logger: Logger, label: String
    ) {
        self.command = command
        self.timeout = timeout
        self.startTimeout = startTimeout
        self.maxRestarts = maxRestarts
        self.forwardStderr = forwardStderr
        self.logger = logger
        self.label = label
    }

    deinit {
        closeAll(grace: 1_000_000_000)
    }

    /// A child for one document: an idle one that is still healthy, else a new one.
    /// - Throws: ``StageError`` when the step has given up (too many failures) or the program cannot start.
    func checkOut() throws(StageError) -> ChildProcess {
        while true {
            let idle = try state.withLock { (state) throws(StageError) -> ChildProcess? in
                if state.failures > maxRestarts { throw givingUp(state) }
                return state.idle.popLast()
            }
            guard var child = idle else { return try start() }
            guard let fault = child.idleFault(emit: forwarder(child.pid)) else { return child }
            let exit = child.stop(emit: forwarder(child.pid))
            let what = describe(fault, of: child, exit: exit, document: nil)
            logger.warning("\(label): \(what); \(recordFailure(what))")
        }
    }

    /// When `child` must have answered a document sent now (``MonotonicClock`` nanoseconds).
    func deadline(for child: ChildProcess) -> UInt64 {
        MonotonicClock.nanoseconds() + UInt64(allowance(for: child) * 1e9)
    }

    private func allowance(for child: ChildProcess) -> Double {
        child.answered == 0 ? timeout + startTimeout : timeout
    }

    /// Gives back a child that is in step and can take the next document.
    func checkIn(_ child: ChildProcess) {
        state.withLock { $0.idle.append(child) }
    }

    /// Stops a child that failed on `documentID`, counts the failure and says what happened, for the
    /// document's error message.
    func discard(_ child: inout ChildProcess, fault: ChildFault, documentID: String) -> String {
        let exit = child.stop(emit: forwarder(child.pid))
        let what = describe(fault, of: child, exit: exit, document: documentID)
        return "\(what); \(recordFailure(what))"
    }

    /// Closes every idle child: each gets end-of-file on its stdin and `grace` nanoseconds to exit.
    func closeAll(grace: UInt64) {
        let children = state.withLock { state -> [ChildProcess] in
            defer { state.idle = [] }
            return state.idle
        }
        for var child in children {
            let exit = child.close(grace: grace, emit: forwarder(child.pid))
            if !exit.isSuccess {
                let tail = child.stderrLog.lastLines
                logger.warning("\(label): the child '\(command.display)' (pid \(child.pid)) \(exit) when its input ended\(exit.killedAfterGrace ? " (it did not exit within \(grace / 1_000_000_000) s of end-of-file on its stdin, so it was killed)" : "")\(tail.isEmpty ? "" : "; its stderr ends: \(tail)")")
            }
        }
    }

    private func start() throws(StageError) -> ChildProcess {
        switch ChildProcess.start(command, forwardStderr: forwardStderr) {
        case .success(let child):
            return child
        case .failure(let failure):
            let what = "could not start '\(command.display)' (\(command.executable)): \(failure.description)"
            throw StageError("\(what); \(recordFailure(what))")
        }
    }

    /// Counts a failure; returns what happens next, for the message.
    private func recordFailure(_ what: String) -> String {
        let failures = state.withLock { state -> Int in
            state.failures += 1
            state.lastFailure = what
            return state.failures
        }
        if failures <= maxRestarts {
            return "a new child takes over (restart \(failures) of at most \(maxRestarts), max_restarts)"
        }
        return "that is more failures than max_restarts (\(maxRestarts)) allows, so this step stops running the program and every further document fails here"
    }

    private func givingUp(_ state: borrowing State) -> StageError {
        StageError(
            "the program '\(command.display)' failed \(state.failures) times, more than max_restarts (\(maxRestarts)), so this step no longer runs it; the last failure: \(state.lastFailure)",
            hint: "fix the program (try it by hand: echo '{\"id\": \"a\", \"text\": \"Hello.\"}' | \(command.display)) or raise max_restarts")
    }

    /// Where a child's stderr lines go: the logger, prefixed with the step and the pid, or nowhere.
    func forwarder(_ pid: Int32) -> (String) -> Void {
        guard forwardStderr else { return { _ in } }
        let logger = logger
        let prefix = "[\(label) pid \(pid)] "
        return { line in logger.warning("\(prefix)\(line)") }
    }

    private func describe(_ fault: ChildFault, of child: ChildProcess, exit: ChildExit, document: String?) -> String {
        let who = "the child '\(command.display)' (pid \(child.pid))"
        let progress = child.lastAnsweredID.map { "; it had answered \(child.answered) document(s), the last '\($0)'" } ?? "; it had answered no document yet"
        let tail = child.stderrLog.lastLines
        let stderr = tail.isEmpty ? "" : "; its stderr ends: \(tail)"
        let working = document.map { "while working on '\($0)'" } ?? "between documents"
        switch fault {
        case .exited:
            return "\(who) \(exit) \(working)\(progress)\(stderr)"
        case .timedOut:
            let seconds = allowance(for: child)
            let limit = child.answered == 0 ? "\(format(seconds)) s (timeout + start_timeout for a new child)" : "\(format(seconds)) s (timeout)"
            return "\(who) did not answer '\(document ?? "?")' within \(limit), so it was stopped; is it stuck, or does it not flush? It must write one line per document and flush stdout after each (Python: print(..., flush=True))\(progress)\(stderr)"
        case .answeredEarly(let line):
            return "\(who) wrote \(AnswerReader.preview(line)) before it had read the whole of '\(document ?? "?")'; it must read one line, then answer\(stderr)"
        case .unexpectedOutput(let bytes):
            return "\(who) wrote to stdout \(working), after its answer: \(AnswerReader.preview(bytes)); stdout must carry exactly one line per document, so write logs and debug output to stderr\(progress)"
        case .outOfStep(let problem):
            return "\(who) \(problem)\(stderr)"
        case .io(let message):
            return "\(who): \(message) \(working)\(progress)\(stderr)"
        }
    }

    private func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
