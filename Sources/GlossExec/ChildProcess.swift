import CGlossSpawn
import GlossCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One running child program and our ends of its three pipes.
///
/// A value that moves between the pool and the one worker that checked it out; only that worker touches
/// it, so it needs no lock. It is closed (``close(grace:emit:)``) or stopped (``stop(emit:)``) exactly once, by the
/// pool or by the worker that saw it fail.
struct ChildProcess: Sendable {
    let pid: pid_t
    private let input: Int32
    private let output: Int32
    private let errors: Int32
    /// Bytes read from stdout that are not part of an answer yet.
    private var pending: [UInt8] = []
    /// Where the newline search resumes in ``pending``.
    private var scanned = 0
    private var errorsOpen = true
    private(set) var stderrLog: StderrLog
    /// Documents answered so far.
    var answered = 0
    /// The id of the last document answered, for messages.
    var lastAnsweredID: String?

    /// Starts the program; fails with the errno from `posix_spawn` (ENOENT, EACCES, ENOEXEC, ...).
    static func start(_ command: ChildCommand, forwardStderr: Bool) -> Result<ChildProcess, SpawnFailure> {
        var pid: pid_t = 0
        var input: Int32 = -1
        var output: Int32 = -1
        var errors: Int32 = -1
        let status = withCStrings(command.arguments) { argv in
            withCStrings(command.environment) { envp in
                gloss_spawn(command.executable, argv, envp, command.directory, &pid, &input, &output, &errors)
            }
        }
        guard status == 0 else { return .failure(SpawnFailure(code: status)) }
        return .success(ChildProcess(
            pid: pid, input: input, output: output, errors: errors, stderrLog: StderrLog(forwardsLines: forwardStderr)))
    }

    private init(pid: pid_t, input: Int32, output: Int32, errors: Int32, stderrLog: StderrLog) {
        self.pid = pid
        self.input = input
        self.output = output
        self.errors = errors
        self.stderrLog = stderrLog
    }

    /// Sends one request line and waits for one answer line, reading stderr meanwhile so that a child
    /// writing a lot to it never blocks.
    ///
    /// - Parameters:
    ///   - request: the document as one line, newline included.
    ///   - deadline: ``MonotonicClock`` nanoseconds after which the child counts as hung.
    ///   - emit: receives each stderr line when forwarding is on.
    /// - Returns: the answer line without its newline, or what went wrong. After a failure the child is
    ///   out of step and must be stopped.
    mutating func exchange(_ request: [UInt8], deadline: UInt64, emit: (String) -> Void) -> Result<[UInt8], ChildFault> {
        // A small document fits in the pipe at once: write before the first poll, saving a system call
        // per document.
        var written = max(0, request.withUnsafeBytes { bytes in write(input, bytes.baseAddress, request.count) })
        while true {
            if let line = takeLine() {
                return written == request.count ? .success(line) : .failure(.answeredEarly(line))
            }
            let now = MonotonicClock.nanoseconds()
            guard now < deadline else { return .failure(.timedOut) }
            let wait = Int32(clamping: (deadline - now + 999_999) / 1_000_000)
            var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
            if errorsOpen { fds.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
            let writing = written < request.count
            if writing { fds.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), wait)
            if ready < 0 {
                if errno == EINTR { continue }
                return .failure(.io("poll failed: \(describeErrno(errno))"))
            }
            if ready == 0 { continue }
            if errorsOpen, fds[1].revents != 0 { drainErrors(emit: emit) }
            if writing, let last = fds.last, last.revents != 0 {
                let result = request.withUnsafeBytes { bytes in
                    write(input, bytes.baseAddress.map { $0 + written }, request.count - written)
                }
                if result > 0 {
                    written += result
                } else if result < 0, errno != EAGAIN, errno != EWOULDBLOCK, errno != EINTR {
                    // EPIPE: the child is gone or closed its stdin. What it printed before is still worth
                    // reading, so wait for its stdout to end.
                    if errno != EPIPE { return .failure(.io("writing to the child failed: \(describeErrno(errno))")) }
                    return waitForEnd(deadline: deadline, emit: emit)
                }
            }
            if fds[0].revents != 0 {
                switch readOutput() {
                case .data: break
                case .endOfFile: return .failure(.exited)
                case .failed(let message): return .failure(.io(message))
                }
            }
        }
    }

    /// Checks an idle child before it gets a document: it must be alive and silent.
    /// Returns nil when it is fine.
    mutating func idleFault(emit: (String) -> Void) -> ChildFault? {
        drainErrors(emit: emit)
        if !pending.isEmpty { return .unexpectedOutput(pending) }
        var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
        guard poll(&fds, 1, 0) > 0 else { return nil }
        switch readOutput() {
        case .data: return .unexpectedOutput(pending)
        case .endOfFile: return .exited
        case .failed(let message): return .io(message)
        }
    }

