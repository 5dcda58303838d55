import Dispatch
import Foundation
import GlossCore
import Synchronization
import Testing

/// The contract a stream processor (Spark's RDD.pipe, Hadoop Streaming) relies on, checked on the real
/// `gloss` executable with pipes: `gloss run PIPELINE -` answers each JSON line on stdin with one line on
/// stdout, flushed before the next document arrives, in input order; stdout carries nothing else.
@Suite struct StdinStreamingTests {
    /// The `gloss` this build made: `swift test` builds every product into the folder that holds the
    /// test bundle's resources.
    static let executable = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("gloss").path

    @Test func eachDocumentIsAnsweredBeforeTheNextIsSentAndNothingElseIsWritten() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable),
                "no gloss executable at \(Self.executable); build it with `swift build --product gloss`")
        let scratch = try Scratch()
        defer { scratch.remove() }
        let pipeline = try scratch.write("p.yaml", "version: 1\nstages: [segment]\n")
        let child = try StreamingChild(
            executable: Self.executable, arguments: ["run", pipeline, "-", "--jobs", "2", "--on-error", "mark"])
        defer { child.stop() }

        // Lock-step: the next document is written only after the answer to the previous one is read. A
        // gloss that buffered its output, or waited for a batch or for the end of stdin, would hang here
        // (and fail at the time-out) instead of answering.
        var answers: [JSONValue] = []
        for index in 1...12 {
            let line = index == 7
                ? #"{"id": "doc-7", "text": }"#
                : #"{"id": "doc-\#(index)", "text": "Document \#(index) has two sentences. This is the second."}"#
            try child.send(line + "\n")
            let answer = try #require(child.nextLine(within: 60), "no answer to document \(index) within 60 s")
            answers.append(try JSONParser.parse(answer))
        }
        child.closeInput()
        let rest = child.remainingOutput(within: 60)
        let status = child.waitForExit()

        #expect(answers.map { $0["id"] } == (1...12).map { .string($0 == 7 ? "<stdin>:7" : "doc-\($0)") })
        #expect(answers[0]["sentences"]?.arrayValue?.count == 2)
        #expect(answers[6]["error"]?["stage"] == "read")
        #expect(rest == "", "stdout carries documents only; the statistics belong on stderr")
        #expect(status == 65)
        let diagnostics = child.standardError()
        #expect(diagnostics.contains("gloss: 12 document(s), 12 written, 1 failed"))
        #expect(diagnostics.contains("segment"))
    }

    /// A stream processor hands an empty partition over as an empty stdin: that is no document at all,
    /// whether the format is given or detected (a blank stdin is not one empty text document).
    @Test(arguments: [["--input-format", "jsonl"], [], ["--input-format", "auto"]])
    func anEmptyStdinGivesNoOutput(format: [String]) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let pipeline = try scratch.write("p.yaml", "version: 1\nstages: [segment]\n")
        let child = try StreamingChild(
            executable: Self.executable, arguments: ["run", pipeline, "-", "--jobs", "1"] + format)
        defer { child.stop() }
        child.closeInput()
        #expect(child.remainingOutput(within: 60) == "")
        #expect(child.waitForExit() == 0)
        #expect(child.standardError().contains("gloss: 0 document(s), 0 written, 0 failed"))
    }
}

/// A child process fed through a pipe whose stdout is read line by line, with time-outs so that a child
/// that never answers fails the test instead of hanging it.
final class StreamingChild {
    /// What the reading threads collect.
    private final class Collected: Sendable {
        let output = Mutex(Data())
        let errors = Mutex(Data())
        let outputClosed = Mutex(false)
        let arrived = DispatchSemaphore(value: 0)
        let errorsClosed = DispatchSemaphore(value: 0)
    }

    private let process: Process
    private let input: FileHandle
    private let collected = Collected()

    init(executable: String, arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        self.process = process
        self.input = stdin.fileHandleForWriting
        // Each stream is drained on its own thread so that a full stderr pipe never blocks the child.
        let outputHandle = stdout.fileHandleForReading
        let errorHandle = stderr.fileHandleForReading
        Thread { [collected] in
            while true {
                let chunk = outputHandle.availableData
                if chunk.isEmpty { break }
                collected.output.withLock { $0.append(chunk) }
                collected.arrived.signal()
            }
            collected.outputClosed.withLock { $0 = true }
            collected.arrived.signal()
        }.start()
        Thread { [collected] in
            while true {
                let chunk = errorHandle.availableData
                if chunk.isEmpty { break }
                collected.errors.withLock { $0.append(chunk) }
            }
            collected.errorsClosed.signal()
        }.start()
        try process.run()
    }

    func send(_ text: String) throws {
        try input.write(contentsOf: Data(text.utf8))
    }

    func closeInput() {
        try? input.close()
    }

    /// The next complete line of stdout, without its newline; nil when none arrives in time.
    func nextLine(within seconds: Double) -> String? {
        let deadline = DispatchTime.now() + seconds
        while true {
            let line = collected.output.withLock { data -> String? in
                guard let newline = data.firstIndex(of: 0x0A) else { return nil }
                let line = String(decoding: data[data.startIndex..<newline], as: UTF8.self)
                data.removeSubrange(data.startIndex...newline)
                return line
            }
            if let line { return line }
            if collected.outputClosed.withLock({ $0 }) { return nil }
            if collected.arrived.wait(timeout: deadline) == .timedOut { return nil }
        }
    }

    /// Everything stdout still brings until the child closes it.
    func remainingOutput(within seconds: Double) -> String {
        let deadline = DispatchTime.now() + seconds
        while !collected.outputClosed.withLock({ $0 }) {
            if collected.arrived.wait(timeout: deadline) == .timedOut { break }
        }
        return collected.output.withLock { String(decoding: $0, as: UTF8.self) }
    }

    func waitForExit() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Everything the child wrote to stderr, once it closes it (or after ten seconds, what came so far).
    func standardError() -> String {
        _ = collected.errorsClosed.wait(timeout: .now() + 10)
        return collected.errors.withLock { String(decoding: $0, as: UTF8.self) }
    }

    /// Ends the child if a failed expectation left it running.
    func stop() {
        closeInput()
        if process.isRunning { process.terminate() }
    }
}
