/// A JSON syntax error, with the byte offset where it was found.
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What the parser expected or found.
    public var message: String
    /// Byte offset into the input, from 0.
    public var offset: Int

    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// `malformed JSON at byte N: message`
    public var description: String { "malformed JSON at byte \(offset + 1): \(message)" }
}

/// A strict JSON parser (RFC 8259) over UTF-8 bytes.
///
/// Invalid UTF-8 inside strings is replaced with U+FFFD (and counted in ``repairedSequences``), lone
/// surrogate escapes likewise; nesting deeper than ``maximumDepth`` is an error rather than a stack overflow.
public struct JSONParser {
    /// Deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 512

    private let input: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0
    /// How many invalid UTF-8 sequences or lone surrogates were replaced with U+FFFD.
    public private(set) var repairedSequences = 0

    /// Parses one JSON value that must fill `bytes` (surrounding whitespace allowed).
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> (JSONValue, repaired: Int) {
        var parser = JSONParser(input: bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.position < bytes.count {
            throw parser.error("unexpected '\(parser.describeByte(bytes[parser.position]))' after the value")
        }
        return (value, parser.repairedSequences)
    }

    /// Parses one JSON value from a byte array.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> (JSONValue, repaired: Int) {
        do {
            return try bytes.withUnsafeBufferPointer { buffer in try parse(buffer) }
        } catch let error as JSONSyntaxError {
            throw error
        } catch {
            throw JSONSyntaxError(message: "\(error)", offset: 0)
        }
    }

