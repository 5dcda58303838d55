/// "The post TITLE appeared first on SITE." — the line WordPress feeds add to every item — and its
/// "first appeared on" variant.
enum FeedFooter {
    /// A footer found in a line.
    struct Match: Equatable {
        /// Where the footer starts (the "T" of "The post"); it runs to the end of the line.
        var start: Int
        var title: Range<Int>
        var site: Range<Int>
    }

    // StaticStrings, not `static let` arrays: literals need no lazy initialisation check on every line.
    private static let opening: StaticString = "The post "
    private static let appearedFirst: StaticString = " appeared first on "
    private static let firstAppeared: StaticString = " first appeared on "
    private static let longestSite = 120

    /// The footer in `bytes[line]`, which must end the line. It starts the line; or, with `anywhere` (for
    /// the text's last line, where feeds put it), it may follow a finished sentence or a truncation mark
    /// ("... the bridge. [...] The post ... appeared first on ...").
    ///
    /// Cheap on ordinary lines: without `anywhere` a line must start with "The post "; with it, only the
    /// line's tail is searched (the marker sits within the site's length of the end), eight bytes at a
    /// time, for the rare "pp" of "appeared".
    static func find(in bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, anywhere: Bool) -> Match? {
        guard line.count > opening.utf8CodeUnitCount + appearedFirst.utf8CodeUnitCount else { return nil }
        let atStart = startsWith(bytes, line.lowerBound, line.upperBound, opening)
        guard atStart || anywhere else { return nil }
        var index = max(line.lowerBound, line.upperBound - longestSite - appearedFirst.utf8CodeUnitCount)
        let end = line.upperBound - 8  // "ppeared " must fit
        guard index < end, let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        while index < end {
            if index + 8 <= line.upperBound {
                // Eight bytes at a time: the high bit of each byte that is 'p' and followed by another 'p'.
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ (ones &* 0x70)
                let isP = ~(((word & lows) &+ lows) | word | lows)
                let pairs = isP & (isP >> 8)
                if pairs == 0 {
                    index += 7  // the last byte may pair with the next word's first
                    continue
                }
                index += pairs.trailingZeroBitCount / 8
            } else if !(base[index] == 0x70 && base[index + 1] == 0x70) {
                index += 1
                continue
            }
            if index < end, let match = match(bytes, line, coreAt: index, anywhere: anywhere) { return match }
            index += 1
        }
        return nil
    }

    /// The footer around a "pp" at `core`, if the marker is there and a "The post " opens it.
    private static func match(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, coreAt core: Int, anywhere: Bool) -> Match? {
        let markerStart: Int
        let markerEnd: Int
        if core >= line.lowerBound + 2 && startsWith(bytes, core - 2, line.upperBound, appearedFirst) {
            markerStart = core - 2
            markerEnd = markerStart + appearedFirst.utf8CodeUnitCount
        } else if core >= line.lowerBound + 8 && startsWith(bytes, core - 8, line.upperBound, firstAppeared) {
            markerStart = core - 8
            markerEnd = markerStart + firstAppeared.utf8CodeUnitCount
        } else {
            return nil
        }
        var siteEnd = line.upperBound
        while siteEnd > markerEnd && (bytes[siteEnd - 1] == 0x2E || bytes[siteEnd - 1] == 0x20) { siteEnd -= 1 }
        let site = markerEnd..<siteEnd
        guard !site.isEmpty, site.count <= longestSite, !containsSentenceBreak(bytes, site) else { return nil }
        // "The post " at the start of the line, else (anywhere) the last one after a finished sentence.
        let length = opening.utf8CodeUnitCount
        var start = anywhere ? markerStart - length : line.lowerBound
        while start >= line.lowerBound {
            if startsWith(bytes, start, markerStart, opening)
                && (start == line.lowerBound || (bytes[start - 1] == 0x20 && endsSentence(bytes, before: start - 1, from: line.lowerBound)))
            {
                guard start + length < markerStart else { return nil }
                return Match(start: start, title: (start + length)..<markerStart, site: site)
            }
            if !anywhere { break }
            start -= 1
        }
        return nil
    }

    /// Whether the text before the space at `space` ends a sentence or an excerpt.
    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, before space: Int, from lineStart: Int) -> Bool {
        guard space > lineStart else { return false }
        switch bytes[space - 1] {
        case 0x2E, 0x21, 0x3F, 0x5D, 0x29, 0x22, 0x27: return true  // . ! ? ] ) " '
        case 0xA6, 0x9D, 0x99:  // … ” ’
            return space - 3 >= lineStart && bytes[space - 3] == 0xE2 && bytes[space - 2] == 0x80
        default: return false
        }
    }

    /// Whether `bytes[start..<end]` starts with `prefix`.
    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard end - start >= length else { return false }
        let pointer = prefix.utf8Start
        for offset in 0..<length where bytes[start + offset] != pointer[offset] { return false }
        return true
    }

    /// Whether `bytes[range]` holds ". " (a site name is one phrase, not a sentence and more).
    private static func containsSentenceBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 2 else { return false }
        for index in range.lowerBound..<(range.upperBound - 1) where bytes[index] == 0x2E && bytes[index + 1] == 0x20 {
            return true
        }
        return false
    }
}
