import GlossCore

/// Small deterministic rules applied to the entity model's spans for news text, each checked on dev data
/// or on the project's news samples:
///
/// - titles stay outside person names ("President Ana Lind" → PER "Ana Lind"), whatever the model did;
/// - a leading "the" and a trailing possessive stay outside every name ("the Kremlin's" → "Kremlin"),
///   also when the tokenizer left "Ukraine's" as one token;
/// - a person's role before a name the model labelled a place or organisation makes it a person
///   ("Forecaster Beatriz Lund" → PER "Beatriz Lund"), and a name ending in a place word is a place
///   ("the Mill Street Bridge" → LOC), whatever the model's label;
/// - a lone common noun opening a sentence ("Growers in the valley ...") is no name;
/// - a dateline at the start of a sentence ("RIVERTON (Gloss Wire) —", "OSLO, Norway —") makes the
///   capitalised place a LOC and the agency in parentheses an ORG; treebank text has no datelines, so
///   the model rarely gets them right on its own.
enum NewsEntityRules {
    /// The final span of a decoded mention of tokens `first...last`, or nil when nothing is left.
    static func refine(
        first: Int, last: Int, label: EntityLabel, bytes: UnsafeBufferPointer<UInt8>,
        tokens: UnsafeBufferPointer<Token>, lexicon: Lexicon, enabled: Bool, commonNounOpening: Bool = false
    ) -> Entity? {
        var first = first
        var last = last
        var label = label
        if enabled {
            if commonNounOpening && label == .person { return nil }
            while first <= last, isWord(tokens[first], "the", bytes) { first += 1 }
            // A role and a first name and surname (two or three words): "State Farm" or "General Mills"
            // stay organisations.
            if label != .person, (2...3).contains(last - first), isPersonRole(tokens[first], bytes, lexicon),
                (first + 1...last).allSatisfy({ looksLikeNamePart(tokens[$0], bytes, lexicon) })
            {
                label = .person
            }
            // Organisations only: persons are often named after places ("Lauryn Hill", "Michael Bay").
            if label == .organization, isPlaceHead(tokens[lastWord(first: first, last: last, bytes, tokens)], bytes) {
                label = .location
            }
            if label == .person {
                // Titles, and the small words between title words ("Secretary of State").
                var strippedTitle = false
                while first <= last {
                    if lexicon.classes(of: tokens[first], bytes) & Lexicon.Class.title != 0
                        || extraRoles.value(lowercaseHash(tokens[first], bytes)) != nil
                    {
                        strippedTitle = true
                    } else if !(strippedTitle && isTitleConnector(tokens[first], bytes)) {
                        break
                    }
                    first += 1
                }
            }
            while last >= first, isPossessive(bytes, tokens[last].start, tokens[last].end) { last -= 1 }
        }
        guard first <= last else { return nil }
        var end = tokens[last].end
        if enabled {
            let start = tokens[last].start
            if end - start > 4, bytes[end - 4] == 0xE2, isPossessive(bytes, end - 4, end) {
                end -= 4
            } else if end - start > 2, isPossessive(bytes, end - 2, end) {
                end -= 2
            }
        }
        return Entity(Span(start: tokens[first].start, end: end), label: label)
    }

    /// Finds datelines at sentence starts and makes their place LOC and their agency ORG, replacing any
    /// overlapping entity the model found there.
    static func applyDatelines(
        bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, groups: [Range<Int>],
        entities: inout [Entity]
    ) {
        var added: [Entity] = []
        for group in groups {
            guard let dateline = matchDateline(bytes: bytes, tokens: tokens, range: group) else { continue }
            added.append(contentsOf: dateline)
        }
        guard !added.isEmpty else { return }
        entities.removeAll { entity in added.contains { $0.span.overlaps(entity.span) } }
        entities.append(contentsOf: added)
        entities.sort { $0.span < $1.span }
    }

    /// `PLACE[, Region] [(Agency)] —` at the start of `range`.
    static func matchDateline(bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, range: Range<Int>)
        -> [Entity]?
    {
        var i = range.lowerBound
        while i < range.upperBound, i - range.lowerBound < 4, isCapitalsWord(bytes, tokens[i]) { i += 1 }
        guard i > range.lowerBound, i < range.upperBound else { return nil }
        var found = [Entity(Span(start: tokens[range.lowerBound].start, end: tokens[i - 1].end), label: .location)]
        if isByte(tokens[i], 0x2C, bytes) {  // ", Region"
            let regionStart = i + 1
            var j = regionStart
            while j < range.upperBound, j - regionStart < 3, startsUpper(bytes, tokens[j]) || isByte(tokens[j], 0x2E, bytes) { j += 1 }
            guard j > regionStart, j < range.upperBound else { return nil }
            found.append(Entity(Span(start: tokens[regionStart].start, end: tokens[j - 1].end), label: .location))
            i = j
        }
        var sawAgency = false
        if isByte(tokens[i], 0x28, bytes) {  // "(Agency)"
            var j = i + 1
            while j < range.upperBound, j - i <= 4, !isByte(tokens[j], 0x29, bytes) { j += 1 }
            guard j < range.upperBound, j > i + 1 else { return nil }
            if (i + 1..<j).allSatisfy({ startsUpper(bytes, tokens[$0]) }) {
                found.append(Entity(Span(start: tokens[i + 1].start, end: tokens[j - 1].end), label: .organization))
            }
            sawAgency = true
            i = j + 1
        }
        if i < range.upperBound, isDash(bytes, tokens[i]) { return found }
        return sawAgency ? found : nil
    }

