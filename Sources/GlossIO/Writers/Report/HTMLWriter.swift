/// Builds HTML into a byte buffer: markup goes in raw, everything from a document goes in escaped.
struct HTMLWriter {
    /// The HTML written so far, as UTF-8.
    var bytes: [UInt8]

    init(capacity: Int = 1024) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends markup written in this module (never document content).
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends text from a document or the user, escaped (see ``HTMLEscape``).
    mutating func text(_ text: String) {
        HTMLEscape.append(text, to: &bytes)
    }

    /// Appends UTF-8 text, escaped.
    mutating func text(utf8: UnsafeBufferPointer<UInt8>) {
        HTMLEscape.append(utf8, to: &bytes)
    }

    /// Appends a decimal integer.
    mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends ` name="value"` with the value escaped.
    mutating func attribute(_ name: StaticString, _ value: String) {
        raw(" ")
        raw(name)
        raw("=\"")
        text(value)
        raw("\"")
    }
}
