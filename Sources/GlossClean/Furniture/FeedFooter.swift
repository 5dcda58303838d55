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
    private static let markers = [Array(" appeared first on ".utf8), Array(" first appeared on ".utf8)]
    private static let longestSite = 120

    /// The footer in `bytes[line]`: at its start, or, with `anywhere`, after a finished sentence or a
    /// truncation mark ("... the bridge. [...] The post ... appeared first on ..."). It must end the line.
    static func find(in bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, anywhere: Bool) -> Match? {
        if let match = match(bytes, line, at: line.lowerBound) { return match }
        guard anywhere, line.count > opening.count else { return nil }
        var index = line.lowerBound + 2
        while index + opening.count <= line.upperBound {
            if bytes[index] == 0x54 && bytes[index - 1] == 0x20 && endsSentence(bytes, before: index - 1, from: line.lowerBound),
                let match = match(bytes, line, at: index)
            {
                return match
            }
            index += 1
        }
        return nil
    }

    private static func match(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, at start: Int) -> Match? {
        let body = start..<line.upperBound
        guard body.count > opening.count + 4, startsWith(bytes, body, opening) else { return nil }
        let titleStart = start + opening.count
        for marker in markers {
            guard let markerStart = find(marker, in: bytes, titleStart..<line.upperBound), markerStart > titleStart else {
                continue
            }
            var siteEnd = line.upperBound
            while siteEnd > markerStart + marker.count && (bytes[siteEnd - 1] == 0x2E || bytes[siteEnd - 1] == 0x20) {
                siteEnd -= 1
            }
            let site = (markerStart + marker.count)..<siteEnd
            guard !site.isEmpty, site.count <= longestSite, find(Array(". ".utf8), in: bytes, site) == nil else { return nil }
            return Match(start: start, title: titleStart..<markerStart, site: site)
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

    private static func find(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard range.count >= pattern.count else { return nil }
        for start in range.lowerBound...(range.upperBound - pattern.count)
        where bytes[start] == pattern[0] && startsWith(bytes, start..<range.upperBound, pattern) {
            return start
        }
        return nil
    }
}
