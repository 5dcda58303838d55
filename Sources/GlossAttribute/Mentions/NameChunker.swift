import GlossCore

/// Finds the names of a document: the entity layer's mentions with their edges repaired, plus runs of proper
/// nouns the tagger did not make entities, each with a guess of its bearer (person, organisation, place).
///
/// Tagging errors are expected: an organisation tagged PER ("Riverton Chamber" of "Riverton Chamber of
/// Commerce") is extended over "of Commerce" and recognised by its organisation word; a person the tagger
/// missed is still a run of PROPN tokens; a given name or a title makes a name a person whatever its label.
enum NameChunker {
    /// Every name, in text order, and for each token the chunk covering it (-1 for none).
    static func chunks(_ text: AnnotatedText, quoted: [Bool]) -> (chunks: [NameChunk], chunkOf: [Int32]) {
        var chunks: [NameChunk] = []
        var chunkOf = [Int32](repeating: -1, count: text.count)
        var index = text.bodyStart
        while index < text.count {
            let entity = text.entityOf[index]
            var first = index
            var last = index
            var label: EntityLabel?
            if entity >= 0 {
                while last + 1 < text.count, text.entityOf[last + 1] == entity { last += 1 }
                label = text.entities[Int(entity)].label
                // A name starts after any title, role or lower-case word the tagger kept in it ("Fire chief").
                for position in first...last where !text.classes[position].intersection([.title, .person]).isEmpty
                    || (text.isLowercase(position) && text.classes[position].intersection([.nameConnector, .article]).isEmpty)
                {
                    first = position + 1
                }
                while first <= last, text.classes[first].contains(.article) { first += 1 }
                if first > last {
                    index = last + 1
                    continue
                }
            } else if isNameWord(index, text) {
                while last + 1 < text.count, text.entityOf[last + 1] < 0, isNameWord(last + 1, text) { last += 1 }
                // Name words right before a person the tagger found only in part ("Tomasz" of "Tomasz
                // Wierzbicki") belong to that person: the entity's chunk takes them in below.
                if last + 1 < text.count, text.entityOf[last + 1] >= 0, !text.startsSentence(first),
                   text.entities[Int(text.entityOf[last + 1])].label == EntityLabel.person {
                    index = last + 1
                    continue
                }
                // A lone capitalised word that opens a sentence is mostly an ordinary word ("Neighbours"),
                // unless what follows makes it a subject (", 52," or a speech verb).
                if first == last, text.startsSentence(first) {
                    let next = first + 1
                    let subject = next < text.count && (text.isByte(next, 0x2C) || text.classes[next].contains(.attributesQuote))
                    if !subject { index = last + 1; continue }
                }
            } else {
                index += 1
                continue
            }
            // Extend over name words the entity missed: "General" of "the General Transport Union" (often an
            // adjective to the tagger), "of Commerce" after an organisation word, and an unfamiliar given name
            // before a person's surname whatever part of speech it got ("engineer Tomasz Wierzbicki").
            while first > text.bodyStart, first - 1 >= 0, text.entityOf[first - 1] < 0, chunkOf[first - 1] < 0,
                  !text.startsSentence(first - 1), isNameWord(first - 1, text)
                      || (text.isCapitalised(first - 1) && (text.pos(first - 1) == .ADJ || label == EntityLabel.person)
                          && text.classes[first - 1].intersection([.title, .person, .calendar, .article, .speakerPronoun, .pronounOther]).isEmpty)
            {
                first -= 1
            }
            while last + 1 < text.count, text.entityOf[last + 1] < 0, isNameWord(last + 1, text) { last += 1 }
            while last + 2 < text.count, text.classes[last + 1].contains(.nameConnector), text.isLowercase(last + 1),
                  hasOrganisationWord(first, last, text), isNameWord(last + 2, text) || (text.isCapitalised(last + 2) && text.pos(last + 2) == .ADJ) {
                last += 2
                while last + 1 < text.count, isNameWord(last + 1, text) || (text.isCapitalised(last + 1) && text.pos(last + 1) == .ADJ && last + 2 < text.count && isNameWord(last + 2, text)) {
                    last += 1
                }
            }
            // A plural possessive inside a name: "Farmers' League", "Workers’ Party".
            while last + 2 < text.count, isBareApostrophe(last + 1, text), text.touchesPrevious(last + 1),
                  text.bytes[text.tokens[last].end - 1] == 0x73, isNameWord(last + 2, text) {
                last += 2
                while last + 1 < text.count, isNameWord(last + 1, text) { last += 1 }
            }
            while last > first, text.isPossessive(last) { last -= 1 }
            // An organisation's name may hold plural role nouns and "and" that end the runs above: "the
            // Maritime and Harbour Workers Union". Its chunk takes in such words, and the name chunk just
            // before it, so that neither is left to read as a role or a separate name.
            if hasOrganisationWord(first, last, text) {
                var start = first
                while start - 1 >= text.bodyStart, !text.startsSentence(start) {
                    let previous = start - 1
                    let owner = chunkOf[previous]
                    // Never a person's name: "Osei Harbour Union" is more likely two names than one.
                    guard owner < 0 || chunks[Int(owner)].bearer != .person else { break }
                    let nameLike = text.isCapitalised(previous) && (owner >= 0 || !text.startsSentence(previous))
                        && text.classes[previous].intersection([.title, .calendar, .article, .speakerPronoun, .pronounOther]).isEmpty
                    let connector = (text.classes[previous].contains(.nameConnector) && text.isLowercase(previous) || isAnd(previous, text))
                        && previous - 1 >= text.bodyStart && text.isCapitalised(previous - 1)
                    guard nameLike || connector else { break }
                    start = owner >= 0 ? min(previous, chunks[Int(owner)].first) : previous
                }
                while start < first, text.classes[start].contains(.nameConnector) || isAnd(start, text) { start += 1 }
                if start < first {
                    while let previousChunk = chunks.last, previousChunk.last >= start {
                        chunks.removeLast()
                        for position in previousChunk.first...previousChunk.last { chunkOf[position] = -1 }
                    }
                    first = start
                }
            }
            let (bearer, fromLabel) = bearer(first, last, label, text)
            let chunk = NameChunk(first: first, last: last, bearer: bearer, bearerFromLabel: fromLabel, gender: gender(first, last, text), quoted: quoted[first])
            for position in first...last { chunkOf[position] = Int32(chunks.count) }
            chunks.append(chunk)
            index = max(last + 1, index + 1)
        }
        return (chunks, chunkOf)
    }

