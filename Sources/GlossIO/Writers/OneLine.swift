/// Makes text from a document safe to print on one line: in a terminal, a CoNLL-U comment, a list item.
///
/// Runs of whitespace (spaces, tabs, newlines, and Unicode spaces such as U+00A0 and U+2028) become one
/// space and the ends are trimmed; every other control character (C0, DEL, C1 — among them ESC and CSI,
/// which would let a document drive a terminal) becomes U+FFFD. Works on UTF-8 bytes: only a lead byte
/// that can start a Unicode space is decoded.
enum OneLine {
    /// `text` flattened to one line.
    static func flatten(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            if isAlreadyFlat(bytes) { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            append(bytes, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Appends `bytes` (valid UTF-8) flattened to one line.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var pendingSpace = false
        var wroteSomething = false
        var index = 0
        while index < bytes.count {
            let space = whitespaceLength(bytes, at: index)
            if space > 0 {
                pendingSpace = wroteSomething
                index += space
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            wroteSomething = true
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F {
                out.append(contentsOf: replacement)
                index += 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F {
                out.append(contentsOf: replacement)  // a C1 control
                index += 2
            } else {
                out.append(byte)
                index += 1
            }
        }
    }

    /// The byte length of the whitespace character at `offset`, or 0 when it is not whitespace
    /// (`Unicode.Scalar.Properties.isWhitespace`: ASCII tab to carriage return and space, U+0085, U+00A0,
    /// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
    @inline(__always)
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        let lead = bytes[offset]
        if lead < 0x80 { return lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) ? 1 : 0 }
        switch lead {
        case 0xC2:
            guard offset + 1 < bytes.count else { return 0 }
            let next = bytes[offset + 1]
            return next == 0x85 || next == 0xA0 ? 2 : 0
        case 0xE1, 0xE2, 0xE3:
            guard offset + 2 < bytes.count else { return 0 }
            let second = bytes[offset + 1], third = bytes[offset + 2]
            switch (lead, second) {
            case (0xE1, 0x9A): return third == 0x80 ? 3 : 0  // U+1680
            case (0xE2, 0x80): return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
            case (0xE3, 0x80): return third == 0x80 ? 3 : 0  // U+3000
            default: return 0
            }
        default:
            return 0
        }
    }

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Whether the bytes are printable ASCII with single inner spaces and none at the ends.
    private static func isAlreadyFlat(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return bytes.isEmpty }
        var previousSpace = false
        for byte in bytes {
            if byte == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else if byte > 0x20 && byte < 0x7F {
                previousSpace = false
            } else {
                return false
            }
        }
        return true
    }
}