    /// Parses one JSON value from a string.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8)).0
    }

    private init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
    }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, offset: position)
    }

    private func describeByte(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
    }

    private mutating func skipWhitespace() {
        while position < input.count {
            switch input[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard position < input.count else { throw error("unexpected end of input, expected a value") }
        switch input[position] {
        case 0x7B: return try parseObject()
        case 0x5B: return try parseArray()
        case 0x22: return .string(try parseString())
        case 0x74: try expectLiteral("true"); return .bool(true)
        case 0x66: try expectLiteral("false"); return .bool(false)
        case 0x6E: try expectLiteral("null"); return .null
        case 0x2D, 0x30...0x39: return try parseNumber()
        case let byte: throw error("unexpected '\(describeByte(byte))', expected a value")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let count = literal.utf8CodeUnitCount
        let matches = position + count <= input.count && literal.withUTF8Buffer { expected in
            (0..<count).allSatisfy { input[position + $0] == expected[$0] }
        }
        guard matches else { throw error("invalid literal, expected '\(literal)'") }
        position += count
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if position < input.count && input[position] == 0x7D {
            position += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard position < input.count, input[position] == 0x22 else {
                throw error(position < input.count ? "expected a string key" : "unexpected end of input in an object")
            }
            let key = try parseString()
            skipWhitespace()
            guard position < input.count, input[position] == 0x3A else { throw error("expected ':' after a key") }
            position += 1
            skipWhitespace()
            members[key] = try parseValue()
            skipWhitespace()
            guard position < input.count else { throw error("unexpected end of input in an object") }
            if input[position] == 0x2C { position += 1; continue }
            if input[position] == 0x7D { position += 1; return .object(members) }
            throw error("expected ',' or '}' in an object")
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < input.count && input[position] == 0x5D {
            position += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard position < input.count else { throw error("unexpected end of input in an array") }
            if input[position] == 0x2C { position += 1; continue }
            if input[position] == 0x5D { position += 1; return .array(elements) }
            throw error("expected ',' or ']' in an array")
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        var isInteger = true
        if input[position] == 0x2D { position += 1 }
        guard position < input.count, (0x30...0x39).contains(input[position]) else {
            throw error("expected a digit")
        }
        if input[position] == 0x30 {
            position += 1
        } else {
            while position < input.count, (0x30...0x39).contains(input[position]) { position += 1 }
        }
        if position < input.count, input[position] == 0x2E {
            isInteger = false
            position += 1
            guard position < input.count, (0x30...0x39).contains(input[position]) else {
                throw error("expected a digit after '.'")
            }
            while position < input.count, (0x30...0x39).contains(input[position]) { position += 1 }
        }
        if position < input.count, input[position] == 0x65 || input[position] == 0x45 {
            isInteger = false
            position += 1
            if position < input.count, input[position] == 0x2B || input[position] == 0x2D { position += 1 }
            guard position < input.count, (0x30...0x39).contains(input[position]) else {
                throw error("expected a digit in the exponent")
            }
            while position < input.count, (0x30...0x39).contains(input[position]) { position += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: input[start..<position]), as: UTF8.self)
        if isInteger, let value = Int(text) { return .integer(value) }
        guard let value = Double(text) else { throw error("number out of range") }
        return .double(value)
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        position += 1
        let start = position
        // Fast path: no escapes.
        while position < input.count {
            let byte = input[position]
            if byte == 0x22 {
                let slice = UnsafeBufferPointer(rebasing: input[start..<position])
                position += 1
                return makeString(slice)
            }
            if byte == 0x5C { break }
            if byte < 0x20 { throw error("control character in a string (escape it as \\u00XX)") }
            position += 1
        }
        guard position < input.count else {
            position = start - 1
            throw error("unterminated string")
        }
        var buffer = [UInt8](UnsafeBufferPointer(rebasing: input[start..<position]))
        while position < input.count {
            let byte = input[position]
            switch byte {
            case 0x22:
                position += 1
                return buffer.withUnsafeBufferPointer { makeString($0) }
            case 0x5C:
                position += 1
                guard position < input.count else { throw error("unterminated escape") }
                let escape = input[position]
                position += 1
                switch escape {
                case 0x22: buffer.append(0x22)
                case 0x5C: buffer.append(0x5C)
                case 0x2F: buffer.append(0x2F)
                case 0x62: buffer.append(0x08)
                case 0x66: buffer.append(0x0C)
                case 0x6E: buffer.append(0x0A)
                case 0x72: buffer.append(0x0D)
                case 0x74: buffer.append(0x09)
                case 0x75: appendScalar(try parseUnicodeEscape(), to: &buffer)
                default:
                    position -= 1
                    throw error("invalid escape '\\\(describeByte(escape))'")
                }
            default:
                if byte < 0x20 { throw error("control character in a string (escape it as \\u00XX)") }
                // The run up to the next quote, backslash or control byte goes in one copy: text with a
                // newline in every paragraph takes this path, and byte-at-a-time appends were most of its cost.
                let runStart = position
                position += 1
                while position < input.count {
                    let next = input[position]
                    if next == 0x22 || next == 0x5C || next < 0x20 { break }
                    position += 1
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<position]))
            }
        }
        throw error("unterminated string")
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= input.count else { throw error("incomplete \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = input[position]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw error("invalid hex digit in \\u escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let first = try parseHex4()
        if (0xD800...0xDBFF).contains(first) {
            // A high surrogate needs a low one right after it.
            if position + 6 <= input.count, input[position] == 0x5C, input[position + 1] == 0x75 {
                let saved = position
                position += 2
                let second = try parseHex4()
                if (0xDC00...0xDFFF).contains(second) {
                    let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    return Unicode.Scalar(combined) ?? "\u{FFFD}"
                }
                position = saved
            }
            repairedSequences += 1
            return "\u{FFFD}"
        }
        if (0xDC00...0xDFFF).contains(first) {
            repairedSequences += 1
            return "\u{FFFD}"
        }
        return Unicode.Scalar(first) ?? "\u{FFFD}"
    }

    private func appendScalar(_ scalar: Unicode.Scalar, to buffer: inout [UInt8]) {
        UTF8.encode(scalar) { buffer.append($0) }
    }

    private mutating func makeString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        repairedSequences += UTF8Repair.invalidSequenceCount(bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
