/// Turns the mention an attribution rests on into a speaker's name and role.
///
/// - A name becomes the fullest name the document gives that bearer: the longest name containing all its
///   words ("Peskov" → "Dmitry Peskov", "Orrin" → "Orrin Motors"), the nearest before it when several fit.
/// - "he" and "she" become the nearest person named before them, outside quotations, whose gender does not
///   contradict the pronoun. Gender comes from given names, titles (Mr., Ms.), gendered role nouns
///   (spokeswoman) and the pronouns used for the person earlier in the document.
/// - "they" and "it", and "the company" (or "the carmaker", "the firm"), become the nearest organisation
///   named before them; "the ministry" the nearest organisation whose name has "Ministry" in it.
/// - "the spokesman" becomes the person earlier given that role. Otherwise a noun phrase stays what it is
///   ("police", "spokeswoman"): an anonymous source, never a guessed name.
/// - The role is the one given at this mention, else the one given for that speaker earlier.
/// A speaker resolved for a finding: name and role, and the mention they came from.
struct ResolvedSpeaker {
    var speaker: String?
    var role: String?
    var first = -1
    var last = -1
}

/// A name resolved so far: where it was mentioned, and its fullest chunk.
private struct ResolvedName {
    var position: Int
    var canonical: Int
}

/// A noun phrase resolved so far: its head token, its text, and how many words come before the head.
private struct ResolvedNominal {
    var head: Int
    var text: String
    var modifiers: Int
}

final class SpeakerResolver {
    private let text: AnnotatedText
    private let chunks: [NameChunk]
    private let depth: [Int32]
    private let resolvesPronouns: Bool
    private let reader: PhraseReader
    /// Fullest-name chunk of each chunk (-1: not computed yet).
    private var canonical: [Int32]
    /// Gender of a bearer (by canonical chunk) learnt from the text.
    private var learntGender: [NameChunk.Gender]
    /// Role given for a bearer (by canonical chunk), first one wins.
    private var roles: [ClosedRange<Int>?]
    /// Names resolved so far, by position, for "the spokesman" and for words no chunk covers.
    private var resolvedNames: [ResolvedName] = []
    /// Noun phrases resolved so far: head token, text, and how many words come before the head.
    private var nominals: [ResolvedNominal] = []
    /// The most recent organisation given as a noun phrase ("police", "the government"), for "they".
    private var lastOrganisationPhrase: String?
    /// The bearer kind of each chunk after voting among identical names (nil: not computed yet).
    private var votedBearer: [NameChunk.Bearer?]
    /// The name string of each canonical chunk, and of its role, made once.
    private var names: [String?]
    private var roleStrings: [String?]

    init(text: AnnotatedText, reader: PhraseReader, depth: [Int32], resolvesPronouns: Bool) {
        self.text = text
        self.reader = reader
        self.chunks = reader.chunks
        self.depth = depth
        self.resolvesPronouns = resolvesPronouns
        self.canonical = [Int32](repeating: -1, count: chunks.count)
        self.learntGender = [NameChunk.Gender](repeating: .unknown, count: chunks.count)
        self.roles = [ClosedRange<Int>?](repeating: nil, count: chunks.count)
        self.votedBearer = [NameChunk.Bearer?](repeating: nil, count: chunks.count)
        self.names = [String?](repeating: nil, count: chunks.count)
        self.roleStrings = [String?](repeating: nil, count: chunks.count)
    }

    /// The bearer kind most chunks with the same words have, for a name whose kind rests on its label
    /// alone ("Velsk" tagged PER once and LOC twice is a place).
    private func votedBearer(of index: Int) -> NameChunk.Bearer {
        if let known = votedBearer[index] { return known }
        let chunk = chunks[index]
        var votes = (person: 0, organisation: 0, place: 0)
        for other in chunks where other.tokenCount == chunk.tokenCount && sameWords(other, chunk) {
            switch other.bearer {
            case .person: votes.person += 1
            case .organisation: votes.organisation += 1
            case .place: votes.place += 1
            case .unknown: break
            }
        }
        var result = chunk.bearer
        let most = max(votes.person, votes.organisation, votes.place)
        if most > 0 {
            if votes.place == most, chunk.bearer != .place || votes.place > votes.person {
                result = .place
            } else if votes.organisation == most {
                result = .organisation
            } else if votes.person == most {
                result = .person
            }
        }
        votedBearer[index] = result
        return result
    }

