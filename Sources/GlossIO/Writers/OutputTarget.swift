/// Where output bytes go: standard output, or a file that appears only when complete.
///
/// A file target writes to a temporary file beside the destination and renames it into place on
/// ``commit()``, so the destination is never left half-written: it is the old file (or absent) until the
/// run succeeds, then the whole new one.
public final class OutputTarget {
    /// The destination as the user named it (`<stdout>` for standard output).
    public let path: String
    private let file: POSIXFile
    /// The file written until ``commit()`` renames it to ``path``; nil when writing straight to the destination.
    public let temporaryPath: String?
    /// The file ``commit()`` puts in place: ``path``, or where it points when it is a symbolic link.
    private let destination: String
    private var buffer: [UInt8] = []
    private var finished = false
    /// Bytes written so far (buffered ones included).
    public private(set) var bytesWritten = 0
    private static let bufferSize = 1 << 18
    /// How many of the bytes pushed to the file the kernel was asked to write back.
    private var writebackStarted = 0
    /// A file target asks for write-back every this many bytes, so that ``commit()``'s sync does not
    /// wait for the whole output at the end of the run (0.66 s for the 335 MB of JSON of the 50 MB
    /// benchmark corpus, measured with strace, while nothing else runs).
    private static let writebackStep = 1 << 22

    /// Standard output.
    public static func standardOutput() -> OutputTarget {
        OutputTarget(path: "<stdout>", file: .standardOutput, temporaryPath: nil)
    }

    /// A file written atomically.
    ///
    /// A destination that already exists and is not a regular file (`/dev/null`, `/dev/stdout`, a named
    /// pipe) is written directly: renaming a temporary file over it would replace the device or pipe. A
    /// destination that is a symbolic link is written where the link points (the link stays a link),
    /// the way `>` in a shell writes through it.
    /// - Throws: ``FileError`` when the temporary file cannot be created (missing folder, no permission).
    public static func file(_ path: String) throws -> OutputTarget {
        if (try? FileSystem.kind(of: path)) == .other {
            return OutputTarget(path: path, file: try .create(path, exclusive: false), temporaryPath: nil)
        }
        let destination = FileSystem.linkTarget(of: path) ?? path
        let slash = destination.lastIndex(of: "/")
        let directory = slash.map { String(destination[...$0]) } ?? ""
        let name = slash.map { String(destination[destination.index(after: $0)...]) } ?? destination
        let temporary = "\(directory).\(name).gloss-\(FileSystem.processID).tmp"
        do {
            return OutputTarget(
                path: path, file: try .create(temporary, exclusive: false), temporaryPath: temporary, destination: destination)
        } catch let error as FileError {
            throw FileError("create", path: path, code: error.code)
        }
    }

    private init(path: String, file: POSIXFile, temporaryPath: String?, destination: String? = nil) {
        self.path = path
        self.file = file
        self.temporaryPath = temporaryPath
        self.destination = destination ?? path
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit {
        if !finished, let temporaryPath { FileSystem.remove(temporaryPath) }
    }

    /// Whether this is a terminal (for colour and progress decisions).
    public var isTerminal: Bool { file.isTerminal }

    /// Appends bytes (buffered).
    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        bytesWritten += bytes.count
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Appends a string's UTF-8.
    public func write(_ text: String) throws { try write(Array(text.utf8)) }

    /// Pushes buffered bytes to the file or stream.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try file.write(buffer)
        } catch let error as FileError {
            throw FileError("write", path: path, code: error.code)
        }
        buffer.removeAll(keepingCapacity: true)
        // With the buffer empty, every byte written is in the file.
        if temporaryPath != nil && bytesWritten - writebackStarted >= Self.writebackStep {
            file.startWriteback(offset: writebackStarted, count: bytesWritten - writebackStarted)
            writebackStarted = bytesWritten
        }
    }

    /// Finishes the output: flushes, and for a file syncs and renames it into place.
    public func commit() throws {
        try flush()
        finished = true
        if let temporaryPath {
            do {
                try file.synchronize()
                try FileSystem.rename(temporaryPath, to: destination)
            } catch {
                FileSystem.remove(temporaryPath)
                throw error
            }
        }
    }

    /// Gives up: a file target's temporary file is removed and the destination left as it was.
    public func abandon() {
        finished = true
        buffer.removeAll()
        if let temporaryPath { FileSystem.remove(temporaryPath) }
    }
}