    /// A capitalised proper noun that is not a title, role, weekday or month.
    static func isNameWord(_ index: Int, _ text: AnnotatedText) -> Bool {
        guard text.isCapitalised(index) else { return false }
        let pos = text.pos(index)
        guard pos == .PROPN || (pos == .NOUN && !text.startsSentence(index)) else { return false }
        return text.classes[index].intersection([.title, .person, .calendar, .article, .speakerPronoun, .pronounOther]).isEmpty
    }

    /// "and" or "&", which join the parts of an organisation's name ("Maritime and Harbour Workers Union").
    private static func isAnd(_ index: Int, _ text: AnnotatedText) -> Bool {
        let token = text.tokens[index]
        let length = token.end - token.start
        if length == 1 { return text.bytes[token.start] == 0x26 }
        return length == 3 && text.bytes[token.start] == 0x61 && text.bytes[token.start + 1] == 0x6E && text.bytes[token.start + 2] == 0x64
    }

    private static func isBareApostrophe(_ index: Int, _ text: AnnotatedText) -> Bool {
        let token = text.tokens[index]
        let length = token.end - token.start
        return (length == 1 && text.bytes[token.start] == 0x27)
            || (length == 3 && text.bytes[token.start] == 0xE2 && text.bytes[token.start + 1] == 0x80 && text.bytes[token.start + 2] == 0x99)
    }

    private static func hasOrganisationWord(_ first: Int, _ last: Int, _ text: AnnotatedText) -> Bool {
        for index in first...last where text.classes[index].contains(.organisation) && text.isCapitalised(index) { return true }
        return false
    }

    private static func bearer(_ first: Int, _ last: Int, _ label: EntityLabel?, _ text: AnnotatedText) -> (NameChunk.Bearer, fromLabel: Bool) {
        if hasOrganisationWord(first, last, text) { return (.organisation, false) }
        if text.classes[first].contains(.givenName), first < last { return (.person, false) }
        if first > 0, text.classes[first - 1].contains(.title) || (text.classes[first - 1].contains(.person) && first < last) {
            return (.person, false)
        }
        // An age in commas is said of people only: "Wendell Fitch, 71, who lives ..." (the tagger may call
        // an unfamiliar name a place).
        if last + 3 < text.count, text.isByte(last + 1, 0x2C), text.isDigits(last + 2), text.isByte(last + 3, 0x2C) {
            return (.person, false)
        }
        switch label {
        case EntityLabel.person?: return (.person, true)
        case EntityLabel.organization?: return (.organisation, true)
        case EntityLabel.location?: return (.place, true)
        default: return (.unknown, true)
        }
    }

    private static func gender(_ first: Int, _ last: Int, _ text: AnnotatedText) -> NameChunk.Gender {
        var male = false
        var female = false
        if first > 0 {
            let before = text.classes[first - 1]
            if before.contains(.title) || before.contains(.person) {
                male = before.contains(.male)
                female = before.contains(.female)
            }
        }
        if first < last, text.classes[first].contains(.givenName) {
            male = male || text.classes[first].contains(.male)
            female = female || text.classes[first].contains(.female)
        }
        switch (male, female) {
        case (true, true): return .conflicting
        case (true, false): return .male
        case (false, true): return .female
        case (false, false): return .unknown
        }
    }
}
