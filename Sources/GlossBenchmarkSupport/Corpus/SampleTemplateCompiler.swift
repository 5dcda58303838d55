/// Turns a sample paragraph into a ``TextTemplate``: the people ``CastFinder`` found (full name or surname
/// alone, as whole words) and every number become variable parts; the rest is kept.
struct SampleTemplateCompiler {
    private let names: [(bytes: [UInt8], piece: TextTemplate.Piece)]

    init(people: [CastFinder.Person]) {
        var names: [(bytes: [UInt8], piece: TextTemplate.Piece)] = []
        for (index, person) in people.enumerated() {
            names.append((Array(person.fullName.utf8), .person(index)))
        }
        for (index, person) in people.enumerated() {
            names.append((Array(person.surname.utf8), .surname(index)))
        }
        // Full names before surnames: "Adaeze Okafor" is one person, not a first name and a surname.
        self.names = names
    }

    func compile(_ text: String) -> TextTemplate {
        let bytes = Array(text.utf8)
        var pieces: [TextTemplate.Piece] = []
        var literal: [UInt8] = []
        func flush() {
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = []
        }
        var index = 0
        scanning: while index < bytes.count {
            let atWordStart = index == 0 || !Self.isWordByte(bytes[index - 1])
            if atWordStart {
                for (name, piece) in names where bytes[index...].starts(with: name) {
                    let end = index + name.count
                    guard end == bytes.count || !Self.isWordByte(bytes[end]) else { continue }
                    flush()
                    pieces.append(piece)
                    index = end
                    continue scanning
                }
                if Self.isDigit(bytes[index]) {
                    var end = index
                    while end < bytes.count && Self.isDigit(bytes[end]) { end += 1 }
                    if end == bytes.count || !Self.isLetter(bytes[end]) {
                        flush()
                        let digits = end - index
                        let value = bytes[index..<end].reduce(0) { $0 * 10 + Int($1 - 0x30) }
                        pieces.append(digits == 4 && (1900...2099).contains(value) ? .year : .number(digits: digits))
                        index = end
                        continue
                    }
                }
            }
            literal.append(bytes[index])
            index += 1
        }
        flush()
        return TextTemplate(pieces: pieces)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    // Bytes of non-ASCII characters do not count, so that "Okafor’s" is Okafor and a possessive.
    private static func isWordByte(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) || byte == 0x2D }
}