    /// After a write found the pipe closed: read what is left of stdout until it ends.
    private mutating func waitForEnd(deadline: UInt64, emit: (String) -> Void) -> Result<[UInt8], ChildFault> {
        while true {
            let now = MonotonicClock.nanoseconds()
            guard now < deadline else { return .failure(.timedOut) }
            var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 1, Int32(clamping: (deadline - now) / 1_000_000 + 1))
            if ready < 0, errno != EINTR { return .failure(.io("poll failed: \(describeErrno(errno))")) }
            guard ready > 0 else { continue }
            drainErrors(emit: emit)
            switch readOutput() {
            case .data: continue
            case .endOfFile: return .failure(.exited)
            case .failed(let message): return .failure(.io(message))
            }
        }
    }

    private enum ReadResult { case data, endOfFile, failed(String) }

    private mutating func readOutput() -> ReadResult {
        let count = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 16) { buffer -> Int in
            let count = read(output, buffer.baseAddress, buffer.count)
            if count > 0 { pending.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count])) }
            return count
        }
        if count > 0 { return .data }
        if count == 0 { return .endOfFile }
        if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return .data }
        return .failed("reading from the child failed: \(describeErrno(errno))")
    }

    /// Reads whatever stderr holds now, without waiting.
    private mutating func drainErrors(emit: (String) -> Void) {
        guard errorsOpen else { return }
        while true {
            let count = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 14) { buffer -> Int in
                let count = read(errors, buffer.baseAddress, buffer.count)
                if count > 0 { stderrLog.append(UnsafeBufferPointer(rebasing: buffer[..<count]), emit: emit) }
                return count
            }
            if count > 0 { continue }
            if count == 0 {
                errorsOpen = false
                stderrLog.flush(emit: emit)
            } else if errno == EINTR {
                continue
            }
            return
        }
    }

    /// The first complete line of ``pending``, removed from it.
    private mutating func takeLine() -> [UInt8]? {
        guard scanned < pending.count else { return nil }
        guard let newline = pending[scanned...].firstIndex(of: 0x0A) else {
            scanned = pending.count
            return nil
        }
        var line = Array(pending[..<newline])
        if line.last == 0x0D { line.removeLast() }
        pending.removeSubrange(...newline)
        scanned = 0
        return line
    }

    /// Ends a child that is out of step or hung: kills its process group (a wrapper script's own children
    /// too) and collects its status.
    mutating func stop(emit: (String) -> Void) -> ChildExit {
        if killpg(pid, SIGKILL) != 0 { kill(pid, SIGKILL) }
        return end(grace: 0, emit: emit)
    }

    /// Ends a healthy child: closes its stdin, which tells it to finish, waits up to `grace` nanoseconds
    /// for it to exit, then kills it. Returns how it ended.
    mutating func close(grace: UInt64, emit: (String) -> Void) -> ChildExit {
        end(grace: grace, emit: emit)
    }

    private mutating func end(grace: UInt64, emit: (String) -> Void) -> ChildExit {
        closeDescriptor(input)
        let started = MonotonicClock.nanoseconds()
        var status: Int32 = 0
        var signalled = false
        var pause: UInt32 = 100
        while true {
            drainErrors(emit: emit)
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0, errno != EINTR {
                status = -1
                break
            }
            if !signalled, MonotonicClock.nanoseconds() - started >= grace {
                if killpg(pid, SIGKILL) != 0 { kill(pid, SIGKILL) }
                signalled = true
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        drainErrors(emit: emit)
        stderrLog.flush(emit: emit)
        closeDescriptor(output)
        closeDescriptor(errors)
        return ChildExit(raw: status, killedAfterGrace: signalled && grace > 0)
    }
}

/// How a child ended.
struct ChildExit: Sendable, CustomStringConvertible {
    /// `waitpid`'s status, or -1 when it could not be collected.
    let raw: Int32
    /// Whether it had to be killed because it did not exit after its stdin was closed.
    let killedAfterGrace: Bool

    var isSuccess: Bool { raw == 0 }

    var description: String {
        if raw < 0 { return "ended (its status could not be collected)" }
        let signal = raw & 0x7F
        if signal == 0 { return "exited with status \((raw >> 8) & 0xFF)" }
        return "was killed by signal \(signal)\(Self.signalNames[signal].map { " (\($0))" } ?? "")"
    }

    private static let signalNames: [Int32: String] = [
        SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGILL: "SIGILL", SIGABRT: "SIGABRT",
        SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGPIPE: "SIGPIPE",
        SIGTERM: "SIGTERM",
    ]
}

/// What a child did wrong while handling a document.
enum ChildFault: Error, Sendable {
    /// Its stdout ended: it exited or closed it.
    case exited
    /// No answer before the deadline.
    case timedOut
    /// It wrote a line before it had read the whole document.
    case answeredEarly([UInt8])
    /// Between documents, it wrote to stdout.
    case unexpectedOutput([UInt8])
    /// Its answer was garbage or for another document (the message says which).
    case outOfStep(String)
    /// A system call failed.
    case io(String)
}

/// `posix_spawn` failed.
struct SpawnFailure: Error, Sendable {
    let code: Int32
    var description: String { describeErrno(code) }
}

/// `strerror` for messages.
func describeErrno(_ code: Int32) -> String {
    String(cString: strerror(code))
}

/// Calls `body` with a NULL-terminated array of C strings that lives as long as the call.
private func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>?) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    return pointers.withUnsafeBufferPointer { buffer in body(buffer.baseAddress) }
}

/// `close(2)`, under a name that the struct's own `close` does not hide.
private func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}
