/// The 17 Universal Dependencies part-of-speech tags (https://universaldependencies.org/u/pos/).
///
/// Stored as one byte per token; the raw value is the tag as written in CoNLL-U and JSON output.
public enum UPOS: UInt8, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X

    /// The tag as written in CoNLL-U ("PROPN").
    public var name: String { Self.names[Int(rawValue)] }

    /// Parses a tag written as in CoNLL-U; nil for anything else.
    public init?(name: String) {
        guard let index = Self.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    public var description: String { name }

    private static let names = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X",
    ]
}
