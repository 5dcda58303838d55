import GlossCore

/// Reads speakers out of the words around a speech verb, without a parser: noun phrases by part of speech,
/// appositives between commas ("Venn, 58, said"; "the spokesman, Dmitry Peskov, said"; "Mensah, who lives
/// across the road, said"), roles before a name ("Kremlin spokesman") or after it ("said Lorne, president of
/// the union").
struct PhraseReader {
    let text: AnnotatedText
    let chunks: [NameChunk]
    let chunkOf: [Int32]

    /// The longest noun phrase this reader considers, in tokens.
    static let phraseLimit = 14

    // MARK: - Subjects

    /// The speaker before speech verb `verb` ("Peskov said", "Venn, 58, said", "the spokesman, X, said"),
    /// looking no further left than `lower`.
    func subject(ofVerb verb: Int, from lower: Int) -> SpeakerMention? {
        var index = verb - 1
        var skipped = 0
        while index >= lower, skipped < 3 {
            let classes = text.classes[index]
            if classes.contains(.haveForm) || classes.contains(.softAdverb) || classes.contains(.timeWord)
                || (text.pos(index) == .ADV && !classes.contains(.negation))
            {
                index -= 1
                skipped += 1
            } else {
                break
            }
        }
        guard index >= lower else { return nil }
        let classes = text.classes[index]
        if !classes.intersection([.negation, .modal, .beForm, .to]).isEmpty { return nil }
        if text.isByte(index, 0x2C) { return appositiveSubject(commaBeforeVerb: index, from: lower) }
        return nounPhrase(endingAt: index, from: lower)
    }

    /// "HEAD, APPOSITIVE, said": an age, a relative clause, a role or a name between the commas.
    private func appositiveSubject(commaBeforeVerb comma: Int, from lower: Int) -> SpeakerMention? {
        var opening: Int?
        var index = comma - 1
        while index >= lower, comma - index < 25 {
            if text.isByte(index, 0x2C) {
                opening = index
                break
            }
            if text.isSentenceFinal(index) || text.isByte(index, 0x3B) || (text.mightBeQuotationMark(index) && QuotationMark.at(index, in: text) != nil) { return nil }
            index -= 1
        }
        guard var open = opening, open > lower else { return nil }
        var inside = (open + 1)...(comma - 1)
        guard !inside.isEmpty else { return nil }
        // "Vry, 34, a nurse, said" and "Marchand, 55, said": an age may sit before the real appositive.
        if inside.allSatisfy({ text.isDigits($0) }) {
            if var head = nounPhrase(endingAt: open - 1, from: lower) {
                // "Her grandfather, Hendrik Marrow, 78, said": a role before the name, between commas.
                if case .name = head.kind, head.role == nil, head.first - 2 >= lower, text.isByte(head.first - 1, 0x2C),
                   let before = nounPhrase(endingAt: head.first - 2, from: lower), case .nominal(let roleHead) = before.kind
                {
                    head.role = trimmedRole(before.first...roleHead)
                }
                return head
            }
            guard let earlier = previousComma(before: open, from: lower) else { return nil }
            inside = (earlier + 1)...(open - 1)
            open = earlier
        }
        let head = nounPhrase(endingAt: open - 1, from: lower)
        if text.classes[inside.lowerBound].contains(.relative) { return head }
        if text.isDigits(open - 1), let earlier = previousComma(before: open - 1, from: lower) {
            // "Vry, 34, a nurse at the hospital, said": the age sits between name and role.
            if var name = nounPhrase(endingAt: earlier - 1, from: lower), case .name = name.kind {
                name.role = trimmedRole(inside)
                return name
            }
        }
        let appositive = nounPhrase(endingAt: inside.upperBound, from: inside.lowerBound)
        switch (head?.kind, appositive?.kind) {
        case (.nominal?, .name?) where appositive.map({ startsPhrase($0, at: inside.lowerBound) }) ?? false:
            // "The city's transport commissioner, Walter Imbry, told": the name, with the head as its role.
            guard var name = appositive, let head else { return appositive }
            name.role = trimmedRole(head.first...nominalEnd(head))
            return name
        case (.name?, _), (.pronoun?, _):
            guard var name = head else { return nil }
            if isRoleLike(inside) { name.role = trimmedRole(inside) }
            return name
        case (nil, _):
            return appositive
        default:
            return head
        }
    }

