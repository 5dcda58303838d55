#if canImport(Glibc)
import Glibc
#endif

/// How busy the machine is, read from `/proc` (Linux), to tell a slow result from a busy machine.
public enum MachineLoad {
    /// The one-minute load average (0 when `/proc/loadavg` cannot be read).
    public static func oneMinuteAverage() -> Double {
        guard let text = readSmallFile("/proc/loadavg"), let first = text.split(separator: " ").first else { return 0 }
        return Double(first) ?? 0
    }

    /// The 1-, 5- and 15-minute load averages as `/proc/loadavg` writes them ("0.52 1.10 2.31"; empty when unknown).
    public static func loadAverages() -> String {
        guard let text = readSmallFile("/proc/loadavg") else { return "" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// CPU time all processes have used since boot (user, nice, system, irq, softirq; not idle, not
    /// steal), in seconds; nil off Linux.
    public static func busySeconds() -> Double? {
        guard let text = readSmallFile("/proc/stat"), let line = text.split(separator: "\n").first,
              line.hasPrefix("cpu ")
        else { return nil }
        let fields = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard fields.count >= 7 else { return nil }
        let busy = fields[0] + fields[1] + fields[2] + fields[5] + fields[6]
        return busy / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Cores other processes kept busy on average between two ``busySeconds()`` readings `wall` seconds
    /// apart, during which the measured work itself used `ownCPU` seconds. Never negative (the counters
    /// tick in 10 ms steps).
    public static func otherCores(busyBefore: Double?, busyAfter: Double?, ownCPU: Double, wall: Double) -> Double {
        guard let busyBefore, let busyAfter, wall > 0 else { return 0 }
        return max(0, (busyAfter - busyBefore - ownCPU) / wall)
    }

    /// Current resident memory of this process in bytes (0 when unknown).
    public static func residentBytes() -> Int {
        guard let text = readSmallFile("/proc/self/statm") else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// CPU time (user + system, all threads) this process has used, in seconds. Read from the scheduler's
    /// exact count (`CLOCK_PROCESS_CPUTIME_ID`), not from ticks, so that short intervals add up.
    public static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// CPU time of the calling thread, in seconds.
    public static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Seconds of a `timeval`.
    public static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }

    /// The first line of `/proc/cpuinfo`'s "model name", the number of online cores and the memory, for
    /// the table's caption.
    public static func machineDescription() -> String {
        let model = readSmallFile("/proc/cpuinfo")?.split(separator: "\n")
            .first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingSpaces() } } ?? "unknown CPU"
        let memory = readSmallFile("/proc/meminfo")?.split(separator: "\n")
            .first { $0.hasPrefix("MemTotal:") }
            .flatMap { $0.split(separator: " ").dropFirst().first.flatMap { Int($0) } }
        let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return "\(model), \(cores) cores" + (memory.map { ", \($0 / 1_000_000) GB memory" } ?? "")
    }

    static func readSmallFile(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension MachineLoad {
    /// Seconds on a monotonic clock.
    public static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
