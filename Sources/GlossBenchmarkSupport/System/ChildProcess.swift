#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion and reports what it cost: wall time, CPU time and peak resident memory
/// (from `wait4`'s rusage, which covers that child alone — a fresh process per measurement gives a clean
/// peak), plus how busy the rest of the machine was meanwhile.
public struct ChildProcess {
    /// What a finished child cost.
    public struct Outcome: Sendable {
        /// Exit status (128 + signal number when killed by a signal).
        public var status: Int32
        /// Wall-clock seconds from spawn to exit.
        public var seconds: Double
        /// User + system CPU seconds of the child.
        public var cpuSeconds: Double
        /// Peak resident memory of the child, bytes.
        public var peakRSS: Int
        /// Cores other processes kept busy on average while it ran.
        public var otherCores: Double
    }

    /// The program and its arguments (`arguments[0]` is the program's path).
    public var arguments: [String]
    /// Where the child's standard output goes (a file path; nil: inherited).
    public var standardOutput: String?
    /// Where the child's standard error goes (a file path; nil: inherited).
    public var standardError: String?

    /// A child to run; nothing starts until ``run()``.
    public init(_ arguments: [String], standardOutput: String? = nil, standardError: String? = nil) {
        self.arguments = arguments
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    /// Spawns the child and waits for it.
    /// - Throws: ``SpawnError`` when it cannot be started.
    public func run() throws(SpawnError) -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let standardOutput {
            posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        if let standardError {
            posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let busyBefore = MachineLoad.busySeconds()
        let started = MachineLoad.monotonicSeconds()
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw SpawnError(program: arguments[0], code: spawned) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = MachineLoad.monotonicSeconds() - started
        let busyAfter = MachineLoad.busySeconds()
        let cpu = MachineLoad.seconds(usage.ru_utime) + MachineLoad.seconds(usage.ru_stime)
        let signal = status & 0x7F
        return Outcome(
            status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal, seconds: seconds, cpuSeconds: cpu,
            peakRSS: Int(usage.ru_maxrss) * 1024,
            otherCores: MachineLoad.otherCores(busyBefore: busyBefore, busyAfter: busyAfter, ownCPU: cpu, wall: seconds))
    }
}

/// A program that could not be started.
public struct SpawnError: Error, CustomStringConvertible, Sendable {
    /// The program's path.
    public var program: String
    /// The error number posix_spawn returned.
    public var code: Int32

    /// `cannot start 'PATH': REASON`.
    public var description: String { "cannot start '\(program)': \(String(cString: strerror(code)))" }
}
