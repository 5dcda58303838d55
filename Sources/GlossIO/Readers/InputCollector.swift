import GlossCore

/// One input to read: a file with its format, or standard input.
public struct InputItem: Hashable, Sendable {
    /// The path as the user gave it (or found under a directory they gave); `-` for stdin.
    public var path: String
    /// The format to read it with (`auto` only for stdin, decided on the first byte).
    public var format: InputFormat

    public init(path: String, format: InputFormat) {
        self.path = path
        self.format = format
    }

    /// Whether this is standard input.
    public var isStandardInput: Bool { path == "-" }
}

/// Turns the command line's inputs into a list of files: directories are walked recursively in sorted order,
/// symbolic-link loops are noticed, files of other kinds are counted as skipped.
public struct InputCollector {
    /// The files to read, in order.
    public private(set) var items: [InputItem] = []
    /// Inputs that do not exist (the CLI exits 66).
    public private(set) var missing: [String] = []
    /// Problems that do not stop the run: unreadable directories, symlink loops, skipped files.
    public private(set) var warnings: [String] = []
    /// Files in directories skipped for their extension.
    public private(set) var skippedFiles = 0

    private let forcedFormat: InputFormat
    private var visited: Set<DirectoryIdentity> = []

    /// Collects `paths` (`-` or an empty list means stdin). `format` other than `auto` forces every file's format.
    public init(paths: [String], format: InputFormat = .auto) {
        forcedFormat = format
        if paths.isEmpty {
            items.append(InputItem(path: "-", format: format))
            return
        }
        for path in paths { add(path, explicit: true) }
        if skippedFiles > 0 {
            warnings.append("skipped \(skippedFiles) file(s) in input directories that are not .txt, .html/.htm or .jsonl (name such a file directly, or use --input-format, to read it)")
        }
    }

    private mutating func add(_ path: String, explicit: Bool) {
        if path == "-" {
            items.append(InputItem(path: "-", format: forcedFormat))
            return
        }
        let kind: FileSystem.Kind
        do {
            kind = try FileSystem.kind(of: path)
        } catch {
            if explicit && (error as? FileError)?.isMissing == true {
                missing.append(path)
            } else if explicit {
                // Exists but cannot be examined: read it anyway so that the failure is a per-document error.
                items.append(InputItem(path: path, format: format(for: path) ?? .text))
            } else {
                warnings.append("\(error); skipped")
            }
            return
        }
        switch kind {
        case .directory:
            walk(path)
        case .file, .other:
            if let format = format(for: path) {
                items.append(InputItem(path: path, format: format))
            } else if explicit {
                items.append(InputItem(path: path, format: .text))
            } else {
                skippedFiles += 1
            }
        }
    }

    private func format(for path: String) -> InputFormat? {
        forcedFormat == .auto ? InputFormat.forFileName(path) : forcedFormat
    }

    private mutating func walk(_ directory: String) {
        guard let identity = FileSystem.identity(of: directory) else { return }
        guard visited.insert(identity).inserted else {
            warnings.append("'\(directory)' leads back to a directory already read (a symbolic-link loop); skipped")
            return
        }
        let names: [String]
        do {
            names = try FileSystem.entries(of: directory)
        } catch {
            warnings.append("\(error); its files are not read")
            return
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
            add(prefix + name, explicit: false)
        }
    }
}
