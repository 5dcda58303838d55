@testable import GlossSegment
import Testing

/// The ASCII class table is a string literal of raw values; check it against the rules written out.
@Test func asciiClassTableFollowsTheRules() {
    func expected(_ byte: UInt8) -> CharacterClass {
        switch byte {
        case 0x61...0x7A: return .lower
        case 0x41...0x5A: return .upper
        case 0x30...0x39: return .digit
        case 0x20, 0x09, 0x0B, 0x0C: return .space
        case 0x0A, 0x0D: return .lineBreak
        case UInt8(ascii: "."): return .period
        case UInt8(ascii: ","): return .comma
        case UInt8(ascii: "!"), UInt8(ascii: "?"): return .stop
        case UInt8(ascii: ";"), UInt8(ascii: ":"): return .colon
        case UInt8(ascii: "\""): return .straightDoubleQuote
        case UInt8(ascii: "'"): return .straightSingleQuote
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return .openBracket
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): return .closeBracket
        case UInt8(ascii: "-"): return .hyphen
        case UInt8(ascii: "/"): return .slash
        case UInt8(ascii: "&"): return .ampersand
        case UInt8(ascii: "@"): return .at
        case UInt8(ascii: "#"): return .hash
        case UInt8(ascii: "_"): return .underscore
        case UInt8(ascii: "`"): return .backtick
        case 0x00...0x1F, 0x7F: return .space
        default: return .symbol
        }
    }
    for byte in UInt8(0)..<128 {
        #expect(asciiClass(byte) == expected(byte), "byte \(byte)")
    }
}
