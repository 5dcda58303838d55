#if canImport(Glibc)
import Glibc
#endif

/// Splits a file into lines, reading 64 KiB at a time. Holds the current line and one chunk, nothing more.
struct LineReader {
    enum Line {
        case line([UInt8], number: Int)
        /// A line longer than the limit, skipped to its end.
        case tooLong(length: Int, number: Int)
        case end
    }

    private let file: POSIXFile
    private let maximumLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var lineNumber = 0
    /// Where each read lands: its size is the bytes asked of the file per read. Tests and the fuzzer make
    /// it tiny to cross chunk boundaries often.
    private var chunk: [UInt8]

    init(file: POSIXFile, maximumLineBytes: Int, chunkSize: Int = 1 << 16) {
        self.file = file
        self.maximumLineBytes = maximumLineBytes
        self.chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
    }

    /// Whether a complete line is already in memory.
    var hasBufferedLine: Bool {
        newlineIndex(from: start) != nil || (atEnd && start < buffer.count)
    }

    /// Reads more input into the buffer; false at end of file.
    private mutating func fill() throws -> Bool {
        if atEnd { return false }
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        let n = try readChunk()
        buffer.append(contentsOf: chunk[..<n])
        return n > 0
    }

    /// Reads into `chunk`; returns how many bytes, 0 at end of file (and sets `atEnd`). Appending a
    /// chunk copies it at memory speed, where growing the buffer by zeros first went byte by byte in a
    /// debug build (23 s of CPU to skip a 50 MB line).
    private mutating func readChunk() throws -> Int {
        let file = self.file
        let n = try chunk.withUnsafeMutableBytes { raw throws in try file.read(into: raw) }
        if n == 0 { atEnd = true }
        return n
    }

    /// The index of the first newline in the buffer at or after `from`. memchr: a long line is scanned at
    /// memory speed (a 50 MB line skipped under the limit should not cost seconds).
    private func newlineIndex(from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress, let found = memchr(base + from, 0x0A, bytes.count - from) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The first byte that is not whitespace (or a UTF-8 BOM), without consuming anything; nil at the end
    /// of the input or past `maximumLineBytes` of whitespace, which is not held to look further.
    mutating func firstSignificantByte() throws -> UInt8? {
        var index = start
        while true {
            while index < buffer.count {
                if index - start > maximumLineBytes { return nil }
                let byte = buffer[index]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xEF || byte == 0xBB || byte == 0xBF {
                    index += 1
                    continue
                }
                return byte
            }
            let consumed = index - start
            guard try fill() else { return nil }
            index = start + consumed
        }
    }

    mutating func nextLine() throws -> Line {
        var scanned = 0  // bytes after `start` known to hold no newline; survives the buffer being compacted
        while true {
            if let newline = newlineIndex(from: start + scanned) {
                lineNumber += 1
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                var line = Array(buffer[start..<end])
                if lineNumber == 1 { Self.dropBOM(&line) }
                start = newline + 1
                return .line(line, number: lineNumber)
            }
            scanned = buffer.count - start
            if scanned > maximumLineBytes {
                return try skipLongLine()
            }
            guard try fill() else {
                guard start < buffer.count else { return .end }
                lineNumber += 1
                var line = Array(buffer[start...])
                if line.last == 0x0D { line.removeLast() }
                if lineNumber == 1 { Self.dropBOM(&line) }
                start = buffer.count
                return .line(line, number: lineNumber)
            }
        }
    }

    private mutating func skipLongLine() throws -> Line {
        lineNumber += 1
        var length = buffer.count - start
        buffer.removeAll(keepingCapacity: true)
        start = 0
        while try fill() {
            if let newline = newlineIndex(from: 0) {
                length += newline
                start = newline + 1
                return .tooLong(length: length, number: lineNumber)
            }
            length += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
        return .tooLong(length: length, number: lineNumber)
    }

    /// The rest of the input as one block; throws EFBIG past `limit`, before reading when the file's size
    /// already says so.
    mutating func readRest(limit: Int) throws -> [UInt8] {
        if let unread = file.unreadBytes, unread + buffer.count - start > limit {
            throw FileError("read", path: file.path, code: EFBIG)
        }
        while try fill() {
            if buffer.count - start > limit { throw FileError("read", path: file.path, code: EFBIG) }
        }
        var bytes = Array(buffer[start...])
        Self.dropBOM(&bytes)
        start = buffer.count
        return bytes
    }

    private static func dropBOM(_ bytes: inout [UInt8]) {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { bytes.removeFirst(3) }
    }
}