    /// Whether an appositive reads as a role: a noun phrase ("a paediatrician and former adviser to the
    /// ministry"), not a clause, an age or a place.
    private func isRoleLike(_ range: ClosedRange<Int>) -> Bool {
        let first = range.lowerBound
        guard text.classes[first].intersection([.relative, .that]).isEmpty else { return false }
        switch text.pos(first) {
        case .DET, .ADJ, .NOUN, .PRON: break
        case .PROPN: if chunkOf[first] >= 0 && chunks[Int(chunkOf[first])].last >= range.upperBound { return false }
        default: return false
        }
        var hasNoun = false
        for position in range {
            let pos = text.pos(position)
            if pos == .AUX || (pos == .VERB && !isAdjectivalParticiple(position)) { return false }
            if pos == .NOUN || text.classes[position].contains(.person) { hasNoun = true }
        }
        return hasNoun
    }

    private func previousComma(before index: Int, from lower: Int) -> Int? {
        var position = index - 1
        while position > lower, index - position < 25 {
            if text.isByte(position, 0x2C) { return position }
            if text.isSentenceFinal(position) || (text.mightBeQuotationMark(position) && QuotationMark.at(position, in: text) != nil) { return nil }
            position -= 1
        }
        return nil
    }

    /// Whether `mention` (with its role) begins at `start`, skipping an article: the appositive is all of it.
    private func startsPhrase(_ mention: SpeakerMention, at start: Int) -> Bool {
        var first = start
        while first < mention.first, text.classes[first].contains(.article) { first += 1 }
        return first >= (mention.role?.lowerBound ?? mention.first) || first == mention.first
    }

    private func nominalEnd(_ mention: SpeakerMention) -> Int {
        if case .nominal(let head) = mention.kind { return head }
        return mention.last
    }

    // MARK: - Noun phrases

    /// The noun phrase that ends at token `end`, reading back no further than `lower`: a pronoun, a name
    /// (the chunk that ends the phrase, with the role words before it) or a common noun phrase.
    func nounPhrase(endingAt end: Int, from lower: Int) -> SpeakerMention? {
        guard end >= lower, end >= 0 else { return nil }
        let classes = text.classes[end]
        if !classes.intersection(.speakerPronoun).isEmpty {
            return text.pos(end) == .PRON || text.pos(end) == .X ? SpeakerMention(kind: .pronoun, first: end, last: end) : nil
        }
        if classes.contains(.pronounOther) { return nil }
        var first = end
        while first - 1 >= lower, end - first < Self.phraseLimit, isPhraseMaterial(first - 1, before: first) { first -= 1 }
        guard isHead(end) else { return nil }

        let chunk = chunkOf[end]
        if chunk >= 0, chunks[Int(chunk)].last == end, !isOwnedName(chunks[Int(chunk)], from: first) {
            let name = chunks[Int(chunk)]
            let start = max(name.first, first)
            var mention = SpeakerMention(kind: .name(chunk: Int(chunk)), first: start, last: end)
            mention.role = role(before: start, from: first)
            return mention
        }
        if text.isCapitalised(end), text.pos(end) == .PROPN || text.pos(end) == .NOUN, end == first,
           text.classes[end].intersection([.person, .organisation, .title]).isEmpty, text.startsSentence(end),
           text.pos(end) == .PROPN || hasNameMatch(end)
        {
            // A capitalised word alone at the start of a sentence ("Ivers, 52, insisted"): a name the tagger missed.
            return SpeakerMention(kind: .name(chunk: nil), first: end, last: end)
        }
        if chunk >= 0, let head = ownerHead(chunks[Int(chunk)], from: first) {
            // "the health ministry of Caldera", "the president of Valdoria": the noun is the speaker.
            var start = first
            while start < head, text.classes[start].contains(.article) || text.pos(start) == .DET { start += 1 }
            var mention = SpeakerMention(kind: .nominal(head: head), first: start, last: end)
            mention.indefinite = first < start && isIndefiniteArticle(first)
            return mention
        }
        // A common noun phrase: its head is the last noun of its first run of nouns.
        var start = first
        while start < end, text.classes[start].contains(.article) || text.pos(start) == .DET { start += 1 }
        var head = start
        var position = start
        while position <= end {
            let pos = text.pos(position)
            if pos == .NOUN || pos == .PROPN || text.isPossessive(position) {
                if pos == .NOUN || pos == .PROPN { head = position }
            } else if pos == .ADP || (pos == .ADJ && head > start && (text.pos(head) == .NOUN || text.pos(head) == .PROPN)) {
                break
            }
            position += 1
        }
        guard text.pos(head) == .NOUN || text.pos(head) == .PROPN else { return nil }
        var mention = SpeakerMention(kind: .nominal(head: head), first: start, last: end)
        mention.indefinite = first < start && isIndefiniteArticle(first)
        return mention
    }

