import GlossCore

/// Recognises sentences that label rather than tell: headlines, datelines, bylines, section titles.
///
/// Scraped news starts with a headline and a dateline, neither ending in a stop; a summary that spends its
/// sentences on them says little. A sentence is heading-like when it has at most ``maximumWords`` words and
/// does not end in sentence punctuation (`. ! ? : ;` or an ellipsis, possibly followed by closing quotes or
/// brackets), or when it has no word at all.
enum HeadingDetector {
    /// Longer sentences are never headings, whatever their ending (a long line without a stop is prose
    /// whose stop went missing).
    static let maximumWords = 20

    /// Whether the sentence `span` of `bytes`, with `words` words, is heading-like.
    static func isHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span, words: Int) -> Bool {
        guard words > 0 else { return true }
        guard words <= maximumWords else { return false }
        var index = span.end - 1
        while index >= span.start {
            let byte = bytes[index]
            if CharacterTable.isSpace(byte) || byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D {
                index -= 1
                continue
            }
            // ” ’ (E2 80 9D, E2 80 99) and » (C2 BB) close a quotation after the stop.
            if index >= span.start + 2 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80
                && (byte == 0x9D || byte == 0x99)
            {
                index -= 3
                continue
            }
            if index >= span.start + 1 && bytes[index - 1] == 0xC2 && byte == 0xBB {
                index -= 2
                continue
            }
            break
        }
        guard index >= span.start else { return true }
        switch bytes[index] {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x3B: return false
        case 0xA6 where index >= span.start + 2 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80: return false
        default: return true
        }
    }
}
