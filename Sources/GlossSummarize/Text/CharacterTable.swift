/// Byte classes the summarizer needs.
enum CharacterTable {
    /// ASCII letters and digits.
    private static let alphanumeric: [Bool] = (0..<256).map { byte in
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Whether `byte` is an ASCII letter or digit.
    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool { alphanumeric.withUnsafeBufferPointer { $0[Int(byte)] } }

    /// Whether `byte` is ASCII white space (space, tab, line feed, carriage return, form feed, vertical tab).
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// Whether `bytes[start..<end]` holds a letter or digit: an ASCII one, or any non-ASCII character
    /// outside Latin-1's symbols (U+0080–U+00BF: « » £ °) and General Punctuation (U+2000–U+206F: curly
    /// quotes, dashes, the ellipsis), which tokenizers leave as tokens of their own.
    @inline(__always)
    static func containsWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if isAlphanumeric(byte) { return true }
                index += 1
            } else if byte == 0xC2 {
                index += 2
            } else if byte == 0xE2 && index + 1 < end && (bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81) {
                index += 3
            } else if byte >= 0xC3 {
                return true
            } else {
                index += 1  // a stray continuation byte
            }
        }
        return false
    }
}
