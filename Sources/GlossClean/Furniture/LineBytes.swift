/// Byte helpers for matching lines of normalised text (no leading, trailing or doubled spaces).
enum LineBytes {
    /// Whether `bytes[range]` equals `phrase` (lower case ASCII) ignoring ASCII case.
    @inline(__always)
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ phrase: [UInt8]) -> Bool {
        guard range.count == phrase.count else { return false }
        return hasPrefix(bytes, range, phrase)
    }

    /// Whether `bytes[range]` starts with `phrase` (lower case) ignoring ASCII case.
    @inline(__always)
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ phrase: [UInt8]) -> Bool {
        guard range.count >= phrase.count else { return false }
        var offset = 0
        for byte in phrase {
            if lowercased(bytes[range.lowerBound + offset]) != byte { return false }
            offset += 1
        }
        return true
    }

    /// Whether `bytes[range]` ends with `phrase` (lower case) ignoring ASCII case.
    @inline(__always)
    static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ phrase: [UInt8]) -> Bool {
        guard range.count >= phrase.count else { return false }
        return hasPrefix(bytes, (range.upperBound - phrase.count)..<range.upperBound, phrase)
    }

    /// Whether `phrase` starts `bytes[range]` as a phrase of its own: it is all of it, or a space, a
    /// colon, a stop, an arrow or a dash follows. A comma does not count: "Continue reading, she told
    /// the class" is a sentence.
    static func hasWordPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ phrase: [UInt8]) -> Bool {
        guard hasPrefix(bytes, range, phrase) else { return false }
        let after = range.lowerBound + phrase.count
        guard after < range.upperBound else { return true }
        switch bytes[after] {
        case 0x20, 0x3A, 0x2E, 0x21, 0x3E, 0x2D: return true
        case let byte: return byte >= 0x80
        }
    }

    /// `range` without list bullets in front and without trailing punctuation, arrows and spaces: the
    /// part of a short line that says what it is ("» Read more…" → "Read more").
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let length = bulletLength(bytes, start, end)
            if length == 0 { break }
            start += length
            while start < end && bytes[start] == 0x20 { start += 1 }
        }
        while end > start {
            let length = trailerLength(bytes, start, end)
            if length == 0 { break }
            end -= length
        }
        return start..<end
    }

    private static func bulletLength(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        switch bytes[start] {
        case 0x2D, 0x2A, 0x3E, 0x7C:  // - * > |
            return start + 1 < end && bytes[start + 1] == 0x20 ? 1 : 0
        case 0xE2 where start + 2 < end && bytes[start + 1] == 0x80 && (bytes[start + 2] == 0xA2 || bytes[start + 2] == 0xBA):
            return 3  // • ›
        case 0xC2 where start + 1 < end && bytes[start + 1] == 0xBB:
            return 2  // »
        default:
            return 0
        }
    }

    private static func trailerLength(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        let last = bytes[end - 1]
        switch last {
        case 0x20, 0x3A, 0x2E, 0x21, 0x3E, 0x7C, 0x2D:  // space : . ! > | -
            return 1
        case 0xBB where end - start >= 2 && bytes[end - 2] == 0xC2:
            return 2  // »
        case 0xA6 where end - start >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80:
            return 3  // …
        case 0xBA where end - start >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80:
            return 3  // ›
        case 0x92 where end - start >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x86:
            return 3  // →
        default:
            return 0
        }
    }
}