    private func sameWords(_ a: NameChunk, _ b: NameChunk) -> Bool {
        for offset in 0..<a.tokenCount where !text.sameText(a.first + offset, b.first + offset) { return false }
        return true
    }

    /// Speaker and role for each finding (nil, nil when it has no mention).
    func resolve(_ findings: [Finding]) -> [ResolvedSpeaker] {
        var results = [ResolvedSpeaker](repeating: ResolvedSpeaker(), count: findings.count)
        let order = findings.indices.filter { findings[$0].mention != nil }.sorted {
            (findings[$0].mention?.first ?? 0, findings[$0].inherited ? 1 : 0) < (findings[$1].mention?.first ?? 0, findings[$1].inherited ? 1 : 0)
        }
        // Inherited findings share their source's mention: the last few results are kept for them.
        var recent: [ResolvedSpeaker] = []
        for index in order {
            guard let mention = findings[index].mention else { continue }
            if let cached = recent.last(where: { $0.first == mention.first && $0.last == mention.last }) {
                results[index] = cached
                continue
            }
            let (speaker, role) = resolve(mention)
            let result = ResolvedSpeaker(speaker: speaker, role: role, first: mention.first, last: mention.last)
            if recent.count == 16 { recent.removeFirst() }
            recent.append(result)
            results[index] = result
        }
        return results
    }

    private func resolve(_ mention: SpeakerMention) -> (String?, String?) {
        switch mention.kind {
        case .name(let chunk):
            let bearer: Int?
            if let chunk {
                bearer = canonicalChunk(chunk)
            } else {
                if let chunk = chunkContainingWord(mention.first, near: mention.first) {
                    bearer = canonicalChunk(chunk)
                } else {
                    bearer = nil
                }
            }
            guard let bearer else { return (text.string(mention.first, mention.last), mention.role.map(roleText)) }
            return named(bearer, at: mention.first, role: mention.role)
        case .pronoun:
            guard resolvesPronouns else { return (nil, nil) }
            let classes = text.classes[mention.first]
            if classes.contains(.pronounHe) || classes.contains(.pronounShe) {
                let pronounGender: NameChunk.Gender = classes.contains(.pronounHe) ? .male : .female
                guard let bearer = nearestSpeakerOrPerson(before: mention.first, gender: pronounGender) else { return (nil, nil) }
                if gender(of: bearer) == .unknown { learntGender[bearer] = pronounGender }
                return named(bearer, at: mention.first, role: nil)
            }
            if let bearer = nearestOrganisation(before: mention.first, matching: nil) {
                return named(bearer, at: mention.first, role: nil)
            }
            return (classes.contains(.pronounThey) ? lastOrganisationPhrase : nil, nil)
        case .nominal(let head):
            let classes = text.classes[head]
            let definite = !mention.indefinite
            if definite, classes.contains(.organisation) {
                if let bearer = nearestOrganisation(before: mention.first, matching: head)
                    ?? (classes.contains(.company) ? nearestOrganisation(before: mention.first, matching: nil) : nil)
                    ?? (mention.first > 0 && (text.pos(mention.first - 1) == .DET || text.pos(mention.first - 1) == .PRON)
                        ? organisation(after: mention.last, matching: head) : nil)
                {
                    return named(bearer, at: mention.first, role: nil)
                }
            }
            if definite, classes.contains(.person), mention.first > 0, text.classes[mention.first - 1].contains(.article),
               let bearer = personWithRole(head, before: mention.first)
            {
                return named(bearer, at: mention.first, role: nil)
            }
            let ownsName = head + 1 < mention.last && text.classes[head + 1].contains(.nameConnector) && reader.chunkOf[mention.last] >= 0
            var phrase = nominalText(mention.first, ownsName ? mention.last : head)
            var modifiers = head - mention.first
            if definite, let earlier = earlierNominal(head, longerThan: modifiers) { (phrase, modifiers) = earlier }
            nominals.append(ResolvedNominal(head: head, text: phrase, modifiers: modifiers))
            if classes.contains(.organisation) || !classes.contains(.person) { lastOrganisationPhrase = phrase }
            return (phrase, nil)
        }
    }

