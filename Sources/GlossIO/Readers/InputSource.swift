#if canImport(Glibc)
import Glibc
#endif
import GlossCore

/// Reads input items one record at a time: a `.txt`/`.html` file is one record, each non-empty line of
/// a `.jsonl` file is one. Records are not decoded here (that happens on the workers).
///
/// Memory: a JSON Lines file is read in 64 KiB chunks; only the current line is held. A line longer than
/// `maximumRecordBytes` is skipped up to its end and returned as an unreadable record. A whole file larger
/// than `maximumFileBytes` is an unreadable record too, found from its size before any of it is read.
public struct InputSource: DocumentSource {
    private let items: [InputItem]
    private let maximumRecordBytes: Int
    private let maximumFileBytes: Int
    private var itemIndex = 0
    private var lines: LineReader?
    private var currentPath = ""

    /// A source over `items`.
    /// - Parameters:
    ///   - maximumRecordBytes: the longest JSON Lines line read (escapes make a line longer than its text).
    ///   - maximumFileBytes: the largest `.txt`/`.html` file read (its bytes are the document's text);
    ///     default `maximumRecordBytes`.
    public init(items: [InputItem], maximumRecordBytes: Int = 256 << 20, maximumFileBytes: Int? = nil) {
        self.items = items
        self.maximumRecordBytes = maximumRecordBytes
        self.maximumFileBytes = maximumFileBytes ?? maximumRecordBytes
    }

    public var hasBufferedRecord: Bool {
        if let lines { return lines.hasBufferedLine }
        // Whole files are read without waiting on another program.
        return itemIndex < items.count && !items[itemIndex].isStandardInput
    }

    public mutating func next() throws -> InputRecord? {
        while true {
            if var reader = lines {
                let line = try reader.nextLine()
                lines = reader
                switch line {
                case .line(let bytes, let number):
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    return InputRecord(origin: "\(currentPath):\(number)", payload: .jsonLine(bytes))
                case .tooLong(let length, let number):
                    return InputRecord(
                        origin: "\(currentPath):\(number)",
                        payload: .unreadable("\(currentPath):\(number): the line has \(length) bytes, more than the \(maximumRecordBytes)-byte limit for one record; split the document or raise limits.max_document_bytes"))
                case .end:
                    lines = nil
                    continue
                }
            }
            guard itemIndex < items.count else { return nil }
            let item = items[itemIndex]
            itemIndex += 1
            if let record = try open(item) { return record }
        }
    }

    /// Opens an item: returns its record for whole-file formats, or starts a line reader for JSON Lines.
    private mutating func open(_ item: InputItem) throws -> InputRecord? {
        let displayPath = item.isStandardInput ? "<stdin>" : item.path
        let file: POSIXFile
        do {
            file = item.isStandardInput ? .standardInput : try .openForReading(item.path)
        } catch {
            return InputRecord(origin: displayPath, payload: .unreadable("\(error)"))
        }
        var format = item.format
        var reader = LineReader(file: file, maximumLineBytes: maximumRecordBytes)
        if format == .auto {
            // Only stdin gets here: JSON Lines when its first non-space byte is '{', else one text document.
            // An empty (or blank) stdin is no document at all: a stream processor that pipes an empty
            // partition through gloss must get nothing back, not one empty document.
            switch try reader.firstSignificantByte() {
            case UInt8(ascii: "{")?, nil: format = .jsonl
            default: format = .text
            }
        }
        switch format {
        case .jsonl, .auto:
            currentPath = displayPath
            lines = reader
            return nil
        case .text, .html:
            do {
                let bytes = try reader.readRest(limit: maximumFileBytes)
                return InputRecord(origin: displayPath, payload: format == .html ? .html(bytes) : .plainText(bytes))
            } catch let error as FileError where error.code == EFBIG {
                let size = file.size.map { "has \($0) bytes" } ?? "is larger than that"
                return InputRecord(origin: displayPath, payload: .unreadable(
                    "\(displayPath): the limit for one document is \(maximumFileBytes) bytes (limits.max_document_bytes) and the file \(size); split it or raise the limit in the pipeline file"))
            } catch {
                return InputRecord(origin: displayPath, payload: .unreadable("\(error)"))
            }
        }
    }
}