    /// The speaker right after a verb ("said Hedda Lorne, president of the union"; "said the company";
    /// "said Premier Josée Marchand, 55"), looking no further than `upper`.
    func phraseAfter(_ start: Int, upTo upper: Int) -> SpeakerMention? {
        guard start < upper else { return nil }
        if !text.classes[start].intersection(.speakerPronoun).isEmpty, text.pos(start) == .PRON {
            return SpeakerMention(kind: .pronoun, first: start, last: start)
        }
        var end = start
        while end + 1 < upper, end + 1 - start < Self.phraseLimit, isForwardMaterial(end + 1) { end += 1 }
        // A name's chunk may reach past the phrase ("of Commerce"): take it whole.
        if chunkOf[end] >= 0 { end = max(end, min(upper - 1, chunks[Int(chunkOf[end])].last)) }
        guard var mention = nounPhrase(endingAt: end, from: start) else { return nil }
        guard mention.first >= start else { return nil }
        if case .name = mention.kind, let after = roleAfter(end + 1, upTo: upper) { mention.role = after }
        return mention
    }

    /// ", president of the Riverton Transit Workers Union" (after a name; an age before it is skipped).
    func roleAfter(_ comma: Int, upTo upper: Int) -> ClosedRange<Int>? {
        guard comma < upper, text.isByte(comma, 0x2C) else { return nil }
        var start = comma + 1
        if start + 1 < upper, text.isDigits(start), text.isByte(start + 1, 0x2C) { start += 2 }
        guard start < upper else { return nil }
        let pos = text.pos(start)
        guard pos == .DET || pos == .ADJ || pos == .NOUN || pos == .PROPN || pos == .NUM,
              !text.classes[start].contains(.relative), text.classes[start].intersection(.speechVerb).isEmpty
        else { return nil }
        var end = start
        while end + 1 < upper, end + 1 - start < 12 {
            let next = end + 1
            if text.isByte(next, 0x2C) || text.isSentenceFinal(next) || text.isByte(next, 0x3B) || text.isByte(next, 0x3A)
                || text.isDash(next) || (text.mightBeQuotationMark(next) && QuotationMark.at(next, in: text) != nil) || text.classes[next].contains(.relative)
                || text.pos(next) == .AUX || (text.pos(next) == .VERB && !isAdjectivalParticiple(next))
            {
                break
            }
            end = next
        }
        var hasNoun = false
        for position in start...end where text.pos(position) == .NOUN || text.classes[position].contains(.person) { hasNoun = true }
        return hasNoun ? trimmedRole(start...end) : nil
    }

    /// "a retired teacher", "chief operating officer": a participle used as an adjective before a noun.
    private func isAdjectivalParticiple(_ index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.end - token.start > 3, index + 1 < text.count else { return false }
        let b = text.bytes
        let ed = b[token.end - 2] == 0x65 && b[token.end - 1] == 0x64
        let ing = b[token.end - 3] == 0x69 && b[token.end - 2] == 0x6E && b[token.end - 1] == 0x67
        guard ed || ing else { return false }
        let next = text.pos(index + 1)
        return next == .NOUN || next == .ADJ
    }

    // MARK: - Roles

