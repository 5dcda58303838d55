#if canImport(Glibc)
import Glibc
#endif
import GlossCore
@testable import GlossIO

/// libFuzzer target: JSON Lines input, from bytes on disk to rendered output.
///
/// The first byte picks the `LineReader`'s chunk size (1 to 64 bytes, so that lines cross chunk
/// boundaries all the time) and its line limit; the rest is the file. Checked against a plain reference:
/// the lines (CR and a first-line BOM dropped, numbered from 1), lines over the limit reported with
/// their length and never held past the limit plus one chunk, and the first significant byte. Each
/// line is then decoded as a record (`JSONParser` + `DocumentJSON`); a document that decodes is rendered
/// in every output format, and its JSON must read back to the same JSON.
private let scratch: Int32 = {
    // An unlinked file in memory: the reader reads a real descriptor, and nothing is left behind.
    let path = "/dev/shm/gloss-fuzz-jsonl-\(getpid())"
    let descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
    unlink(path)
    return descriptor
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONL(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let chunkSize = 1 + Int(data[0] & 0x3F)
    let maximumLineBytes = data[0] & 0x40 == 0 ? 1 << 20 : 24
    let input = UnsafeBufferPointer(start: data + 1, count: size - 1)
    precondition(scratch >= 0, "cannot create the scratch file in /dev/shm")
    precondition(ftruncate(scratch, 0) == 0 && pwrite(scratch, input.baseAddress, input.count, 0) == input.count)
    precondition(lseek(scratch, 0, SEEK_SET) == 0)

    let expected = referenceLines(input)
    var reader = LineReader(
        file: POSIXFile(descriptor: scratch, path: "fuzz.jsonl", owns: false), maximumLineBytes: maximumLineBytes,
        chunkSize: chunkSize)
    if data[0] & 0x80 != 0 {
        let first = try? reader.firstSignificantByte()
        // The reader looks no further than the line limit.
        let offset = input.firstIndex(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) })
        precondition(first == offset.flatMap { $0 <= maximumLineBytes ? input[$0] : nil }, "first significant byte")
    }
    var index = 0
    while true {
        _ = reader.hasBufferedLine
        guard let line = try? reader.nextLine() else { preconditionFailure("reading a memfd failed") }
        switch line {
        case .end:
            precondition(index == expected.count, "\(expected.count) lines expected, \(index) read")
            return 0
        case .line(let bytes, let number):
            precondition(index < expected.count && number == index + 1, "line \(number) is not line \(index + 1)")
            precondition(bytes == expected[index].text, "line \(number) differs from the reference")
            precondition(expected[index].rawLength <= maximumLineBytes + chunkSize, "line \(number) was held past the limit")
            decodeAndRender(bytes, origin: "fuzz.jsonl:\(number)")
        case .tooLong(let length, let number):
            precondition(index < expected.count && number == index + 1, "long line \(number) is not line \(index + 1)")
            precondition(length == expected[index].rawLength && length > maximumLineBytes, "long line \(number): wrong length \(length)")
        }
        index += 1
    }
}

/// The lines of `bytes` the obvious way.
private func referenceLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [(text: [UInt8], rawLength: Int)] {
    var pieces = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
    if pieces.last?.isEmpty == true { pieces.removeLast() }
    return pieces.enumerated().map { index, raw in
        var text = raw
        if text.last == 0x0D { text.removeLast() }
        if index == 0 && text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
        return (text, raw.count)
    }
}

private let renderers: [any DocumentRenderer] = [
    JSONRenderer(), JSONRenderer(options: .init(includeText: false, includeSpanText: false)),
    PrettyRenderer(color: true), CoNLLURenderer(), ReportDocumentRenderer(),
]

private func decodeAndRender(_ line: [UInt8], origin: String) {
    let record = InputRecord(origin: origin, payload: .jsonLine(line))
    guard let (document, _) = try? record.decode() else { return }
    for renderer in renderers { _ = try? renderer.render(document) }
    let first = DocumentJSON.encode(document)
    guard let (reparsed, _) = try? JSONParser.parse(first) else { preconditionFailure("the output is not JSON: \(first)") }
    guard let again = try? DocumentJSON.decode(reparsed, defaultID: origin) else {
        preconditionFailure("the output does not decode as a document: \(String(decoding: first, as: UTF8.self))")
    }
    let second = DocumentJSON.encode(again)
    precondition(first == second, "JSON changed on a round trip:\n\(String(decoding: first, as: UTF8.self))\n\(String(decoding: second, as: UTF8.self))")
}