    /// The fullest name of `bearer`, remembering this mention and its role.
    private func named(_ bearer: Int, at position: Int, role: ClosedRange<Int>?) -> (String?, String?) {
        resolvedNames.append(ResolvedName(position: position, canonical: bearer))
        if let role, roles[bearer] == nil { roles[bearer] = role }
        if roles[bearer] == nil, let standing = standingRole(of: bearer, before: position) { roles[bearer] = standing }
        let name = names[bearer] ?? text.string(chunks[bearer].first, chunks[bearer].last)
        if names[bearer] == nil { names[bearer] = name }
        if let role { return (name, roleText(role)) }
        if roleStrings[bearer] == nil, let known = roles[bearer] { roleStrings[bearer] = roleText(known) }
        return (name, roleStrings[bearer])
    }

    /// A role given to the bearer's name somewhere before `position` (or at it), outside any speech cue:
    /// "Across the border, the Ostrian prime minister, Lidia Karsk, accused …".
    private func standingRole(of bearer: Int, before position: Int) -> ClosedRange<Int>? {
        var index = lastChunk(before: position + 1)
        var seen = 0
        let full = chunks[bearer]
        while index >= 0, seen < Self.antecedentWindow {
            defer { index -= 1 }
            let chunk = chunks[index]
            guard !chunk.quoted else { continue }
            seen += 1
            guard index == bearer || contains(full, chunk) else { continue }
            if let role = reader.standingRole(of: chunk) { return role }
        }
        return nil
    }

    /// The fuller wording of an earlier noun phrase with the same head ("the regional health board
    /// announced … The board said" → "regional health board").
    private func earlierNominal(_ head: Int, longerThan modifiers: Int) -> (String, Int)? {
        for earlier in nominals.reversed() where earlier.head < head && text.sameWordIgnoringCase(earlier.head, head) {
            return earlier.modifiers > modifiers ? (earlier.text, earlier.modifiers) : nil
        }
        return nil
    }

    // MARK: - Fullest names

    /// The chunk holding the fullest form of chunk `index`'s name.
    private func canonicalChunk(_ index: Int) -> Int {
        if canonical[index] >= 0 { return Int(canonical[index]) }
        let chunk = chunks[index]
        var best = index
        for (candidate, other) in chunks.enumerated() where other.tokenCount > chunk.tokenCount || candidate == index {
            guard candidate != index, contains(other, chunk) else { continue }
            let current = chunks[best]
            if other.tokenCount > current.tokenCount {
                best = candidate
            } else if other.tokenCount == current.tokenCount, closer(candidate, than: best, to: chunk.first) {
                best = candidate
            }
        }
        canonical[index] = Int32(best)
        return best
    }

    /// Whether every word of `part` appears in `whole`, in order.
    private func contains(_ whole: NameChunk, _ part: NameChunk) -> Bool {
        var position = whole.first
        for word in part.first...part.last {
            while position <= whole.last, !text.sameText(position, word) { position += 1 }
            guard position <= whole.last else { return false }
            position += 1
        }
        return true
    }

    /// Whether chunk `a` is a better antecedent than chunk `b` for a name at `position`: before it and nearer,
    /// or, when neither is before it, earlier.
    private func closer(_ a: Int, than b: Int, to position: Int) -> Bool {
        let first = chunks[a].first
        let second = chunks[b].first
        switch (first < position, second < position) {
        case (true, true): return first > second
        case (true, false): return true
        case (false, true): return false
        case (false, false): return first < second
        }
    }