    /// The role words right before a name ("Kremlin spokesman", "chief executive", "Judge"), within the phrase.
    private func role(before nameStart: Int, from phraseStart: Int) -> ClosedRange<Int>? {
        var first = nameStart
        while first - 1 >= phraseStart {
            let index = first - 1
            let pos = text.pos(index)
            let classes = text.classes[index]
            if classes.contains(.article) || pos == .ADP || pos == .DET || pos == .PUNCT && !text.isPossessive(index) { break }
            if pos == .NOUN || pos == .PROPN || pos == .ADJ || text.isPossessive(index) || !classes.intersection([.title, .person]).isEmpty {
                first = index
            } else {
                break
            }
        }
        guard first < nameStart, let role = trimmedRole(first...(nameStart - 1)) else { return nil }
        // A noun for a person or a title in it ("Citadel spokesman"), or a lower-case noun right before the
        // name ("county fire marshal Renata Vasquez"): not a capitalised word that is part of something else.
        guard hasPersonWord(role) || (text.pos(role.upperBound) == .NOUN && text.isLowercase(role.upperBound)) else { return nil }
        return role
    }

    /// A role the text gives a name where it stands, in speech or not: "Kremlin spokesman Dmitry Peskov",
    /// "the Ostrian prime minister, Lidia Karsk,", "Lidia Karsk, the Ostrian prime minister,". Only roles
    /// with a noun for a person or a title count here.
    func standingRole(of chunk: NameChunk) -> ClosedRange<Int>? {
        let sentence = text.sentence(of: chunk.first)
        if let before = role(before: chunk.first, from: max(sentence.lowerBound, chunk.first - 6)) { return before }
        let closes = chunk.last + 1 < sentence.upperBound && (text.isByte(chunk.last + 1, 0x2C) || text.pos(chunk.last + 1) == .VERB)
        if closes, chunk.first - 2 >= sentence.lowerBound, text.isByte(chunk.first - 1, 0x2C),
           let phrase = nounPhrase(endingAt: chunk.first - 2, from: sentence.lowerBound), case .nominal(let head) = phrase.kind,
           text.classes[head].contains(.person), let role = trimmedRole(phrase.first...head)
        {
            return role
        }
        if let after = roleAfter(chunk.last + 1, upTo: sentence.upperBound), hasPersonWord(after) { return after }
        return nil
    }

    private func hasPersonWord(_ range: ClosedRange<Int>) -> Bool {
        range.contains { !text.classes[$0].intersection([.person, .title]).isEmpty }
    }

    /// A role without its leading article and without honorifics (Mr., Ms.) that say no role; nil when
    /// nothing with a noun is left.
    func trimmedRole(_ range: ClosedRange<Int>) -> ClosedRange<Int>? {
        var first = range.lowerBound
        var last = range.upperBound
        while first <= last, text.classes[first].contains(.article) || text.isByte(first, 0x2C) || isPossessiveDeterminer(first) {
            first += 1
        }
        // A trailing honorific after a lower-case role: "marine biologist Dr.", "Town councillor Mr.".
        while last >= first, isHonorific(last) || text.isByte(last, 0x2C)
            || (last > first && text.classes[last].contains(.title) && text.isCapitalised(last) && text.isLowercase(last - 1))
        {
            last -= 1
        }
        guard first <= last else { return nil }
        // An abbreviated title alone ("Dr.", "Sen.") is how the name is addressed, not a role.
        if first == last, text.classes[first].contains(.title), text.bytes[text.tokens[first].end - 1] == 0x2E { return nil }
        for position in first...last where text.pos(position) == .NOUN || text.pos(position) == .PROPN
            || !text.classes[position].intersection([.person, .title]).isEmpty
        {
            return first...last
        }
        return nil
    }

    /// its, his, her, their: "Its director, Ingeborg Lunde," has the role "director".
    private func isPossessiveDeterminer(_ index: Int) -> Bool {
        guard text.pos(index) == .PRON || text.pos(index) == .DET else { return false }
        if text.isWordIts(index) || text.classes[index].contains(.hisWord) || text.classes[index].contains(.herWord) { return true }
        let token = text.tokens[index]
        guard token.end - token.start == 5 else { return false }
        let word = (0..<5).map { ByteWordTable.fold(text.bytes[token.start + $0]) }
        return word == Array("their".utf8)
    }

    private func isHonorific(_ index: Int) -> Bool {
        let classes = text.classes[index]
        return classes.contains(.title) && !classes.intersection([.male, .female]).isEmpty && !classes.contains(.person)
    }

