/// Finds a newswire dateline at the start of a paragraph: "RIVERTON (Gloss Wire) —",
/// "NEW YORK, March 3 (Reuters) -", "SAN JUAN, Puerto Rico —", "WASHINGTON --".
///
/// The place is in capitals (words of capital letters, accented letters, `.`, `'`, `’`, `-`), optionally
/// followed by `, ` and a region or date, then optionally an agency in parentheses, then a dash (em, en,
/// `-` or `--`) with a space on each side. Newsroom labels in capitals ("BREAKING —", "UPDATE -") are
/// not places.
enum Dateline {
    private static let longest = 100
    private static let labels: [StaticString] = [
        "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "OPINION", "ANALYSIS", "EDITOR'S NOTE",
        "EDITOR’S NOTE", "CORRECTION", "PHOTOS", "VIDEO", "FILE", "NOTE", "REVIEW", "LISTEN",
    ]

    /// The dateline at the start of `bytes[line]`, without its dash; nil when the line has none.
    static func find(in bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>) -> Range<Int>? {
        let end = min(line.upperBound, line.lowerBound + longest)
        var index = line.lowerBound
        var capitals = 0
        // The place: capitalised words separated by single spaces.
        while true {
            guard index < end, isCapital(bytes[index]) || bytes[index] >= 0x80 else { return nil }
            while index < end {
                let byte = bytes[index]
                if isCapital(byte) {
                    capitals += 1
                } else if byte >= 0x61 && byte <= 0x7A {
                    return nil  // lower case: a sentence, not a place
                } else if isDash(bytes, index, end) > 0 || !(byte >= 0x80 || byte == 0x2E || byte == 0x27 || byte == 0x2D) {
                    break
                }
                index += 1
            }
            if index + 1 < end && bytes[index] == 0x20 && (isCapital(bytes[index + 1])) {
                index += 1
                continue
            }
            break
        }
        let placeEnd = index
        guard capitals >= 2, !isLabel(bytes, line.lowerBound..<placeEnd) else { return nil }
        // A region or date after a comma.
        if index + 2 < end && bytes[index] == 0x2C && bytes[index + 1] == 0x20 {
            var cursor = index + 2
            guard isCapital(bytes[cursor]) || isDigit(bytes[cursor]) else { return nil }
            while cursor < end && bytes[cursor] != 0x28 && !(bytes[cursor] == 0x20 && isDash(bytes, cursor + 1, end) > 0) {
                let byte = bytes[cursor]
                guard byte >= 0x80 || isCapital(byte) || isDigit(byte) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == 0x20 || byte == 0x2E || byte == 0x2C || byte == 0x27
                else { return nil }
                cursor += 1
            }
            index = cursor
            while index > placeEnd && bytes[index - 1] == 0x20 { index -= 1 }
        }
        // The agency.
        var cursor = index
        if cursor < end && bytes[cursor] == 0x20 { cursor += 1 }
        if cursor < end && bytes[cursor] == 0x28 {
            var close = cursor + 1
            while close < end && bytes[close] != 0x29 && bytes[close] != 0x28 { close += 1 }
            guard close < end, bytes[close] == 0x29, close > cursor + 1 else { return nil }
            index = close + 1
            cursor = index
        }
        // The dash, with text after it.
        if cursor < end && bytes[cursor] == 0x20 { cursor += 1 }
        let dash = isDash(bytes, cursor, end)
        guard dash > 0, cursor + dash + 1 < line.upperBound, bytes[cursor + dash] == 0x20 else { return nil }
        return line.lowerBound..<index
    }

    /// Whether `bytes[range]` is one of the newsroom ``labels``.
    private static func isLabel(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for label in labels where label.utf8CodeUnitCount == range.count {
            let pointer = label.utf8Start
            var offset = 0
            while offset < range.count && bytes[range.lowerBound + offset] == pointer[offset] { offset += 1 }
            if offset == range.count { return true }
        }
        return false
    }

    /// The length of the dash at `index` (—, –, --, -), or 0.
    private static func isDash(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        guard index < end else { return 0 }
        if bytes[index] == 0x2D {
            if index + 1 < end && bytes[index + 1] == 0x2D { return 2 }
            return index + 1 < end && bytes[index + 1] == 0x20 && index > 0 && bytes[index - 1] == 0x20 ? 1 : 0
        }
        if bytes[index] == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94) {
            return 3
        }
        return 0
    }

    @inline(__always)
    private static func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
