/// Finds the people a news text quotes or names, so that generated articles can rename them.
///
/// News introduces a person in a few fixed shapes: "Hollis Amundsen said", "said Lena Marsh, a nurse",
/// "Harold Penn, who ...", "Mayor Adaeze Okafor said", "city engineer Tomasz Wierzbicki, ...". A run of two
/// capitalised words in one of those shapes is taken as a first name and a surname; a longer run counts only
/// when it starts with a title ("Mayor", "Chief"), so that "Adeline Sound Ferries said" is not a person.
/// Good enough for varying test text; it is not an entity recogniser.
public enum CastFinder {
    /// A person: full name and surname.
    public struct Person: Sendable, Hashable {
        /// "First Last".
        public var fullName: String
        /// "Last".
        public var surname: String
    }

    /// The people named in `paragraphs`, in order of first appearance, each once.
    public static func people(in paragraphs: [String]) -> [Person] {
        var found: [Person] = []
        var seen: Set<String> = []
        for paragraph in paragraphs {
            let words = Word.split(paragraph)
            var index = 0
            while index < words.count {
                guard words[index].isCapitalised else {
                    index += 1
                    continue
                }
                var end = index
                while end + 1 < words.count && words[end + 1].isCapitalised && words[end].followedBySpaceOnly { end += 1 }
                defer { index = end + 1 }
                let length = end - index + 1
                guard length >= 2 else { continue }
                if length > 2 && !titles.contains(words[end - 2].text) { continue }
                let before = index > 0 ? words[index - 1] : nil
                let after = end + 1 < words.count ? words[end + 1] : nil
                let lastPunctuation = words[end].trailing
                let speechAfter = after.map { speechVerbs.contains($0.text) } ?? false
                let introduced =
                    (speechAfter && words[end].followedBySpaceOnly)
                    || (lastPunctuation == "," && after?.text == "who")
                    || (lastPunctuation == "," && after?.text == "said" && before?.trailing == ",")
                    || (before.map { speechVerbs.contains($0.text) } ?? false && lastPunctuation == ",")
                    || (before.map { roles.contains($0.text) } ?? false && (lastPunctuation == "," || speechAfter))
                guard introduced else { continue }
                let first = words[end - 1].text
                let last = words[end].text
                let full = first + " " + last
                if seen.insert(full).inserted { found.append(Person(fullName: full, surname: last)) }
            }
        }
        return found
    }

    private static let speechVerbs: Set<String> = ["said", "says", "told", "added", "asked", "wrote"]
    private static let titles: Set<String> = [
        "Mayor", "Forecaster", "Minister", "President", "Chief", "Judge", "Senator", "Governor", "Councillor",
        "Inspector", "Professor", "Coach", "Captain", "Detective", "Director", "Chair", "Dr",
    ]
    private static let roles: Set<String> = [
        "engineer", "minister", "member", "secretary", "executive", "chair", "forecaster", "nurse", "mayor",
        "spokesperson", "spokeswoman", "spokesman", "director", "manager", "officer", "president", "chief",
        "inspector", "teacher", "farmer", "owner", "resident", "worker", "analyst", "economist", "lawyer",
    ]

    /// A word and what follows it up to the next word.
    struct Word {
        var text: String
        /// Punctuation right after the word ("," in "Marsh, a nurse"); empty when a space follows.
        var trailing: String
        /// Whether exactly one space separates it from the next word.
        var followedBySpaceOnly: Bool

        /// Starts with an ASCII capital and goes on in lower case (hyphens allowed: "Okonjo-Reyes").
        var isCapitalised: Bool {
            let bytes = Array(text.utf8)
            guard bytes.count >= 2, bytes[0] >= 0x41, bytes[0] <= 0x5A else { return false }
            return bytes.dropFirst().allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || ($0 >= 0x41 && $0 <= 0x5A) }
                && bytes.dropFirst().contains { $0 >= 0x61 && $0 <= 0x7A }
        }

        /// Splits text into words of letters, digits, hyphens and apostrophes; the rest is trailing punctuation.
        static func split(_ text: String) -> [Word] {
            let bytes = Array(text.utf8)
            var words: [Word] = []
            var index = 0
            func isWordByte(_ byte: UInt8) -> Bool {
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                    || byte == 0x2D || byte == 0x27 || byte >= 0x80
            }
            while index < bytes.count {
                while index < bytes.count && !isWordByte(bytes[index]) { index += 1 }
                let start = index
                while index < bytes.count && isWordByte(bytes[index]) { index += 1 }
                guard start < index else { break }
                let gapStart = index
                while index < bytes.count && !isWordByte(bytes[index]) { index += 1 }
                let gap = bytes[gapStart..<index]
                let trailing = String(decoding: gap.filter { $0 != 0x20 }, as: UTF8.self)
                words.append(Word(
                    text: String(decoding: bytes[start..<gapStart], as: UTF8.self), trailing: trailing,
                    followedBySpaceOnly: gap.count == 1 && gap.first == 0x20))
            }
            return words
        }
    }
}