    // MARK: - Token tests

    /// Whether token `index` can be part of a noun phrase that continues at `next` (reading leftwards).
    private func isPhraseMaterial(_ index: Int, before next: Int) -> Bool {
        if chunkOf[index] >= 0 { return true }
        if text.isPossessive(index) { return true }
        let classes = text.classes[index]
        if classes.contains(.relative) { return false }
        switch text.pos(index) {
        case .PROPN, .NOUN, .ADJ, .NUM, .DET:
            return !(text.pos(index) == .NOUN && !classes.intersection(.speechVerb).isEmpty && classes.contains(.pastForm))
        case .PRON:
            // Possessive determiners: "her government", "its chief".
            return classes.contains(.hisWord) || classes.contains(.herWord) || text.isWordIts(index)
        case .ADP:
            // "president of the union", "a diplomat familiar with the talks", "regulators at the office".
            guard index > 0, next <= index + 1 else { return false }
            let before = text.pos(index - 1)
            return (before == .NOUN || before == .PROPN || before == .ADJ) && isPrepositionInPhrase(index)
        default:
            return false
        }
    }

    /// Whether token `index` continues a noun phrase read rightwards from a verb.
    private func isForwardMaterial(_ index: Int) -> Bool {
        if chunkOf[index] >= 0 { return true }
        if text.isPossessive(index) { return true }
        switch text.pos(index) {
        case .PROPN, .NOUN, .ADJ, .DET: return !text.classes[index].contains(.calendar)
        default: return !text.classes[index].intersection([.title, .person]).isEmpty
        }
    }

    func isPrepositionInPhrase(_ index: Int) -> Bool {
        let token = text.tokens[index]
        let length = token.end - token.start
        guard length <= 4 else { return false }
        let b = text.bytes
        let s = token.start
        func lower(_ i: Int) -> UInt8 { b[s + i] | 0x20 }
        switch length {
        case 2: return (lower(0) == 0x6F && lower(1) == 0x66) || (lower(0) == 0x61 && lower(1) == 0x74)  // of, at
        case 3: return lower(0) == 0x66 && lower(1) == 0x6F && lower(2) == 0x72  // for
        case 4:
            return (lower(0) == 0x77 && lower(1) == 0x69 && lower(2) == 0x74 && lower(3) == 0x68)  // with
                || (lower(0) == 0x66 && lower(1) == 0x72 && lower(2) == 0x6F && lower(3) == 0x6D)  // from
        default: return false
        }
    }

    /// Whether a name ends its phrase only as the owner of a lower-case noun for a person or an
    /// organisation: "ministry of Caldera", "president of Valdoria".
    private func isOwnedName(_ name: NameChunk, from first: Int) -> Bool { ownerHead(name, from: first) != nil }

    private func ownerHead(_ name: NameChunk, from first: Int) -> Int? {
        var of = name.first - 1
        if of - 1 >= first, text.classes[of].contains(.article) { of -= 1 }  // "president of the Union"
        guard of - 1 >= first, text.classes[of].contains(.nameConnector), text.isLowercase(of) else { return nil }
        let head = of - 1
        guard text.pos(head) == .NOUN, text.isLowercase(head),
              !text.classes[head].intersection([.person, .organisation]).isEmpty
        else { return nil }
        return head
    }

    private func isHead(_ index: Int) -> Bool {
        if chunkOf[index] >= 0 { return true }
        let pos = text.pos(index)
        return pos == .NOUN || pos == .PROPN || (pos == .X && text.isWord(index))
    }

    private func isIndefiniteArticle(_ index: Int) -> Bool {
        let token = text.tokens[index]
        let first = text.bytes[token.start] | 0x20
        return first == 0x61 && (token.end - token.start == 1 || token.end - token.start == 2)  // a, an
    }

    /// Whether a sentence-initial capitalised word also appears inside a name elsewhere ("Ivers" of "Stefan Ivers").
    private func hasNameMatch(_ index: Int) -> Bool {
        for chunk in chunks where chunk.tokenCount > 1 {
            for position in chunk.first...chunk.last where text.sameText(position, index) { return true }
        }
        return false
    }
}
