/// What a child wrote to its stderr: the last few kilobytes, for error messages, and complete lines handed
/// on as they arrive when forwarding is on.
struct StderrLog: Sendable {
    /// Bytes kept for messages.
    static let tailBytes = 4096
    /// Longest line forwarded; the rest of a longer line is cut.
    static let maximumLineBytes = 2000

    let forwardsLines: Bool
    private var tail: [UInt8] = []
    private var partialLine: [UInt8] = []

    init(forwardsLines: Bool) {
        self.forwardsLines = forwardsLines
    }

    /// Takes in bytes read from the child's stderr; calls `emit` with each complete line when forwarding.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, emit: (String) -> Void) {
        tail.append(contentsOf: bytes)
        if tail.count > 2 * Self.tailBytes { tail.removeFirst(tail.count - Self.tailBytes) }
        guard forwardsLines else { return }
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            partialLine.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            emit(Self.line(partialLine))
            partialLine.removeAll(keepingCapacity: true)
            start = index + 1
        }
        if start < bytes.count, partialLine.count < Self.maximumLineBytes {
            let room = Self.maximumLineBytes - partialLine.count
            partialLine.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<min(bytes.count, start + room)]))
        }
    }

    /// Hands on an unfinished last line (the child ended without a newline).
    mutating func flush(emit: (String) -> Void) {
        guard forwardsLines, !partialLine.isEmpty else { return }
        emit(Self.line(partialLine))
        partialLine.removeAll()
    }

    /// The last lines, joined with ` | ` for a one-line message; empty when the child wrote nothing.
    var lastLines: String {
        var start = max(0, tail.count - 600)
        while start < tail.count, tail[start] & 0xC0 == 0x80 { start += 1 }  // begin on a character
        let text = String(decoding: tail[start...], as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmed }
            .filter { !$0.isEmpty }
        return lines.suffix(5).joined(separator: " | ")
    }

    private static func line(_ bytes: [UInt8]) -> String {
        var text = String(decoding: bytes.prefix(maximumLineBytes), as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}

extension Substring {
    /// Without leading and trailing blanks.
    fileprivate var trimmed: String {
        var slice = self
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
