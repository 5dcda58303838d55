/// The word lists the tokenizer and the sentence segmenter consult, as allocation-free tables.
///
/// Built once per ``SentenceSegmenter`` (hence once per stage); immutable and shared by all threads. A class
/// so that the scanners that carry it copy one reference, not forty arrays (copies of a large struct showed
/// up as memmove and retain traffic in the tokenizer's profile).
final class Lexicon: Sendable {
    let abbreviations: WordTable<AbbreviationKind>
    let sentenceStarters: WordTable<Bool>
    let speechVerbs: WordTable<Bool>
    let timeFollowers: WordTable<Bool>
    let frontedTimeWords: WordTable<Bool>
    let continuationWords: WordTable<Bool>
    let fusedWords: WordTable<[Int]>
    let hyphenPrefixes: WordTable<Bool>
    let domains: WordTable<Bool>

    /// - Parameter extraAbbreviations: more abbreviations, with or without their final period; they behave
    ///   like `Inc.` (a sentence ends after one only when what follows clearly starts a sentence).
    init(extraAbbreviations: [String] = []) {
        var entries: [(String, AbbreviationKind)] = []
        for group in WordLists.abbreviations {
            for word in group.words {
                entries.append((word, group.kind))
                if group.anyCase { entries.append((word.lowercased(), group.kind)) }
            }
        }
        for word in extraAbbreviations {
            let trimmed = Self.normalizedAbbreviation(word)
            if !trimmed.isEmpty { entries.append((trimmed, .general)) }
        }
        abbreviations = WordTable(entries)
        sentenceStarters = WordTable(WordLists.sentenceStarters.map { ($0, true) }, foldingCase: true)
        speechVerbs = WordTable(WordLists.speechVerbs.map { ($0, true) }, foldingCase: true)
        timeFollowers = WordTable(WordLists.timeFollowers.map { ($0, true) }, foldingCase: true)
        frontedTimeWords = WordTable(WordLists.frontedTimeWords.map { ($0, true) }, foldingCase: true)
        continuationWords = WordTable(WordLists.continuationWords.map { ($0, true) })
        fusedWords = WordTable(WordLists.fusedWords, foldingCase: true)
        hyphenPrefixes = WordTable(WordLists.hyphenPrefixes.map { ($0, true) }, foldingCase: true)
        domains = WordTable(WordLists.domains.map { ($0, true) }, foldingCase: true)
    }

    /// An abbreviation as the table stores it: no surrounding spaces, no final period.
    static func normalizedAbbreviation(_ word: String) -> String {
        var trimmed = Substring(word)
        while let first = trimmed.first, first.isWhitespace { trimmed = trimmed.dropFirst() }
        while let last = trimmed.last, last.isWhitespace || last == "." { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
