import GlossCore

/// The text of a summary: whole sentences, each with its white space runs made single spaces (a sentence
/// may span a hard-wrapped line), joined by single spaces.
package enum SummaryText {
    /// The length of the sentence `span` in Unicode scalars as it will appear in a summary.
    package static func normalizedLength(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span) -> Int {
        var length = 0
        var pendingSpace = false
        var index = span.start
        while index < span.end {
            let byte = bytes[index]
            index += 1
            if CharacterTable.isSpace(byte) {
                pendingSpace = length > 0
                continue
            }
            if byte & 0xC0 == 0x80 { continue }  // a continuation byte: not a new scalar
            if pendingSpace {
                length += 1
                pendingSpace = false
            }
            length += 1
        }
        return length
    }

    /// The chosen sentences joined by single spaces.
    package static func join(_ bytes: UnsafeBufferPointer<UInt8>, _ spans: [Span]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(spans.reduce(0) { $0 + $1.length + 1 })
        for span in spans {
            var pendingSpace = !output.isEmpty
            var wroteAny = false
            for index in span.range {
                let byte = bytes[index]
                if CharacterTable.isSpace(byte) {
                    if wroteAny { pendingSpace = true }
                    continue
                }
                if pendingSpace {
                    output.append(0x20)
                    pendingSpace = false
                }
                output.append(byte)
                wroteAny = true
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
