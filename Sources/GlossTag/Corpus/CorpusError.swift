import Foundation

/// A training or evaluation file that could not be read or parsed.
public struct CorpusError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, with the file and line.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }

    /// The text of a UTF-8 file.
    static func readText(_ path: String) throws(CorpusError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CorpusError("cannot read '\(path)'")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
