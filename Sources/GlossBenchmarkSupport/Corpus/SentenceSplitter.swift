/// Splits a sample paragraph into sentences for recombination: a sentence ends at `.`, `?` or `!` (and a
/// closing quotation mark right after it) followed by a space and a capital letter or an opening quotation
/// mark, outside quotation marks, so that a quotation of two sentences stays whole and every piece has
/// balanced quotes. Good enough for the project's own sample articles; the `segment` stage is the real one.
enum SentenceSplitter {
    static func sentences(_ paragraph: String) -> [String] {
        let bytes = Array(paragraph.utf8)
        let closingQuote: [UInt8] = Array("”".utf8)
        let openingQuote: [UInt8] = Array("“".utf8)
        var sentences: [String] = []
        var start = 0
        var index = 0
        var insideQuote = false
        while index < bytes.count {
            if bytes[index...].starts(with: openingQuote) {
                insideQuote = true
            } else if bytes[index...].starts(with: closingQuote) {
                insideQuote = false
            } else if bytes[index] == UInt8(ascii: "\"") {
                insideQuote.toggle()
            }
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") else { continue }
            var end = index
            if bytes[end...].starts(with: closingQuote) {
                end += closingQuote.count
            } else if insideQuote && end < bytes.count && bytes[end] == UInt8(ascii: "\"") {
                end += 1
            } else if insideQuote {
                continue
            }
            guard end + 1 < bytes.count, bytes[end] == 0x20 else { continue }
            let next = bytes[end + 1]
            guard (next >= 0x41 && next <= 0x5A) || next == UInt8(ascii: "\"") || bytes[(end + 1)...].starts(with: openingQuote)
            else { continue }
            sentences.append(String(decoding: bytes[start..<end], as: UTF8.self))
            insideQuote = false  // the closing mark taken into the sentence was skipped by the scan
            start = end + 1
            index = start
        }
        if start < bytes.count { sentences.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return sentences
    }
}
