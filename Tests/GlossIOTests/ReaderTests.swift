import Foundation
import Testing
@testable import GlossCore
@testable import GlossIO

/// A fresh temporary folder per test.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "gloss-io-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ relative: String, _ content: String) throws {
        try write(relative, Array(content.utf8))
    }

    func write(_ relative: String, _ bytes: [UInt8]) throws {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

func readAll(_ items: [InputItem], limit: Int = 1 << 20) throws -> [InputRecord] {
    var source = InputSource(items: items, maximumRecordBytes: limit)
    var records: [InputRecord] = []
    while let record = try source.next() { records.append(record) }
    return records
}

@Suite struct ReaderTests {
    @Test func directoriesAreWalkedSortedAndOtherFilesCounted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("b/z.txt", "z")
        try folder.write("b/a.html", "<p>a</p>")
        try folder.write("a.jsonl", "{\"id\":\"1\",\"text\":\"one\"}\n")
        try folder.write("notes.pdf", "%PDF")
        try folder.write(".hidden.txt", "secret")
        let collector = InputCollector(paths: [folder.path])
        #expect(collector.items.map { String($0.path.dropFirst(folder.path.count + 1)) } == ["a.jsonl", "b/a.html", "b/z.txt"])
        #expect(collector.items.map(\.format) == [.jsonl, .html, .text])
        #expect(collector.skippedFiles == 1)
        #expect(collector.warnings.count == 1)
        #expect(collector.missing.isEmpty)
    }

    @Test func missingInputsAreReported() {
        let collector = InputCollector(paths: ["/nonexistent/gloss/input.txt", "-"])
        #expect(collector.missing == ["/nonexistent/gloss/input.txt"])
        #expect(collector.items.map(\.path) == ["-"])
    }

    @Test func symlinkLoopsAreNoticedNotFollowedForever() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("d/x.txt", "x")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/d/loop", withDestinationPath: folder.path + "/d")
        let collector = InputCollector(paths: [folder.path])
        #expect(collector.items.count == 1)
        #expect(collector.warnings.contains { $0.contains("symbolic-link loop") })
    }

    @Test func jsonLinesAreSplitWithLineNumbersCRLFAndBlankLines() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("in.jsonl", [0xEF, 0xBB, 0xBF] + Array("{\"id\":\"a\",\"text\":\"x\"}\r\n\n  \n{\"id\":\"b\",\"text\":\"y\"}".utf8))
        let records = try readAll([InputItem(path: folder.path + "/in.jsonl", format: .jsonl)])
        #expect(records.map { String($0.origin.split(separator: ":").last ?? "") } == ["1", "4"])
        #expect(try records.map { try $0.decode().document.id } == ["a", "b"])
    }

    @Test func longLinesAreSkippedToTheirEndAndReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let long = "{\"id\":\"big\",\"text\":\"" + String(repeating: "w", count: 300_000) + "\"}"
        try folder.write("in.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n" + long + "\n{\"id\":\"c\",\"text\":\"z\"}\n")
        let records = try readAll([InputItem(path: folder.path + "/in.jsonl", format: .jsonl)], limit: 100_000)
        #expect(records.count == 3)
        if case .unreadable(let message) = records[1].payload {
            #expect(message.contains(":2: the line has 300022 bytes, more than the 100000-byte limit"))
        } else {
            Issue.record("expected the long line to be unreadable")
        }
        #expect(try records[2].decode().document.id == "c")
    }

    @Test func wholeFilesAreOneDocumentIdByPath() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.html", "<p>Hi</p>")
        try folder.write("b.txt", [0x61, 0xFF, 0x62])
        let records = try readAll([
            InputItem(path: folder.path + "/a.html", format: .html), InputItem(path: folder.path + "/b.txt", format: .text),
        ])
        let html = try records[0].decode().document
        #expect(html.id == folder.path + "/a.html")
        #expect(html.meta["format"] == "html")
        let repaired = try records[1].decode()
        #expect(repaired.document.text == "a\u{FFFD}b")
        #expect(repaired.repaired == 1)
    }

    @Test func unreadableFilesBecomeFailedRecordsNotCrashes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("secret.txt", "x")
        let path = folder.path + "/secret.txt"
        chmod(path, 0)
        defer { chmod(path, 0o644) }
        guard access(path, R_OK) != 0 else { return }  // running as root: permissions do not apply
        let records = try readAll([InputItem(path: path, format: .text)])
        #expect(throws: DocumentFailure.self) { _ = try records[0].decode() }
    }

    @Test func aFileOverTheLimitIsRefusedFromItsSizeWithoutBeingRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A sparse 1 GB file: reading it would take seconds and a gigabyte; its size alone refuses it.
        try folder.write("huge.txt", "")
        #expect(truncate(folder.path + "/huge.txt", 1 << 30) == 0)
        try folder.write("fits.txt", "0123456789")
        var source = InputSource(items: [
            InputItem(path: folder.path + "/huge.txt", format: .text), InputItem(path: folder.path + "/fits.txt", format: .text),
        ], maximumRecordBytes: 1 << 20, maximumFileBytes: 10)
        let huge = try #require(try source.next())
        guard case .unreadable(let message) = huge.payload else {
            Issue.record("expected the 1 GB file to be unreadable")
            return
        }
        #expect(message == "\(folder.path)/huge.txt: the limit for one document is 10 bytes (limits.max_document_bytes) and the file has 1073741824 bytes; split it or raise the limit in the pipeline file")
        #expect(try source.next()?.decode().document.text == "0123456789")
    }

    @Test func lookingForTheFirstByteStopsAtTheLineLimit() throws {
        // Found by Fuzz/run.sh jsonl: the look-ahead that tells JSON Lines from text on stdin held any
        // amount of leading whitespace, so a first line far over the limit came back whole.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("short.jsonl", String(repeating: "\t", count: 10) + "{\"id\":\"a\"}\n")
        try folder.write("long.jsonl", String(repeating: "\t", count: 100) + "{\"id\":\"a\"}\n")
        for (name, expected) in [("short.jsonl", UInt8(ascii: "{")), ("long.jsonl", nil)] {
            var reader = LineReader(file: try .openForReading(folder.path + "/" + name), maximumLineBytes: 24, chunkSize: 48)
            #expect(try reader.firstSignificantByte() == expected)
            let line = try reader.nextLine()
            if name == "long.jsonl" {
                guard case .tooLong(let length, 1) = line else {
                    Issue.record("the 110-byte first line should be too long, got \(line)")
                    continue
                }
                #expect(length == 110)
            } else {
                guard case .line(let bytes, 1) = line else {
                    Issue.record("expected the first line, got \(line)")
                    continue
                }
                #expect(bytes.count == 20)
            }
        }
    }

    @Test func zeroByteFileIsAnEmptyDocument() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("empty.txt", "")
        let records = try readAll([InputItem(path: folder.path + "/empty.txt", format: .text)])
        #expect(try records[0].decode().document.text == "")
    }
}

