import Foundation
import GlossCore
import GlossStages
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Broken and hostile input through the real `gloss run` path with the built-in stages: nothing crashes,
/// a document that cannot be processed fails alone with a message naming it, and the exit code is the
/// architecture's (0 all processed, 65 some failed).
@Suite struct HostileInputTests {
    /// Whether the slow sizes run (GLOSS_SLOW=1); the default run keeps each test to a second or two.
    static let slow = ProcessInfo.processInfo.environment["GLOSS_SLOW"] == "1"

    /// clean → segment → tag, skipping failed documents.
    func newsPipeline(_ scratch: Scratch, limits: String = "") throws -> String {
        try scratch.write("news.yaml", "version: 1\non_error: skip\n\(limits)stages: [clean, segment, tag]\n")
    }

    func run(_ arguments: [String]) -> Invocation {
        gloss(["run"] + arguments + ["--stats", "none"], stages: StandardStages.all)
    }

    /// The documents of a JSON Lines output.
    func documents(_ scratch: Scratch, _ name: String = "out.jsonl") throws -> [JSONValue] {
        try scratch.read(name).split(separator: "\n").map { try JSONParser.parse(String($0)) }
    }

    @Test func invalidUTF8IsReplacedCountedAndTheDocumentProcessed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // A stray continuation byte, an overlong slash, a UTF-16 surrogate, 0xFF, and a sequence cut at the end.
        var bytes = Array("The ferry ".utf8) + [0x80] + Array("left at 6 p.m. on Tuesday.".utf8)
        bytes += [0xC0, 0xAF, 0x20, 0xED, 0xA0, 0x80, 0x20, 0xFF] + Array(" Crews cheered. Caf".utf8) + [0xC3]
        try scratch.write("bad.txt", bytes)
        let jsonl = Array(#"{"id": "j", "text": "Tolls rose "#.utf8) + [0xFE, 0xE2, 0x82] + Array(#" again."}"#.utf8) + [0x0A]
        try scratch.write("bad.jsonl", jsonl)
        let result = run([try newsPipeline(scratch), scratch.path + "/bad.txt", scratch.path + "/bad.jsonl", "-o", scratch.path + "/out.jsonl"])
        #expect(result.status == 0)
        let output = try documents(scratch)
        #expect(output.count == 2)
        // One U+FFFD per maximal invalid subpart (as WHATWG and Python do): 1 + 2 + 3 + 1 + 1.
        #expect(output[0]["meta"]?["utf8_repaired"] == 8)
        #expect(output[0]["text"]?.stringValue?.hasPrefix("The ferry \u{FFFD}left at 6 p.m. on Tuesday.") == true)
        #expect(output[0]["sentences"]?.arrayValue?.isEmpty == false)
        #expect(output[1]["meta"]?["utf8_repaired"] == 2)
        #expect(output[1]["text"] == "Tolls rose \u{FFFD}\u{FFFD} again.")
        #expect(result.err.isEmpty)
    }

    @Test func nulBytesAreKeptAsTextInFilesAndRejectedRawInJSON() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("nul.txt", Array("The mayor\u{0} spoke.\u{0}\u{0} Nobody answered.".utf8))
        // An escaped NUL is a character of the text; a raw one inside a JSON string is not JSON.
        try scratch.write("nul.jsonl", Array(#"{"id": "escaped", "text": "A\u0000B said no."}"#.utf8) + [0x0A]
            + Array(#"{"id": "raw", "text": "A"#.utf8) + [0] + Array(#"B said no."}"#.utf8) + [0x0A])
        let result = run([try newsPipeline(scratch), scratch.path + "/nul.txt", scratch.path + "/nul.jsonl", "-o", scratch.path + "/out.jsonl"])
        #expect(result.status == 65)
        let output = try documents(scratch)
        #expect(output.map { $0["id"] } == [.string(scratch.path + "/nul.txt"), "escaped"])
        // `clean` drops control characters; the NULs do not reach the later stages.
        #expect(output[0]["text"] == "The mayor spoke. Nobody answered.")
        #expect(output[0]["sentences"]?.arrayValue?.count == 2)
        #expect(output[1]["text"] == "AB said no.")
        #expect(result.err.contains("gloss: document '\(scratch.path)/nul.jsonl:2' failed in stage 'read': \(scratch.path)/nul.jsonl:2:"))
        #expect(result.err.contains("gloss: 1 of 3 document(s) failed (skipped)"))
    }

    @Test func zeroByteFilesAreEmptyDocumentsAndAnEmptyJSONLinesFileHasNone() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for name in ["empty.txt", "empty.html", "empty.jsonl"] { try scratch.write(name, []) }
        let result = run([try newsPipeline(scratch), scratch.path, "-o", scratch.path + "/out.jsonl"])
        #expect(result.status == 0)
        let output = try documents(scratch)
        #expect(output.map { $0["id"] } == [.string(scratch.path + "/empty.html"), .string(scratch.path + "/empty.txt")])
        #expect(output.allSatisfy { $0["text"] == "" && $0["sentences"] == [] && $0["tokens"] == [] })
    }

    @Test func aHundredMegabyteLineOverTheDefaultLimitFailsAloneWithTheLimitNamed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // 100 MB of words on one line: over the default 16 MiB limits.max_document_bytes.
        let megabyte = Data(String(repeating: "harbour ", count: 125_000).utf8)
        let big = try scratch.write("big.txt", [])
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        for _ in 0..<100 { handle.write(megabyte) }
        try handle.close()
        try scratch.write("small.txt", Array("The pier reopened on Monday.".utf8))
        let result = run([try newsPipeline(scratch), scratch.path + "/big.txt", scratch.path + "/small.txt", "-o", scratch.path + "/out.jsonl"])
        #expect(result.status == 65)
        // Found from the file's size: none of it is read.
        #expect(result.err.contains("gloss: document '\(scratch.path)/big.txt' failed in stage 'read': \(scratch.path)/big.txt: the limit for one document is 16777216 bytes (limits.max_document_bytes) and the file has 100000000 bytes; split it or raise the limit in the pipeline file (skipped)"))
        #expect(try documents(scratch).map { $0["id"] } == [.string(scratch.path + "/small.txt")])
    }

