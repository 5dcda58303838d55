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

    private static let opening = Array("The post ".utf8)
    /// What both markers share, searched for first because "pp" is rare in prose.
    private static let core = Array("ppeared ".utf8)
    private static let appearedFirst = Array(" appeared first on ".utf8)
    private static let firstAppeared = Array(" first appeared on ".utf8)
    private static let longestSite = 120

    /// The footer in `bytes[line]`. It must end the line, and start it or follow a finished sentence or a
    /// truncation mark ("... the bridge. [...] The post ... appeared first on ...").
    ///
    /// Cheap on ordinary lines: the marker must sit within the site's length of the line's end, so only
    /// that tail is searched, for the rare "ppeared ".
    static func find(in bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>) -> Match? {
        guard line.count > opening.count + appearedFirst.count else { return nil }
        var index = max(line.lowerBound, line.upperBound - longestSite - appearedFirst.count)
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
            if index < end && startsWith(bytes, index..<line.upperBound, core), let match = match(bytes, line, coreAt: index) {
                return match
            }
            index += 1
        }
        return nil
    }

    private static func match(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, coreAt core: Int) -> Match? {
        let markerStart: Int
        let markerEnd: Int
        if core - 2 >= line.lowerBound && startsWith(bytes, (core - 2)..<line.upperBound, appearedFirst) {
            markerStart = core - 2
            markerEnd = markerStart + appearedFirst.count
        } else if core - 8 >= line.lowerBound && startsWith(bytes, (core - 8)..<line.upperBound, firstAppeared) {
            markerStart = core - 8
            markerEnd = markerStart + firstAppeared.count
        } else {
            return nil
        }
        var siteEnd = line.upperBound
        while siteEnd > markerEnd && (bytes[siteEnd - 1] == 0x2E || bytes[siteEnd - 1] == 0x20) { siteEnd -= 1 }
        let site = markerEnd..<siteEnd
        guard !site.isEmpty, site.count <= longestSite, !contains(bytes, site, Array(". ".utf8)) else { return nil }
        // "The post " at the start of the line, else the last one after a finished sentence.
        var start = markerStart - opening.count
        while start >= line.lowerBound {
            if startsWith(bytes, start..<markerStart, opening)
                && (start == line.lowerBound || (bytes[start - 1] == 0x20 && endsSentence(bytes, before: start - 1, from: line.lowerBound)))
            {
                guard start + opening.count < markerStart else { return nil }
                return Match(start: start, title: (start + opening.count)..<markerStart, site: site)
            }
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

    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ prefix: [UInt8]) -> Bool {
        guard range.count >= prefix.count else { return false }
        for (offset, byte) in prefix.enumerated() where bytes[range.lowerBound + offset] != byte { return false }
        return true
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ pattern: [UInt8]) -> Bool {
        guard range.count >= pattern.count else { return false }
        for start in range.lowerBound...(range.upperBound - pattern.count)
        where startsWith(bytes, start..<range.upperBound, pattern) {
            return true
        }
        return false
    }
}
