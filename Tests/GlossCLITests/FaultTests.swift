import Foundation
import GlossCore
import GlossStages
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The `gloss` executable SwiftPM built beside this test bundle (`swift test` builds every product).
let glossExecutable = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("gloss").path

/// A `gloss` child process whose stdout and stderr go to files in a scratch folder.
struct GlossProcess {
    let process = Process()
    let scratch: Scratch

    /// Starts `gloss ARGS`, or `/bin/sh -c SCRIPT gloss ARGS` when a shell prelude (a ulimit) is given.
    init(_ arguments: [String], scratch: Scratch, shellPrelude: String? = nil) throws {
        self.scratch = scratch
        if let shellPrelude {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shellPrelude + "; exec \"$0\" \"$@\"", glossExecutable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: glossExecutable)
            process.arguments = arguments
        }
        try Data().write(to: URL(fileURLWithPath: scratch.path + "/stdout"))
        try Data().write(to: URL(fileURLWithPath: scratch.path + "/stderr"))
        process.standardOutput = FileHandle(forWritingAtPath: scratch.path + "/stdout")
        process.standardError = FileHandle(forWritingAtPath: scratch.path + "/stderr")
        try process.run()
    }

    /// Waits for the child; returns its exit status (or 128 + the signal that ended it) and its stderr.
    func wait() throws -> (status: Int32, err: String) {
        process.waitUntilExit()
        let status = process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
        return (status, try scratch.read("stderr"))
    }
}

/// Faults around a run: the output cannot be written, the run is interrupted. The `-o` file is never
/// half-written, and stderr says how far the run got.
@Suite(.serialized) struct FaultTests {
    func corpus(_ scratch: Scratch, count: Int) throws -> String {
        var lines = ""
        lines.reserveCapacity(count * 60)
        for index in 1...count { lines += "{\"id\":\"d\(index)\",\"text\":\"The ferry number \(index) ran late.\"}\n" }
        return try scratch.write("in.jsonl", lines)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDeviceStopsTheRunWithExit74AndIsNotReplaced() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let pipeline = try scratch.write("p.yaml", "version: 1\nstages: [segment]\n")
        let result = gloss(["run", pipeline, try corpus(scratch, count: 20_000), "-o", "/dev/full", "--stats", "none"], stages: StandardStages.all)
        #expect(result.status == 74)
        #expect(result.err.contains("gloss: error: could not write the output: cannot write '/dev/full': No space left on device; stopped after "))
        // Written through, not renamed over: the device is still a device.
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aFileSizeLimitMidRunLeavesTheOldOutputInPlace() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let pipeline = try scratch.write("p.yaml", "version: 1\nstages: [segment]\n")
        let input = try corpus(scratch, count: 20_000)
        try scratch.write("out.jsonl", "the previous run's output\n")
        // 256 blocks of 512 bytes: the output (several MB) hits the limit after a few flushes, as on a full disk.
        let child = try GlossProcess(["run", pipeline, input, "-o", scratch.path + "/out.jsonl", "--stats", "none"],
                                     scratch: scratch, shellPrelude: "ulimit -f 256")
        let (status, err) = try child.wait()
        #expect(status == 74, "\(err)")
        #expect(err.contains("cannot write '\(scratch.path)/out.jsonl': File too large; stopped after "))
        #expect(err.contains("document(s), '\(scratch.path)/out.jsonl' was not written"))
        #expect(try scratch.read("out.jsonl") == "the previous run's output\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()
            == ["in.jsonl", "out.jsonl", "p.yaml", "stderr", "stdout"])
    }

    @Test func sigintMidRunWritesTheFinishedDocumentsInOrderAndSaysWhichExit130() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let pipeline = try scratch.write("p.yaml", "version: 1\nstages: [clean, segment]\n")
        let count = 1_000_000
        let input = try corpus(scratch, count: count)
        let child = try GlossProcess(["run", pipeline, input, "-o", scratch.path + "/out.jsonl", "--jobs", "2", "--stats", "none"],
                                     scratch: scratch)
        // Interrupt once output is flowing (the first 256 KB reached the temporary file).
        let temporary = scratch.path + "/.out.jsonl.gloss-\(child.process.processIdentifier).tmp"
        var waited = 0
        while child.process.isRunning && waited < 6_000 {
            let size = (try? FileManager.default.attributesOfItem(atPath: temporary)[.size] as? Int) ?? 0
            if size > 0 { break }
            usleep(10_000)
            waited += 1
        }
        kill(child.process.processIdentifier, SIGINT)
        let (status, err) = try child.wait()
        #expect(status == 130, "\(err)")
        let lines = try scratch.read("out.jsonl").split(separator: "\n", omittingEmptySubsequences: false)
        let written = lines.count - 1
        #expect(lines.last == "")
        #expect(written > 0 && written < count)
        // Complete documents, the first ones, in input order.
        for (index, line) in lines.dropLast().enumerated() where index % 997 == 0 || index == written - 1 {
            #expect(try JSONParser.parse(String(line))["id"] == .string("d\(index + 1)"))
        }
        #expect(err.contains("gloss: interrupted: \(written) document(s) written in input order, the last is 'd\(written)' (in '\(scratch.path)/out.jsonl')"))
        #expect(!FileManager.default.fileExists(atPath: temporary))
    }
}
