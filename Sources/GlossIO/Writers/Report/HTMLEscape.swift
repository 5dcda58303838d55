/// Escapes text for HTML element content and quoted attribute values.
///
/// `&`, `<`, `>`, `"` and `'` become character references, so text can never open a tag, close one, end an
/// attribute or start a comment; C0 control characters other than tab, newline and carriage return (which
/// HTML forbids) become U+FFFD. Everything else, including all non-ASCII UTF-8, is copied as is. Because no
/// `<` survives, escaped text is also safe inside the report's `<script type="text/x-gloss-doc">` data blocks:
/// it cannot contain `</script` or `<!--`.
enum HTMLEscape {
    /// What each byte becomes: 0 = itself; otherwise an index into `replacements`.
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in 0..<0x20 where byte != 0x09 && byte != 0x0A && byte != 0x0D { table[byte] = 6 }
        table[0x26] = 1  // &
        table[0x3C] = 2  // <
        table[0x3E] = 3  // >
        table[0x22] = 4  // "
        table[0x27] = 5  // '
        return table
    }()

    private static let replacements: [[UInt8]] = [
        [], Array("&amp;".utf8), Array("&lt;".utf8), Array("&gt;".utf8), Array("&quot;".utf8), Array("&#39;".utf8),
        [0xEF, 0xBF, 0xBD],
    ]

    /// Appends `source` (valid UTF-8), escaped, to `out`.
    static func append(_ source: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        table.withUnsafeBufferPointer { table in
            var runStart = 0
            for index in 0..<source.count {
                let kind = table[Int(source[index])]
                if kind == 0 { continue }
                if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
                out.append(contentsOf: replacements[Int(kind)])
                runStart = index + 1
            }
            if runStart < source.count {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
            }
        }
    }

    /// Appends `text`, escaped, to `out`.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &out) }
    }

    /// `text`, escaped, as a string (for tests and small pieces).
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
