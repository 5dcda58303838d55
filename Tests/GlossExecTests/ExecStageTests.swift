import Foundation
import GlossCore
import GlossExec
import Synchronization
import Testing

/// The folder holding child.py.
let fixtures: String = Bundle.module.resourcePath.map { $0 + "/Fixtures" } ?? "Tests/GlossExecTests/Fixtures"

/// An exec stage running `child.py MODE ARGUMENT` from the fixtures.
func childStage(
    _ mode: String, _ argument: String? = nil, produces: [String] = [], timeout: Double = 10, maxRestarts: Int = 10,
    configure: (inout ExecStage.Options) -> Void = { _ in }
) throws -> ExecStage {
    var options = ExecStage.Options()
    options.command = ["python3", "child.py", mode] + (argument.map { [$0] } ?? [])
    options.produces = produces
    options.timeout = timeout
    options.maxRestarts = maxRestarts
    options.stderr = .tail
    configure(&options)
    #expect(options.validate() == [])
    return try ExecStage(options: options, context: StageContext(label: "child", baseDirectory: fixtures))
}

/// A document with a tokens layer (split on spaces) and some meta.
func document(_ id: String, _ text: String) -> Document {
    var document = Document(id: id, text: text, meta: ["source": "test"])
    var tokens: [Token] = []
    var start: Int?
    let bytes = Array(text.utf8)
    for index in 0...bytes.count {
        let space = index == bytes.count || bytes[index] == 0x20
        if space, let s = start {
            tokens.append(Token(start: s, end: index))
            start = nil
        } else if !space, start == nil {
            start = index
        }
    }
    document.tokens = tokens
    return document
}

/// The message of the StageError `body` throws, or nil if it throws none.
func stageErrorMessage(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch let error as StageError {
        return error.description
    } catch {
        return "not a StageError: \(error)"
    }
}

@Suite struct ExecStageTests {
    @Test func answersAddTheirLayerAndKeepEverythingElse() throws {
        let stage = try childStage("words", produces: ["word_count", "pid"])
        defer { stage.finish() }
        var doc = document("doc-1", "“Quoted” words — with an emoji 🎉 and ünïcode")
        let before = doc
        try stage.process(&doc)
        #expect(doc.extensions["word_count"] == 9)
        #expect(doc.tokens == before.tokens)
        #expect(doc.text == before.text)
        #expect(doc.meta == before.meta)
        #expect(doc.changedLayers(since: before) == ["word_count", "pid"])
    }

    @Test func aBigDocumentGoesThroughThePipesWhole() throws {
        let stage = try childStage("words", produces: ["word_count", "pid"])
        defer { stage.finish() }
        // Far more than a pipe holds (64 KiB): writing and reading must interleave.
        let text = String(repeating: "Harbour cranes idle while the strike goes on. ", count: 25_000)
        var doc = Document(id: "big-1", text: text)
        try stage.process(&doc)
        #expect(doc.extensions["word_count"] == 200_000)
        #expect(doc.text == text)
    }

    @Test func aCrashFailsThatDocumentAndANewChildTakesOver() throws {
        let stage = try childStage("crash-every", "3", produces: ["word_count"])
        defer { stage.finish() }
        var results: [String: String] = [:]
        for number in 1...7 {
            var doc = document("doc-\(number)", "a few words here")
            results[doc.id] = stageErrorMessage { try stage.process(&doc) } ?? "ok \(doc.extensions["word_count"] ?? .null)"
        }
        #expect(results["doc-1"] == "ok 4")
        #expect(results["doc-4"] == "ok 4")
        #expect(results["doc-7"] == "ok 4")
        let crash = try #require(results["doc-3"])
        #expect(crash.contains("the child 'python3 child.py crash-every 3'"))
        #expect(crash.contains("exited with status 3 while working on 'doc-3'"))
        #expect(crash.contains("it had answered 2 document(s), the last 'doc-2'"))
        #expect(crash.contains("its stderr ends: crashing on doc-3 as asked"))
        #expect(crash.contains("restart 1 of at most 10"))
        #expect(results["doc-6"]?.contains("restart 2 of at most 10") == true)
    }