    // MARK: word tests

    /// Roles written before a person's name that the built-in title list lacks. They are kept out of the
    /// ``Lexicon`` because the entity model's features read it (adding words there needs retraining).
    static let extraRoles = WordTable(Dictionary(uniqueKeysWithValues: [
        "forecaster", "meteorologist", "spokesperson", "councillor", "councilor", "councilwoman", "councilman",
        "treasurer", "historian", "engineer", "farmer", "grower", "driver", "nurse", "teacher", "owner",
        "resident", "witness", "organiser", "organizer", "curator", "architect", "inspector", "ranger",
    ].map { (Lexicon.lowercaseHash($0), UInt32(1)) }))

    /// Last words of place names: streets, bridges, waters, landforms.
    static let placeHeads = WordTable(Dictionary(uniqueKeysWithValues: [
        "street", "st.", "road", "rd.", "avenue", "ave.", "lane", "boulevard", "square", "bridge", "tunnel",
        "highway", "motorway", "river", "valley", "lake", "bay", "harbour", "harbor", "island", "islands",
        "mountain", "mountains", "hill", "hills", "creek", "canal", "coast", "peninsula", "strait", "sound",
    ].map { (Lexicon.lowercaseHash($0), UInt32(1)) }))

    /// A title of the built-in list or one of ``extraRoles``, written with a capital ("Forecaster").
    static func isPersonRole(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ lexicon: Lexicon) -> Bool {
        guard startsUpper(bytes, token) else { return false }
        let hash = lowercaseHash(token, bytes)
        return lexicon.classes(ofLowercased: hash) & Lexicon.Class.title != 0 || extraRoles.value(hash) != nil
    }

    /// A capitalised word that is no title, place, country or organisation word.
    static func looksLikeNamePart(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ lexicon: Lexicon) -> Bool {
        guard startsUpper(bytes, token) else { return false }
        let hash = lowercaseHash(token, bytes)
        let excluded = Lexicon.Class.title | Lexicon.Class.country | Lexicon.Class.place | Lexicon.Class.placePart
            | Lexicon.Class.organizationWord | Lexicon.Class.organization | Lexicon.Class.nationality
        return lexicon.classes(ofLowercased: hash) & excluded == 0 && placeHeads.value(hash) == nil
    }

    static func isPlaceHead(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        startsUpper(bytes, token) && placeHeads.value(lowercaseHash(token, bytes)) != nil
    }

    /// The last token of `first...last` that is no possessive.
    static func lastWord(first: Int, last: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>) -> Int {
        var last = last
        while last > first, isPossessive(bytes, tokens[last].start, tokens[last].end) { last -= 1 }
        return last
    }

    static func lowercaseHash(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        TokenTraits.lowercaseHash(UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
    }

    // MARK: byte tests

    static func isWord(_ token: Token, _ word: StaticString, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.end - token.start == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { expected in
            for k in 0..<expected.count where bytes[token.start + k] | 0x20 != expected[k] { return false }
            return true
        }
    }

    /// "of", "for", "and", "the" in lower case.
    static func isTitleConnector(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.end > token.start, bytes[token.start] &- 0x61 < 26 else { return false }
        return isWord(token, "of", bytes) || isWord(token, "for", bytes) || isWord(token, "and", bytes) || isWord(token, "the", bytes)
    }

    static func isByte(_ token: Token, _ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.end - token.start == 1 && bytes[token.start] == byte
    }

    /// `'s`, `’s` or a lone `'`/`’` in `bytes[start..<end]`.
    static func isPossessive(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        switch end - start {
        case 1: return bytes[start] == 0x27
        case 2: return bytes[start] == 0x27 && bytes[start + 1] | 0x20 == 0x73
        case 3: return bytes[start] == 0xE2 && bytes[start + 1] == 0x80 && bytes[start + 2] == 0x99
        case 4:
            return bytes[start] == 0xE2 && bytes[start + 1] == 0x80 && bytes[start + 2] == 0x99
                && bytes[start + 3] | 0x20 == 0x73
        default: return false
        }
    }

    /// Two or more letters, all upper-case ASCII, possibly with `.`, `-` or `'` ("RIVERTON", "ST.").
    static func isCapitalsWord(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        var letters = 0
        for k in token.start..<token.end {
            let byte = bytes[k]
            if byte &- 0x41 < 26 {
                letters += 1
            } else if byte != 0x2E && byte != 0x2D && byte != 0x27 {
                return false
            }
        }
        return letters >= 2
    }

    static func startsUpper(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        token.end > token.start && bytes[token.start] &- 0x41 < 26
    }

    /// `-`, `--`, `–` or `—`.
    static func isDash(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        let length = token.end - token.start
        if length == 1 { return bytes[token.start] == 0x2D }
        if length == 2 { return bytes[token.start] == 0x2D && bytes[token.start + 1] == 0x2D }
        if length == 3 {
            return bytes[token.start] == 0xE2 && bytes[token.start + 1] == 0x80
                && (bytes[token.start + 2] == 0x93 || bytes[token.start + 2] == 0x94)
        }
        return false
    }
}

extension Lexicon {
    /// The classes of a token's bytes (case-insensitive).
    func classes(of token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        classes(ofLowercased: TokenTraits.lowercaseHash(UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])))
    }
}