    /// The longest chunk holding a word equal to token `word` ("Ivers" → "Stefan Ivers").
    private func chunkContainingWord(_ word: Int, near position: Int) -> Int? {
        var best: Int?
        for (index, chunk) in chunks.enumerated() where chunk.tokenCount > 1 {
            guard (chunk.first...chunk.last).contains(where: { text.sameText($0, word) }) else { continue }
            if let current = best {
                if chunk.tokenCount > chunks[current].tokenCount || (chunk.tokenCount == chunks[current].tokenCount && closer(index, than: current, to: position)) {
                    best = index
                }
            } else {
                best = index
            }
        }
        return best
    }

    // MARK: - Antecedents

    private func bearer(of index: Int) -> NameChunk.Bearer {
        let chunk = chunks[index]
        guard chunk.bearerFromLabel else { return chunk.bearer }
        return votedBearer(of: index)
    }

    /// The bearer kind of a cluster: its fullest name's, unless that one says nothing.
    private func clusterBearer(_ index: Int) -> NameChunk.Bearer {
        let full = canonicalChunk(index)
        let fullBearer = bearer(of: full)
        return fullBearer == .unknown ? bearer(of: index) : fullBearer
    }

    private func gender(of bearer: Int) -> NameChunk.Gender {
        let learnt = learntGender[bearer]
        return learnt == .unknown ? chunks[bearer].gender : learnt
    }

    /// How far back an antecedent may be, in chunks.
    private static let antecedentWindow = 40

    /// The nearest fitting person: a name in the text, or a speaker resolved earlier (also from a word no
    /// name covers: "Ivers, 52, insisted … “Q,” he told"). Salient names — earlier speakers and the names
    /// that open their sentences — win over names in object position nearer to the pronoun ("… before
    /// Brightmoor went public. “Q,” he said").
    private func nearestSpeakerOrPerson(before position: Int, gender wanted: NameChunk.Gender) -> Int? {
        let named = nearestPerson(before: position, gender: wanted)
        let paragraph = text.paragraphIndex(of: position)
        for resolved in resolvedNames.reversed() where resolved.position < position {
            let (mentionPosition, bearer) = (resolved.position, resolved.canonical)
            guard chunks[bearer].bearer != .organisation, chunks[bearer].bearer != .place else { continue }
            let known = gender(of: bearer)
            guard known == wanted || known == .unknown || known == .conflicting else { continue }
            guard let named else { return bearer }
            if named.position > mentionPosition && (named.salient || paragraph - text.paragraphIndex(of: mentionPosition) > 1) {
                return named.bearer
            }
            return named.salient && named.position > mentionPosition ? named.bearer : bearer
        }
        return named?.bearer
    }

    /// The nearest person (or name of unknown kind) before `position`, outside quotations, whose gender
    /// does not contradict `gender`; a salient one within two paragraphs is preferred. A person of unknown
    /// gender is taken as near as they are; a name of unknown kind (often a place the tagger took for a
    /// person) only when no fitting person comes before it.
    private func nearestPerson(before position: Int, gender wanted: NameChunk.Gender) -> (bearer: Int, position: Int, salient: Bool)? {
        var index = lastChunk(before: position)
        var seen = 0
        let paragraph = text.paragraphIndex(of: position)
        var nearest: (bearer: Int, position: Int, salient: Bool)?
        var fallback: (bearer: Int, position: Int, salient: Bool)?
        while index >= 0, seen < Self.antecedentWindow {
            defer { index -= 1 }
            let chunk = chunks[index]
            guard !chunk.quoted else { continue }
            seen += 1
            let distance = paragraph - text.paragraphIndex(of: chunk.first)
            if distance > 4 || (nearest != nil && distance > 1) { break }
            let kind = clusterBearer(index)
            guard kind == .person || kind == .unknown else { continue }
            let full = canonicalChunk(index)
            var known = gender(of: full)
            if known == .unknown { known = chunk.gender }
            guard known == wanted || (kind == .person && known != .male && known != .female) else {
                if kind == .unknown, known != .male, known != .female, fallback == nil { fallback = (full, chunk.first, false) }
                continue
            }
            let candidate = (bearer: full, position: chunk.first, salient: isSalient(index))
            if candidate.salient { return candidate }
            if nearest == nil { nearest = candidate }
        }
        return nearest ?? fallback
    }