    @Test func aHungChildIsStoppedAtTheTimeout() throws {
        let stage = try childStage("hang-on", "STUCK", timeout: 0.5)
        defer { stage.finish() }
        var first = document("doc-1", "fine")
        try stage.process(&first)
        var stuck = document("doc-2", "this one is STUCK")
        let started = Date()
        let message = try #require(stageErrorMessage { try stage.process(&stuck) })
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(message.contains("did not answer 'doc-2' within 0.5 s (timeout), so it was stopped"))
        var after = document("doc-3", "fine again")
        try stage.process(&after)
        #expect(after.text == "fine again")
    }

    @Test func aDebugLineOnStdoutIsGarbageAndTheChildIsReplaced() throws {
        let stage = try childStage("garbage-on", "NOISY")
        defer { stage.finish() }
        var doc = document("doc-1", "a NOISY one")
        let message = try #require(stageErrorMessage { try stage.process(&doc) })
        #expect(message.contains("wrote a line that is not JSON"))
        #expect(message.contains("'debug: looking at doc-1'"))
        #expect(message.contains("write logs and debug output to stderr"))
        #expect(message.contains("restart 1 of at most 10"))
        var next = document("doc-2", "quiet")
        try stage.process(&next)
    }

    @Test func anAnswerForAnotherDocumentIsRefused() throws {
        let stage = try childStage("wrong-id-on", "SWAP")
        defer { stage.finish() }
        var doc = document("doc-1", "SWAP me")
        let message = try #require(stageErrorMessage { try stage.process(&doc) })
        #expect(message.contains("answered for 'doc-1-other' while 'doc-1' was sent"))
        #expect(doc.id == "doc-1")
    }

    @Test func droppingALayerFailsTheDocumentButKeepsTheChild() throws {
        let stage = try childStage("drop-tokens")
        defer { stage.finish() }
        var doc = document("doc-1", "three small words")
        let message = try #require(stageErrorMessage { try stage.process(&doc) })
        #expect(message == "the program 'python3 child.py drop-tokens' answered, but its answer dropped 'tokens', which it must send back unchanged")
        #expect(doc.tokens?.count == 3)
        var plain = Document(id: "doc-2", text: "no tokens to drop")
        try stage.process(&plain)
    }

    @Test func theTextMustComeBackAsSentUnlessDeclared() throws {
        let undeclared = try childStage("shout")
        defer { undeclared.finish() }
        var doc = Document(id: "doc-1", text: "quiet please")
        let message = try #require(stageErrorMessage { try undeclared.process(&doc) })
        #expect(message.hasSuffix("its answer changed the text (the text must come back exactly as sent, or declare produces: [text])"))
        #expect(doc.text == "quiet please")

        let declared = try childStage("shout", produces: ["text"])
        defer { declared.finish() }
        try declared.process(&doc)
        #expect(doc.text == "QUIET PLEASE")
    }

    @Test func anUndeclaredAdditionIsNamedWithWhatToDo() throws {
        let undeclared = try childStage("top-level")
        defer { undeclared.finish() }
        var doc = document("doc-1", "two words")
        let message = try #require(stageErrorMessage { try undeclared.process(&doc) })
        #expect(message.contains("its answer changed meta ('word_count' added); put a stage's output under 'ext' and declare it in produces"))

        let missing = try childStage("drop-tokens", produces: ["word_count"])
        defer { missing.finish() }
        var plain = Document(id: "doc-2", text: "two words")
        let absent = try #require(stageErrorMessage { try missing.process(&plain) })
        #expect(absent.hasSuffix("it declares produces 'word_count' but its answer has no ext.word_count; send an empty value rather than none"))
    }

    @Test func aChildCanRefuseADocument() throws {
        let stage = try childStage("error-on", "poem")
        defer { stage.finish() }
        var doc = document("doc-1", "a poem")
        let message = try #require(stageErrorMessage { try stage.process(&doc) })
        #expect(message == "the program reported an error for this document: cannot count words in a poem")
        var next = document("doc-2", "prose")
        try stage.process(&next)
    }