    @Test func aLongLineWithoutSentenceEndsIsCutIntoBoundedSentences() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // One line, no full stop: the segmenter's max_sentence_tokens (250) bounds every sentence.
        let count = Self.slow ? 2_000_000 : 20_000
        let text = String(repeating: "tide ", count: count)
        try scratch.write("line.txt", text)
        let result = run([try newsPipeline(scratch), scratch.path + "/line.txt", "-o", scratch.path + "/out.jsonl"])
        #expect(result.status == 0)
        let document = try #require(try documents(scratch).first)
        let sentences = document["sentences"]?.arrayValue ?? []
        #expect(sentences.count == count / 250)
        #expect(document["tokens"]?.arrayValue?.count == count)
    }

    @Test func aJSONLineHoldingFiftyMegabytesIsSkippedToItsEndUnderASmallLimit() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let huge = Array(#"{"id": "huge", "text": ""#.utf8) + Array(repeating: UInt8(ascii: "w"), count: 50_000_000) + Array("\"}\n".utf8)
        try scratch.write("in.jsonl", Array(#"{"id": "before", "text": "Gulls circled."}"#.utf8) + [0x0A] + huge
            + Array(#"{"id": "after", "text": "The tide turned."}"#.utf8) + [0x0A])
        // 1 MB documents: the reader holds at most twice that of the line (JSON escapes), then skips the rest.
        let pipeline = try newsPipeline(scratch, limits: "limits:\n  max_document_bytes: 1000000\n")
        let result = run([pipeline, scratch.path + "/in.jsonl", "-o", scratch.path + "/out.jsonl"])
        #expect(result.status == 65)
        #expect(result.err.contains("gloss: document '\(scratch.path)/in.jsonl:2' failed in stage 'read': \(scratch.path)/in.jsonl:2: the line has 50000026 bytes, more than the 2065536-byte limit for one record; split the document or raise limits.max_document_bytes (skipped)"))
        #expect(try documents(scratch).map { $0["id"] } == ["before", "after"])
    }

    @Test(.enabled(if: HostileInputTests.slow)) func aJSONLineHoldingFiftyMegabytesIsProcessedWhenTheLimitAllowsIt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let words = String(repeating: "The gull flew. ", count: 50_000_000 / 15)
        try scratch.write("in.jsonl", #"{"id": "huge", "text": "\#(words)"}"# + "\n")
        let pipeline = try scratch.write("p.yaml", "version: 1\nlimits:\n  max_document_bytes: 67108864\nstages: [clean, segment]\n")
        let result = run([pipeline, scratch.path + "/in.jsonl", "-o", scratch.path + "/out.jsonl"])
        #expect(result.status == 0)
        #expect(try documents(scratch).first?["sentences"]?.arrayValue?.count == 50_000_000 / 15)
    }

    @Test func aDocumentOfOnlyPunctuationIsPunctuationTokens() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("marks.txt", "?!... — ;;; ,,, “” ‘’ () [] !!! … ??? -- ***")
        let result = run([try newsPipeline(scratch), scratch.path + "/marks.txt", "-o", scratch.path + "/out.jsonl"])
        #expect(result.status == 0)
        let document = try #require(try documents(scratch).first)
        #expect(document["text"] == "?!... — ;;; ,,, “” ‘’ () [] !!! … ??? -- ***")
        #expect(document["sentences"] == [["start": 0, "end": 44]])
        let tokens = document["tokens"]?.arrayValue ?? []
        #expect(tokens.count == 21)
        #expect(tokens.allSatisfy { $0["pos"] != nil })
        #expect(document["entities"] == [])
    }

    @Test func manyTinyDocumentsComeOutAllAndInOrder() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let count = Self.slow ? 1_000_000 : 50_000
        var lines = ""
        lines.reserveCapacity(count * 24)
        for index in 1...count { lines += "{\"id\":\"\(index)\",\"text\":\"x\"}\n" }
        try scratch.write("tiny.jsonl", lines)
        let pipeline = try scratch.write("p.yaml", "version: 1\nstages: [segment]\n")
        let result = run([pipeline, scratch.path + "/tiny.jsonl", "-o", scratch.path + "/out.jsonl", "--jobs", "2"])
        #expect(result.status == 0)
        let output = try scratch.read("out.jsonl")
        var expected = 1
        var inOrder = true
        for line in output.split(separator: "\n") {
            inOrder = inOrder && line.hasPrefix("{\"id\":\"\(expected)\",\"text\":\"x\",\"sentences\":[{\"start\":0,\"end\":1}]")
            expected += 1
        }
        #expect(expected - 1 == count)
        #expect(inOrder)
    }

    @Test func htmlNestedAHundredThousandLevelsDeepIsCleaned() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div><b>", count: depth / 2)
            + "<p>The lock gates held overnight.</p>" + String(repeating: "</b></div>", count: depth / 2) + "</body></html>"
        try scratch.write("deep.html", html)
        let result = run([try newsPipeline(scratch), scratch.path + "/deep.html", "-o", scratch.path + "/out.jsonl"])
        #expect(result.status == 0)
        let document = try #require(try documents(scratch).first)
        #expect(document["text"] == "The lock gates held overnight.")
        #expect(document["sentences"]?.arrayValue?.count == 1)
    }

    @Test func anUnclosedQuoteAtTheStartOfALongArticleDoesNotSwallowIt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var text = "“We will rebuild the bridge by spring, the engineer told the council on Monday."
        for index in 1...300 { text += " Crew \(index) poured concrete for the pier. It set overnight." }
        text += " “The pier is finished,” said site manager Ilse Varga."
        try scratch.write("article.txt", text)
        let pipeline = try scratch.write("quotes.yaml", "version: 1\nstages: [clean, segment, tag, attribute]\n")
        let result = run([pipeline, scratch.path + "/article.txt", "-o", scratch.path + "/out.jsonl"])
        #expect(result.status == 0)
        let document = try #require(try documents(scratch).first)
        let sentences = document["sentences"]?.arrayValue ?? []
        // The quote never closes: sentences still end at their full stops instead of running to the end.
        #expect(sentences.count == 602)
        #expect(document["tokens"]?.arrayValue?.allSatisfy { $0["pos"] != nil } == true)
        // Nor does the quotation: it is recovered within its sentence, and the last quotation still pairs
        // its own marks and finds its speaker instead of being shifted by the lost mark.
        let quotes = document["quotes"]?.arrayValue ?? []
        #expect(quotes.count == 2)
        #expect(quotes.first?["text"] == "We will rebuild the bridge by spring, the engineer told the council on Monday.")
        #expect(quotes.last?["text"] == "The pier is finished")
        #expect(quotes.last?["speaker"] == "Ilse Varga")
    }

    @Test func anUnreadableFileFailsAloneAndTheRestIsProcessed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("a.txt", "The first pier opened.")
        try scratch.write("c.txt", "The third pier opened.")
        let locked = scratch.path + "/b.txt"
        if geteuid() == 0 {
            // Permissions do not stop root: /proc/self/mem opens but fails to read at offset 0 (EIO).
            try FileManager.default.createSymbolicLink(atPath: locked, withDestinationPath: "/proc/self/mem")
        } else {
            try scratch.write("b.txt", "secret")
            chmod(locked, 0)
        }
        let result = run([try newsPipeline(scratch), scratch.path, "-o", scratch.path + "/out.jsonl"])
        #expect(result.status == 65)
        #expect(result.err.contains("gloss: document '\(locked)' failed in stage 'read': cannot "))
        #expect(result.err.contains("gloss: 1 of 3 document(s) failed (skipped)"))
        #expect(try documents(scratch).map { $0["id"] } == [.string(scratch.path + "/a.txt"), .string(scratch.path + "/c.txt")])
    }

    @Test func aDirectorySymlinkLoopIsReadOnceWithAWarning() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.path + "/in/sub", withIntermediateDirectories: true)
        try scratch.write("in/sub/a.txt", "The ferry ran late.")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/in/sub/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/in/self", withDestinationPath: scratch.path + "/in")
        let result = run([try newsPipeline(scratch), scratch.path + "/in", "-o", scratch.path + "/out.jsonl"])
        #expect(result.status == 0)
        #expect(result.err.contains("warning: '\(scratch.path)/in/self' leads back to a directory already read (a symbolic-link loop); skipped"))
        #expect(result.err.contains("warning: '\(scratch.path)/in/sub/up' leads back to a directory already read (a symbolic-link loop); skipped"))
        #expect(try documents(scratch).map { $0["id"] } == [.string(scratch.path + "/in/sub/a.txt")])
    }
}

extension Scratch {
    /// Writes raw bytes (invalid UTF-8, NULs) to a file in the folder.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let full = path + "/" + name
        guard FileManager.default.createFile(atPath: full, contents: Data(bytes)) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return full
    }
}
