/// Short facts for `meta` (a title, a site name, a URL): whitespace collapsed, and cut so that no value
/// is large.
enum MetaText {
    /// The longest value kept, in UTF-8 bytes.
    static let limit = 300

    /// `bytes[range]` with runs of whitespace (and no-break spaces) made one space, trimmed, and cut at
    /// ``limit`` bytes on a character boundary; nil when nothing is left.
    static func compact(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        let result = String(unsafeUninitializedCapacity: min(range.count, limit + 1)) { output in
            var count = 0
            var pendingSpace = false
            var index = range.lowerBound
            while index < range.upperBound && count <= limit {
                let byte = bytes[index]
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = true
                    index += 1
                    continue
                }
                if byte == 0xC2 && index + 1 < range.upperBound && bytes[index + 1] == 0xA0 {
                    pendingSpace = true
                    index += 2
                    continue
                }
                if pendingSpace && count > 0 {
                    output[count] = 0x20
                    count += 1
                    if count > limit { break }
                }
                pendingSpace = false
                output[count] = byte
                count += 1
                index += 1
            }
            if count > limit {
                // Cut at the limit, backing off to the start of the character that straddles it.
                count = limit
                while count > 0 && output[count] & 0xC0 == 0x80 { count -= 1 }
                while count > 0 && output[count - 1] == 0x20 { count -= 1 }
            }
            return count
        }
        return result.isEmpty ? nil : result
    }
}
