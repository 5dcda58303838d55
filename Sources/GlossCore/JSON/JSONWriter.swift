/// Builds JSON text into a byte buffer. Objects written from ``JSONValue`` have their keys sorted, so output
/// is deterministic.
public struct JSONWriter: Sendable {
    /// The JSON written so far, as UTF-8. Append through the methods; reading and taking it is fine.
    public var bytes: [UInt8]

    public init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The bytes as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends raw bytes that are already JSON (or punctuation such as `{`, `,`).
    @inlinable
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends the bytes of a string that needs no escaping (a tag name, a keyword).
    @inlinable
    public mutating func raw(contentsOf text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends one raw byte.
    @inlinable
    public mutating func raw(_ byte: UInt8) { bytes.append(byte) }

    /// Appends a decimal integer.
    public mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var remainder = value.magnitude
        var divisor: UInt = 1
        while remainder / divisor >= 10 { divisor &*= 10 }
        while divisor > 0 {
            bytes.append(UInt8(truncatingIfNeeded: remainder / divisor) &+ 0x30)
            remainder %= divisor
            divisor /= 10
        }
    }

    /// Appends a number; non-finite values (which JSON cannot hold) are written as null.
    public mutating func double(_ value: Double) {
        guard value.isFinite else { raw("null"); return }
        if value.rounded() == value && abs(value) < 1e15 {
            integer(Int(value))
            return
        }
        bytes.append(contentsOf: value.description.utf8)
    }

    /// Appends a quoted, escaped string.
    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { string(utf8: $0) }
    }

    /// Appends UTF-8 bytes as a quoted, escaped JSON string. Bytes must be valid UTF-8.
    public mutating func string(utf8 source: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        var runStart = 0
        var i = 0
        let count = source.count
        while i < count {
            let byte = source[i]
            if byte >= 0x20 && byte != 0x22 && byte != 0x5C {
                i += 1
                continue
            }
            if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i])) }
            switch byte {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            default:
                raw("\\u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            }
            i += 1
            runStart = i
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count])) }
        bytes.append(0x22)
    }

    /// Appends `"key":`.
    @inlinable
    public mutating func key(_ key: StaticString) {
        bytes.append(0x22)
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x3A)
    }

    /// Appends any JSON value; object keys sorted.
    public mutating func write(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case .bool(let b): b ? raw("true") : raw("false")
        case .integer(let i): integer(i)
        case .double(let d): double(d)
        case .string(let s): string(s)
        case .array(let elements):
            bytes.append(0x5B)
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(0x2C) }
                write(element)
            }
            bytes.append(0x5D)
        case .object(let members):
            writeObject(members)
        }
    }

    /// Appends an object with its keys sorted.
    public mutating func writeObject(_ members: [String: JSONValue]) {
        bytes.append(0x7B)
        for (index, key) in members.keys.sorted().enumerated() {
            if index > 0 { bytes.append(0x2C) }
            string(key)
            bytes.append(0x3A)
            if let member = members[key] { write(member) }
        }
        bytes.append(0x7D)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
