/// Turning arbitrary bytes into text: invalid UTF-8 becomes U+FFFD, and the repairs are counted.
public enum UTF8Repair {
    /// Decodes `bytes`, replacing each invalid sequence with U+FFFD.
    /// - Returns: the text and how many replacements were made (0 for valid input).
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, repaired: Int) {
        if let valid = String(validating: bytes, as: UTF8.self) { return (valid, 0) }
        return (String(decoding: bytes, as: UTF8.self), invalidSequenceCount(bytes))
    }

    /// Decodes a byte array, replacing each invalid sequence with U+FFFD.
    public static func decode(_ bytes: [UInt8]) -> (text: String, repaired: Int) {
        bytes.withUnsafeBufferPointer { decode($0) }
    }

    /// How many U+FFFD a decoder inserts for `bytes`.
    public static func invalidSequenceCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var count = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error: count += 1
            case .emptyInput: break loop
            }
        }
        return count
    }
}