    /// A name that was a speaker, or that opens its sentence as a subject would (not after a preposition
    /// or a verb).
    private func isSalient(_ index: Int) -> Bool {
        let chunk = chunks[index]
        if resolvedNames.contains(where: { $0.position == chunk.first }) { return true }
        let sentence = text.sentence(of: chunk.first)
        if index > 0, chunks[index - 1].first >= sentence.lowerBound, !chunks[index - 1].quoted { return false }
        var before = chunk.first - 1
        while before >= sentence.lowerBound {
            let classes = text.classes[before]
            let pos = text.pos(before)
            if pos == .ADP || pos == .VERB || pos == .SCONJ || pos == .AUX { return false }
            if !classes.intersection([.title, .person, .article]).isEmpty || pos == .NOUN || pos == .ADJ || pos == .PUNCT || pos == .PROPN {
                before -= 1
                continue
            }
            return false
        }
        return true
    }

    /// The nearest organisation before `position`; with `head`, the nearest whose name has that word.
    private func nearestOrganisation(before position: Int, matching head: Int?) -> Int? {
        var index = lastChunk(before: position)
        var seen = 0
        let paragraph = text.paragraphIndex(of: position)
        while index >= 0, seen < Self.antecedentWindow {
            defer { index -= 1 }
            let chunk = chunks[index]
            guard !chunk.quoted else { continue }
            seen += 1
            if head == nil, paragraph - text.paragraphIndex(of: chunk.first) > 4 { break }
            if let head {
                if (chunk.first...chunk.last).contains(where: { text.sameWordIgnoringCase($0, head) }) { return canonicalChunk(index) }
            } else if clusterBearer(index) == .organisation {
                return canonicalChunk(index)
            }
        }
        return nil
    }

    /// The first organisation named within two paragraphs after `position` whose name has the word `head`:
    /// "their union said … ¶ … the General Transport Union".
    private func organisation(after position: Int, matching head: Int) -> Int? {
        let paragraph = text.paragraphIndex(of: position)
        var index = lastChunk(before: position + 1) + 1
        while index < chunks.count, text.paragraphIndex(of: chunks[index].first) - paragraph <= 2 {
            defer { index += 1 }
            let chunk = chunks[index]
            guard !chunk.quoted, text.isCapitalised(chunk.last) else { continue }
            if (chunk.first...chunk.last).contains(where: { text.sameWordIgnoringCase($0, head) }) { return canonicalChunk(index) }
        }
        return nil
    }

    /// The person earlier given a role with the word `head` ("the spokesman" after "Citadel spokesman Venn").
    private func personWithRole(_ head: Int, before position: Int) -> Int? {
        for resolved in resolvedNames.reversed() where resolved.position < position {
            let bearer = resolved.canonical
            guard let role = roles[bearer] else { continue }
            if role.contains(where: { text.sameWordIgnoringCase($0, head) }) { return bearer }
        }
        return nil
    }

    /// The index of the last chunk that ends before `position`, or -1.
    private func lastChunk(before position: Int) -> Int {
        var low = 0
        var high = chunks.count
        while low < high {
            let middle = (low + high) / 2
            if chunks[middle].last < position { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }

    // MARK: - Text

    private func roleText(_ range: ClosedRange<Int>) -> String {
        text.string(range.lowerBound, range.upperBound)
    }

    /// A noun phrase as a speaker: its words up to the head, with a sentence's capital lowered ("Police said").
    private func nominalText(_ first: Int, _ head: Int) -> String {
        var phrase = text.string(first, head)
        if text.startsSentence(first), text.pos(first) == .NOUN, text.isCapitalised(first),
           let initial = phrase.unicodeScalars.first, initial.isASCII
        {
            phrase = String(initial).lowercased() + phrase.dropFirst()
        }
        return phrase
    }
}
