/// Decodes HTML character references (`&amp;`, `&rsquo;`, `&#8217;`, `&#x2019;`) as the HTML standard's
/// tokenizer does, straight from bytes to bytes.
///
/// - Named references: the longest name in the table wins, so `&notit;` is `¬it;` in text; the 106 legacy
///   names (`&amp`, `&copy`, ...) also match without their semicolon, except in attribute values when
///   followed by a letter, digit or `=` (so `?a=1&copy=2` in a URL stays as written).
/// - Numeric references: `&#0;`, surrogates and values past U+10FFFF become U+FFFD; 128-159 are read as
///   windows-1252 (`&#146;` is `’`), which is what old CMSs meant by them.
enum HTMLEntityDecoder {
    /// Where a reference is written: the standard treats legacy names differently in attribute values.
    enum Context {
        case text
        case attribute
    }

    /// Decodes the reference starting at `input[start]` (an `&`) into `out` and returns the index after it.
    /// When no reference starts there, appends the `&` itself and returns `start + 1`.
    ///
    /// - Parameter whitespaceAsSpace: write a decoded tab, newline, carriage return or form feed as a
    ///   space (HTML outside `<pre>` renders them as spaces).
    static func decode(
        _ input: UnsafeBufferPointer<UInt8>, at start: Int, context: Context, whitespaceAsSpace: Bool,
        into out: inout ByteWriter
    ) -> Int {
        let count = input.count
        guard start + 1 < count else {
            out.append(0x26)
            return start + 1
        }
        if input[start + 1] == 0x23 {  // '#'
            return decodeNumeric(input, at: start, whitespaceAsSpace: whitespaceAsSpace, into: &out)
        }
        guard let base = input.baseAddress else { return start + 1 }
        let table = HTMLEntityTable.shared
        let nameStart = start + 1
        var nameEnd = nameStart
        let limit = min(count, nameStart + table.longestName)
        while nameEnd < limit && isAlphanumeric(input[nameEnd]) { nameEnd += 1 }
        guard nameEnd > nameStart else {
            out.append(0x26)
            return start + 1
        }
        if nameEnd < count && input[nameEnd] == 0x3B,  // ';'
            let replacement = table.lookup(base + nameStart, nameEnd + 1 - nameStart)
        {
            write(replacement, whitespaceAsSpace: whitespaceAsSpace, into: &out)
            return nameEnd + 1
        }
        // No full match: the longest legacy name (2-6 letters, no semicolon) that starts the run.
        var length = min(nameEnd - nameStart, 6)
        while length >= 2 {
            if let replacement = table.lookup(base + nameStart, length) {
                let after = nameStart + length
                if context == .attribute && after < count && (isAlphanumeric(input[after]) || input[after] == 0x3D) {
                    break
                }
                write(replacement, whitespaceAsSpace: whitespaceAsSpace, into: &out)
                return after
            }
            length -= 1
        }
        out.append(0x26)
        return start + 1
    }

    private static func decodeNumeric(
        _ input: UnsafeBufferPointer<UInt8>, at start: Int, whitespaceAsSpace: Bool, into out: inout ByteWriter
    ) -> Int {
        let count = input.count
        var index = start + 2
        let hex = index < count && (input[index] | 0x20) == 0x78  // 'x' or 'X'
        if hex { index += 1 }
        let digitsStart = index
        var value: UInt32 = 0
        while index < count {
            let byte = input[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x61...0x66 where hex: digit = UInt32(byte - 0x61 + 10)
            case 0x41...0x46 where hex: digit = UInt32(byte - 0x41 + 10)
            default: digit = 0xFF
            }
            if digit == 0xFF { break }
            // Saturate past the last code point so that a thousand digits cannot overflow.
            value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + digit
            index += 1
        }
        guard index > digitsStart else {
            out.append(0x26)
            return start + 1
        }
        if index < count && input[index] == 0x3B { index += 1 }
        switch value {
        case 0, 0xD800...0xDFFF, 0x110000...:
            value = 0xFFFD
        case 0x80...0x9F:
            value = HTMLEntityData.windows1252[Int(value - 0x80)]
        default:
            break
        }
        if whitespaceAsSpace && isWhitespace(value) {
            out.append(0x20)
        } else {
            out.append(scalar: value)
        }
        return index
    }

    @inline(__always)
    private static func write(_ replacement: HTMLEntityTable.Replacement, whitespaceAsSpace: Bool, into out: inout ByteWriter) {
        if replacement.count == 1 && whitespaceAsSpace && isWhitespace(UInt32(replacement.bytes)) {
            out.append(0x20)
            return
        }
        var bytes = replacement.bytes
        for _ in 0..<replacement.count {
            out.append(UInt8(truncatingIfNeeded: bytes))
            bytes >>= 8
        }
    }

    @inline(__always)
    private static func isWhitespace(_ value: UInt32) -> Bool {
        value == 0x09 || value == 0x0A || value == 0x0C || value == 0x0D
    }

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }
}
