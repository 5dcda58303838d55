import CGlossFile

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An error from the operating system, with the path and what was being done.
public struct FileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was being done ("open", "read", "write", "rename").
    public var operation: String
    public var path: String
    /// errno.
    public var code: Int32

    public init(_ operation: String, path: String, code: Int32 = errno) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    /// The system's explanation ("No such file or directory").
    public var reason: String { String(cString: strerror(code)) }

    public var description: String { "cannot \(operation) '\(path)': \(reason)" }

    /// Whether the path does not exist.
    public var isMissing: Bool { code == ENOENT || code == ENOTDIR }
}

/// A thin owner of a POSIX file descriptor: reads and writes whole buffers, retries on EINTR.
/// Not `Sendable`: one thread owns it.
public final class POSIXFile {
    public let descriptor: Int32
    public let path: String
    private let ownsDescriptor: Bool

    /// Opens `path` for reading.
    public static func openForReading(_ path: String) throws -> POSIXFile {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError("open", path: path) }
        return POSIXFile(descriptor: fd, path: path, owns: true)
    }

    /// Creates (or truncates) `path` for writing, with mode 0644 before the umask.
    public static func create(_ path: String, exclusive: Bool = false) throws -> POSIXFile {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC)
        let fd = open(path, flags, 0o644)
        guard fd >= 0 else { throw FileError("create", path: path) }
        return POSIXFile(descriptor: fd, path: path, owns: true)
    }

    /// Standard input.
    public static var standardInput: POSIXFile { POSIXFile(descriptor: 0, path: "<stdin>", owns: false) }
    /// Standard output.
    public static var standardOutput: POSIXFile { POSIXFile(descriptor: 1, path: "<stdout>", owns: false) }
    /// Standard error.
    public static var standardError: POSIXFile { POSIXFile(descriptor: 2, path: "<stderr>", owns: false) }

    init(descriptor: Int32, path: String, owns: Bool) {
        self.descriptor = descriptor
        self.path = path
        self.ownsDescriptor = owns
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Reads up to `count` bytes into `buffer` at `offset`; returns how many (0 at end of file).
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let n = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw FileError("read", path: path)
        }
    }

    /// Reads the rest of the file; fails if it grows past `limit` bytes.
    public func readAll(limit: Int = Int.max) throws -> [UInt8] {
        var result: [UInt8] = []
        var st = stat()
        if fstat(descriptor, &st) == 0, st.st_size > 0 { result.reserveCapacity(min(Int(st.st_size), limit) + 1) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = try chunk.withUnsafeMutableBytes { buffer throws in try read(into: buffer) }
            if n == 0 { return result }
            result.append(contentsOf: chunk[0..<n])
            if result.count > limit { throw FileError("read", path: path, code: EFBIG) }
        }
    }

    /// Writes every byte, retrying short writes and EINTR.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError("write", path: path)
            }
            offset += n
        }
    }

    /// Writes every byte of an array.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { buffer throws in try write(buffer) }
    }

    /// Asks the kernel to start writing `count` bytes from `offset` to the device without waiting (Linux;
    /// elsewhere nothing): a later ``synchronize()`` then has less left to write. Failures are ignored,
    /// since ``synchronize()`` still writes everything and reports its own.
    public func startWriteback(offset: Int, count: Int) {
        _ = gloss_start_writeback(descriptor, Int64(offset), Int64(count))
    }

    /// Flushes the file's data to the device (used before the rename that publishes an output file).
    public func synchronize() throws {
        if fsync(descriptor) != 0 && errno != EINVAL && errno != EROFS { throw FileError("sync", path: path) }
    }

    /// The size of a regular file; nil for pipes, terminals and devices, whose size says nothing.
    public var size: Int? {
        var st = stat()
        guard fstat(descriptor, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(st.st_size)
    }

    /// Bytes between the file position and the end of a regular file; nil when not a regular file.
    var unreadBytes: Int? {
        guard let size else { return nil }
        let position = lseek(descriptor, 0, SEEK_CUR)
        return position < 0 ? nil : max(0, size - Int(position))
    }

    /// Whether the descriptor is a terminal.
    public var isTerminal: Bool { isatty(descriptor) == 1 }
}

/// File-system queries used by the readers and the CLI.
public enum FileSystem {
    /// What a path is.
    public enum Kind: Sendable { case file, directory, other }

    /// The kind of `path`, following symbolic links.
    public static func kind(of path: String) throws -> Kind {
        var st = stat()
        guard stat(path, &st) == 0 else { throw FileError("stat", path: path) }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Where `path` points when it is a symbolic link (followed through every link, relative targets
    /// read against the link's folder; a link to a missing file gives that file's path), or nil when it
    /// is not a link.
    static func linkTarget(of path: String) -> String? {
        var current = path
        var followed = 0
        while followed < 40 {
            var st = stat()
            guard lstat(current, &st) == 0, st.st_mode & S_IFMT == S_IFLNK else { break }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { break }
            let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target.hasPrefix("/") {
                current = target
            } else {
                let slash = current.lastIndex(of: "/")
                current = (slash.map { String(current[...$0]) } ?? "") + target
            }
            followed += 1
        }
        return followed > 0 ? current : nil
    }

    /// Device and inode of a directory, to notice symbolic-link loops.
    static func identity(of path: String) -> DirectoryIdentity? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return DirectoryIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }

    /// The entries of a directory (no `.` and `..`), unsorted.
    static func entries(of path: String) throws -> [String] {
        guard let dir = opendir(path) else { throw FileError("list", path: path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Renames atomically (same file system).
    public static func rename(_ from: String, to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw FileError("rename", path: from) }
    }

    /// Removes a file, ignoring a missing one.
    public static func remove(_ path: String) {
        unlink(path)
    }

    /// The process id, for unique temporary names.
    public static var processID: Int32 { getpid() }
}

struct DirectoryIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
}
