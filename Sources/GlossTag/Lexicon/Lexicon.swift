/// Word lists the entity templates consult: each lower-cased word maps to a set of ``Class`` bits
/// (a title, a country, a common first name, ...). The model learns how much to trust each class.
///
/// Lookups go by the token's lower-case hash, so they allocate nothing.
public struct Lexicon: Sendable {
    /// Classes a word can belong to (bits; a word may be in several).
    public enum Class {
        /// Titles and roles written before names: "President", "spokesman", "Dr.".
        public static let title: UInt32 = 1 << 0
        /// Countries and territories.
        public static let country: UInt32 = 1 << 1
        /// Cities, states, provinces and regions.
        public static let place: UInt32 = 1 << 2
        /// Nationality adjectives and demonyms ("Ukrainian").
        public static let nationality: UInt32 = 1 << 3
        /// Words that end organisation names ("Inc.", "Ministry", "University").
        public static let organizationWord: UInt32 = 1 << 4
        /// Organisations usually written by a short name ("NATO", "Kremlin").
        public static let organization: UInt32 = 1 << 5
        /// Common given names.
        public static let givenName: UInt32 = 1 << 6
        /// Months and weekdays (capitalised but not entities).
        public static let calendar: UInt32 = 1 << 7
        /// A word of a multi-word place name ("York" of "New York").
        public static let placePart: UInt32 = 1 << 8
    }

    let table: WordTable

    /// Creates a lexicon from words and their classes; words are matched case-insensitively (ASCII).
    public init(_ words: [(word: String, classes: UInt32)]) {
        var entries: [UInt64: UInt32] = [:]
        for (word, classes) in words {
            entries[Self.lowercaseHash(word), default: 0] |= classes
        }
        self.table = WordTable(entries)
    }

    /// Number of distinct words.
    public var count: Int { table.count }

    /// The classes of a word given its lower-case hash (``TokenTraits``' normalisation).
    @inline(__always)
    func classes(ofLowercased hash: UInt64) -> UInt32 { table.value(hash) ?? 0 }

    /// The classes of `word` (case-insensitive).
    public func classes(of word: String) -> UInt32 { table.value(Self.lowercaseHash(word)) ?? 0 }

    /// The same hash ``TokenTraits`` computes for a token's lower-cased bytes.
    static func lowercaseHash(_ word: String) -> UInt64 {
        TokenTraits.lowercaseHash(word.utf8)
    }
}
