/// Finds a headline at the top of a plain-text article: a first paragraph of one short line that does not
/// end like a sentence, followed by more text ("Late frost threatens Kell Valley apple harvest").
///
/// Scraped text often keeps the headline as its first line and nothing else says what the title is; with
/// no feed footer and no HTML title, that line is the best title there is. It stays in the text (it is
/// the article's own words); only a copy goes to `meta.title`.
enum Headline {
    /// Longest headline, in bytes; a longer first line is a paragraph of the story.
    private static let longest = 160

    /// The headline's byte range in `bytes`, or nil when the text does not start with one.
    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let limit = min(bytes.count, longest + 1)
        var end = 0
        var words = 1
        while end < limit && bytes[end] != 0x0A {
            if bytes[end] == 0x20 { words += 1 }
            end += 1
        }
        // One line, then a blank line and more text.
        guard end > 0, end <= longest, end + 2 < bytes.count, bytes[end + 1] == 0x0A else { return nil }
        guard words >= 3, words <= 20 else { return nil }
        // Starts like a title: a capital letter, a digit or a non-ASCII letter (“, accented capitals).
        let first = bytes[0]
        guard (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39) || first >= 0x80 else { return nil }
        // A byline ("By Priya Raman") is not a title.
        if end > 3 && bytes[0] == 0x42 && bytes[1] == 0x79 && bytes[2] == 0x20 { return nil }
        // Does not end like a sentence or a lead-in: . ! ? : ; , or a closing quotation mark after them.
        switch bytes[end - 1] {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2C, 0x22: return nil
        case 0x9D where end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80: return nil  // ”
        default: break
        }
        // All capitals is a dateline or a section label ("MARLOW FALLS (Gloss Wire) — …", "BREAKING"), not a title.
        var lowercase = false
        for index in 0..<end where bytes[index] >= 0x61 && bytes[index] <= 0x7A {
            lowercase = true
            break
        }
        guard lowercase else { return nil }
        return 0..<end
    }
}
