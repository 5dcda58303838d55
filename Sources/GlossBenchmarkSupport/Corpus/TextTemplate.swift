/// A paragraph or sentence with its variable parts marked, so that every use can name other people, other
/// places and other figures while keeping the sentence's shape (its quotes, its punctuation, its length).
public struct TextTemplate: Sendable, Hashable {
    /// One part of a template.
    public enum Piece: Sendable, Hashable {
        /// Text kept as it is (UTF-8).
        case literal([UInt8])
        /// A person of the sample articles (by index in ``SampleMaterial/people``), full name.
        case person(Int)
        /// The same person by surname alone ("Okafor said").
        case surname(Int)
        /// A person the template introduces (`{person}`): someone new, or someone the article already named.
        case newPerson
        /// The surname of the last person the template introduced (`{surname}`).
        case newSurname
        /// A place name (`{place}`).
        case place
        /// An organisation (`{org}`).
        case organisation
        /// A number with this many digits (the first never 0).
        case number(digits: Int)
        /// A year (four digits, 1990-2025).
        case year
        /// One of these texts (a month, a job, a role).
        case choice([[UInt8]])
    }

    /// The parts, in order.
    public var pieces: [Piece]

    /// Creates a template from its parts.
    public init(pieces: [Piece]) { self.pieces = pieces }

    /// Reads a template written with placeholders: `{person}`, `{surname}`, `{place}`, `{org}`, `{n}` (a
    /// one-digit number), `{nn}`/`{nnn}` (two or three digits), `{year}`, and `{NAME}` for each key of
    /// `choices` (one of its texts); other text is literal.
    public init(placeholders text: String, choices: [String: [String]] = [:]) {
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        func flush() {
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = []
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) {
                let name = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                let piece: Piece? = switch name {
                case "person": .newPerson
                case "surname": .newSurname
                case "place": .place
                case "org": .organisation
                case "n": .number(digits: 1)
                case "nn": .number(digits: 2)
                case "nnn": .number(digits: 3)
                case "year": .year
                default: choices[name].map { options in .choice(options.map { Array($0.utf8) }) }
                }
                if let piece {
                    flush()
                    pieces.append(piece)
                    index = close + 1
                    continue
                }
            }
            literal.append(bytes[index])
            index += 1
        }
        flush()
        self.pieces = pieces
    }
}