    @Test func afterMaxRestartsEveryDocumentFailsFast() throws {
        let stage = try childStage("crash-every", "1", maxRestarts: 2)
        defer { stage.finish() }
        var messages: [String] = []
        for number in 1...5 {
            var doc = document("doc-\(number)", "words")
            messages.append(stageErrorMessage { try stage.process(&doc) } ?? "ok")
        }
        #expect(messages[0].contains("restart 1 of at most 2"))
        #expect(messages[1].contains("restart 2 of at most 2"))
        #expect(messages[2].contains("that is more failures than max_restarts (2) allows"))
        #expect(messages[3].hasPrefix("the program 'python3 child.py crash-every 1' failed 3 times, more than max_restarts (2), so this step no longer runs it; the last failure: the child"))
        #expect(messages[3].contains("fix the program (try it by hand: echo"))
        #expect(messages[4] == messages[3])
    }

    @Test func aChildThatCannotStartSaysWhy() throws {
        let stage = try childStage("exit-at-start", maxRestarts: 0)
        defer { stage.finish() }
        var doc = document("doc-1", "words")
        let message = try #require(stageErrorMessage { try stage.process(&doc) })
        #expect(message.contains("exited with status 2 while working on 'doc-1'; it had answered no document yet; its stderr ends: boom: this child refuses to start"))
        var next = document("doc-2", "words")
        #expect(stageErrorMessage { try stage.process(&next) }?.contains("no longer runs it") == true)
    }

    @Test func aMissingProgramIsAnErrorWhenTheStageIsBuilt() throws {
        var options = ExecStage.Options()
        options.command = ["no-such-program-here", "x"]
        #expect(throws: StageError.self) { try ExecStage(options: options, context: StageContext(baseDirectory: fixtures)) }
        do {
            _ = try ExecStage(options: options, context: StageContext(baseDirectory: fixtures))
        } catch let error as StageError {
            #expect(error.message.hasPrefix("cannot find the program 'no-such-program-here' on PATH"))
        }
        options.command = ["./child.py"]
        do {
            _ = try ExecStage(options: options, context: StageContext(baseDirectory: fixtures))
            Issue.record("a script without the executable bit must be refused")
        } catch let error as StageError {
            #expect(error.message.contains("is not an executable file"))
            #expect(error.hint?.contains("[python3, ./child.py]") == true)
        }
        options.command = ["python3"]
        options.directory = "no/such/folder"
        #expect(throws: StageError.self) { try ExecStage(options: options, context: StageContext(baseDirectory: fixtures)) }
    }

    @Test func theChildGetsItsEnvironmentAndWorkingDirectory() throws {
        let stage = try childStage("environment", produces: ["greeting", "cwd", "pid"]) { options in
            options.env = ["GREETING": "hello from the pipeline"]
            options.directory = "."
        }
        defer { stage.finish() }
        var doc = document("doc-1", "words")
        try stage.process(&doc)
        #expect(doc.extensions["greeting"] == "hello from the pipeline")
        let cwd = try #require(doc.extensions["cwd"]?.stringValue)
        #expect(URL(fileURLWithPath: cwd).resolvingSymlinksInPath() == URL(fileURLWithPath: fixtures).resolvingSymlinksInPath())
    }

    @Test func severalWorkersGetSeveralChildrenAndFinishEndsThem() throws {
        // Each child holds its first document until a second child exists, so the pool must start another
        // child for a second worker instead of waiting for the busy one. Threads, not concurrentPerform:
        // concurrentPerform may run every iteration on the calling thread when the machine is busy, and a
        // single worker needs a single child.
        let meetings = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-exec-meet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: meetings, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: meetings) }
        let stage = try childStage("meet", meetings.path, produces: ["word_count", "pid"])
        let pids = Mutex<Set<Int>>([])
        let failures = Mutex(0)
        let done = DispatchGroup()
        for worker in 0..<3 {
            done.enter()
            let thread = Thread {
                for number in 0..<4 {
                    var doc = document("w\(worker)-\(number)", "some words")
                    do {
                        try stage.process(&doc)
                        if let pid = doc.extensions["pid"]?.integerValue { pids.withLock { _ = $0.insert(pid) } }
                    } catch {
                        failures.withLock { $0 += 1 }
                    }
                }
                done.leave()
            }
            thread.start()
        }
        done.wait()
        let seen = pids.withLock { $0 }
        #expect(failures.withLock { $0 } == 0)
        #expect(seen.count >= 2 && seen.count <= 3)
        stage.finish()
        for pid in seen {
            #expect(kill(pid_t(pid), 0) == -1, "child \(pid) is still running after finish()")
        }
    }
}