@Suite struct WriterTests {
    @Test func fileTargetAppearsOnlyOnCommit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/out.jsonl"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        let target = try OutputTarget.file(path)
        try target.write("new content\n")
        try target.flush()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        try target.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new content\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.jsonl"])
    }

    /// Past every few megabytes a file target asks the kernel to start writing back (so the sync at
    /// commit has less left); the file must still hold every byte, in order.
    @Test func aLargeFileTargetKeepsEveryByteThroughWriteBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/big.jsonl"
        let target = try OutputTarget.file(path)
        var expected: [UInt8] = []
        for line in 0..<200_000 {
            let bytes = Array("{\"id\":\"doc-\(line)\",\"text\":\"line \(line) of the large output\"}\n".utf8)
            expected.append(contentsOf: bytes)
            try target.write(bytes)
        }
        try target.commit()
        #expect(expected.count > 10 << 20)
        #expect(FileManager.default.contents(atPath: path) == Data(expected))
    }

    @Test func fileTargetWritesThroughASymbolicLink() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/data", withIntermediateDirectories: false)
        try "old".write(toFile: folder.path + "/data/real.jsonl", atomically: false, encoding: .utf8)
        // A relative link, and a link to that link.
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/out.jsonl", withDestinationPath: "data/real.jsonl")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/latest.jsonl", withDestinationPath: folder.path + "/out.jsonl")
        let target = try OutputTarget.file(folder.path + "/latest.jsonl")
        try target.write("new\n")
        try target.commit()
        #expect(try String(contentsOfFile: folder.path + "/data/real.jsonl", encoding: .utf8) == "new\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/out.jsonl") == "data/real.jsonl")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/latest.jsonl") == folder.path + "/out.jsonl")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/data") == ["real.jsonl"])
    }

    @Test func abandonedTargetLeavesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = try OutputTarget.file(folder.path + "/out.jsonl")
        try target.write("partial")
        try target.flush()
        target.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func arrayFramingIsValidJSONEvenWhenEmpty() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for count in [0, 1, 3] {
            let path = folder.path + "/out\(count).json"
            var sink = StreamSink(target: try .file(path), framing: .array)
            for index in 0..<count { try sink.write(Array("{\"i\":\(index)}".utf8), id: "\(index)") }
            try sink.finish()
            let value = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            #expect(value.0.arrayValue?.count == count)
        }
    }

    @Test func quarantineKeepsTheOriginalRecord() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/q.jsonl"
        let writer = QuarantineWriter(target: try .file(path))
        let record = InputRecord(origin: "in.jsonl:3", payload: .jsonLine(Array("{\"id\":\"x\",\"text\":\"t\",\"meta\":{\"k\":1}}".utf8)))
        try writer.write(DocumentFailure(documentID: "x", stage: "tag", message: "boom"), record: record)
        try writer.target.commit()
        let line = try JSONParser.parse(try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .newlines))
        #expect(line == ["id": "x", "stage": "tag", "error": "boom", "origin": "in.jsonl:3", "input": ["id": "x", "text": "t", "meta": ["k": 1]]])
    }
}
