/// Finds reported speech without quotation marks, each as a finding of kind `indirect` whose words are the
/// reported clause:
///
/// - X said (that) CLAUSE · X told reporters (that) CLAUSE · X wrote on Twitter that CLAUSE ·
///   …, adding that CLAUSE (the subject of the clause before);
/// - CLAUSE, X said. · CLAUSE, said X. · CLAUSE, according to X.
/// - According to X, CLAUSE.
///
/// Only speech outside quotation marks counts; a clause may hold a partial quotation (reported both ways).
/// "X said: “Q”" and "X declined to say" are not reported clauses.
struct ReportedSpeechRules {
    let text: AnnotatedText
    let reader: PhraseReader
    let cues: CueReader
    let depth: [Int32]
    let quoteRules: MarkedQuoteRules

    private static let cueClasses: WordClass = [.attributesQuote, .reportsClause, .phraseWord]

    /// Every report, in text order.
    func findings() -> [Finding] {
        var findings: [Finding] = []
        for sentence in text.sentenceTokens {
            let lower = max(sentence.lowerBound, text.bodyStart)
            guard lower < sentence.upperBound else { continue }
            // Most sentences have no speech verb and no source phrase: nothing to read there.
            var cue = false
            for position in lower..<sentence.upperBound where !text.classes[position].intersection(Self.cueClasses).isEmpty {
                cue = true
                break
            }
            guard cue else { continue }
            let before = findings.count
            var position = lower
            if let leading = accordingToFirst(lower, sentence) {
                findings.append(leading)
            } else if let trailing = trailingAttribution(lower, sentence) {
                // "CLAUSE, a spokesman said, adding that …": reports after the attribution are still read.
                findings.append(trailing)
                position = (trailing.cue?.upperBound ?? trailing.last) + 1
            }
            while position < sentence.upperBound {
                if findings.count == before || position > max(findings.last?.last ?? -1, findings.last?.cue?.upperBound ?? -1) {
                    if depth[position] == 0, let finding = reportedClause(verb: position, lower: lower, sentence: sentence) {
                        findings.append(finding)
                        position = finding.last + 1
                        continue
                    }
                }
                position += 1
            }
        }
        return findings
    }

    // MARK: - X said (that) CLAUSE

    private func reportedClause(verb: Int, lower: Int, sentence: Range<Int>) -> Finding? {
        guard cues.isSpeechVerb(verb, .reportsClause, gerund: true) else { return nil }
        let classes = text.classes[verb]
        if classes.contains(.gerund) {
            guard verb > lower, text.isByte(verb - 1, 0x2C) else { return nil }  // ", adding that ..."
        }
        let end = sentence.upperBound
        // Cheap test first: "“Q,” X said." has nothing after its verb.
        guard verb + 1 < end, !text.isSentenceFinal(verb + 1), !text.isByte(verb + 1, 0x2C) else { return nil }
        let subjectLower = lowerBoundForSubject(verb, lower)
        guard let mention = quoteRules.subject(ofVerb: verb, from: subjectLower) else { return nil }
        let cueEnd = cues.cueEnd(verb: verb, upTo: end)
        var position = cueEnd + 1
        if classes.contains(.takesListener), cueEnd == verb, position < end {
            position = skipListener(position, end)
        }
        position = skipModifiers(position, end)
        if let that = thatAfterModifiers(position, end) { position = that }
        guard position < end else { return nil }
        var start = position
        if text.classes[position].contains(.that) {
            start = position + 1
        } else {
            if classes.contains(.needsThat) { return nil }
            guard startsClause(position, end) else { return nil }
        }
        guard start < end, let last = clauseEnd(start, sentence) else { return nil }
        return Finding(first: start, last: last, kind: .indirect, mention: mention, cue: verb...cues.cueEnd(verb: verb, upTo: end))
    }

    /// A subject is looked for after the last quotation that closes before the verb in its sentence.
    private func lowerBoundForSubject(_ verb: Int, _ lower: Int) -> Int {
        var position = verb - 1
        while position >= lower {
            if depth[position] > 0 { return position + 1 }
            position -= 1
        }
        return lower
    }

    /// "told reporters", "told the Ashford Falls Courier", "told him": the listener before the clause — one
    /// noun phrase, so that "told the Herald the depot would reopen" keeps "the depot" for the clause.
    private func skipListener(_ start: Int, _ end: Int) -> Int {
        if text.pos(start) == .PRON, text.classes[start].intersection([.that]).isEmpty { return start + 1 }
        var position = start
        while position < end, text.pos(position) == .DET || text.pos(position) == .ADJ, !text.classes[position].contains(.that) {
            position += 1
        }
        guard position < end else { return start }
        let chunk = reader.chunkOf[position]
        if chunk >= 0 { return reader.chunks[Int(chunk)].last + 1 }
        let nounStart = position
        while position < end, text.pos(position) == .NOUN || text.isPossessive(position), position - nounStart < 4 { position += 1 }
        return position > nounStart ? position : start
    }

    /// Times and media between a verb and its clause: "on Monday", "late on Friday", "in a statement", "on Twitter".
    private func skipModifiers(_ start: Int, _ end: Int) -> Int {
        var position = start
        var rounds = 0
        while position < end, rounds < 4 {
            rounds += 1
            if let phrase = cues.cuePhraseEnd(at: position, upTo: end) {
                position = phrase + 1
            } else if text.classes[position].contains(.timeWord) {
                position += 1
            } else if text.classes[position].contains(.calendar) {
                position += 1
            } else if text.pos(position) == .ADP, position + 1 < end, text.classes[position + 1].contains(.calendar) {
                position += 2
            } else if text.classes[position].contains(.particleOut) {
                position += 1
            } else {
                break
            }
        }
        return position
    }

    /// "said on Monday in an interview with the Herald that …": a "that" a few words on, with only
    /// prepositional phrases before it.
    private func thatAfterModifiers(_ start: Int, _ end: Int) -> Int? {
        guard start < end, text.pos(start) == .ADP, !text.classes[start].contains(.that) else { return nil }
        var position = start
        while position < end, position - start < 10 {
            if text.classes[position].contains(.that), text.pos(position) == .SCONJ || text.pos(position) == .PRON { return position }
            switch text.pos(position) {
            case .ADP, .DET, .ADJ, .NOUN, .PROPN, .NUM, .ADV: position += 1
            default:
                if reader.chunkOf[position] >= 0 || text.isPossessive(position) { position += 1 } else { return nil }
            }
        }
        return nil
    }

    /// Whether a clause without "that" starts here: a subject-like word and, later, a finite verb.
    private func startsClause(_ start: Int, _ end: Int) -> Bool {
        let classes = text.classes[start]
        if !classes.intersection([.question]).isEmpty || (text.mightBeQuotationMark(start) && QuotationMark.at(start, in: text) != nil) { return false }
        switch text.pos(start) {
        case .DET, .PRON, .PROPN, .NOUN, .NUM, .ADJ, .ADV: break  // ADV: "about 400 firefighters were"
        default: return false
        }
        var position = start + 1
        while position < end, position - start < 25 {
            let pos = text.pos(position)
            if pos == .AUX || (pos == .VERB && !text.classes[position].contains(.gerund)) { return true }
            if text.isSentenceFinal(position) || text.isByte(position, 0x3B) { return false }
            // "conceded defeat late on Sunday after X won": a subordinate clause, not a reported one.
            if pos == .SCONJ || (pos == .ADP && !reader.isPrepositionInPhrase(position) && !isOn(position)) { return false }
            position += 1
        }
        return false
    }

    private func isOn(_ index: Int) -> Bool {
        let token = text.tokens[index]
        return token.end - token.start == 2 && text.bytes[token.start] | 0x20 == 0x6F && text.bytes[token.start + 1] | 0x20 == 0x6E
    }

    /// The last token of a clause that starts at `start`: the sentence end (without its final stop), or
    /// before ", adding ..." / ", saying ...".
    private func clauseEnd(_ start: Int, _ sentence: Range<Int>) -> Int? {
        var last = sentence.upperBound - 1
        var position = start
        while position < sentence.upperBound {
            if text.isByte(position, 0x2C), position + 1 < sentence.upperBound, depth[position] == 0,
               text.classes[position + 1].contains(.gerund), cues.isSpeechVerb(position + 1, .reportsClause, gerund: true)
            {
                last = position - 1
                break
            }
            // "… promised that A and said B": the second report is its own.
            if text.pos(position) == .CCONJ, position + 1 < sentence.upperBound, depth[position] == 0,
               cues.isSpeechVerb(position + 1, .reportsClause)
            {
                last = position - 1
                break
            }
            position += 1
        }
        while last >= start, text.isSentenceFinal(last) || text.isClausePunctuation(last) { last -= 1 }
        return last >= start ? last : nil
    }

    // MARK: - CLAUSE, X said.

    /// "CLAUSE, X said." and "CLAUSE, the board announced on Friday, forcing …": an attribution between
    /// commas (or a comma and the end) after a clause that opens the sentence.
    private func trailingAttribution(_ lower: Int, _ sentence: Range<Int>) -> Finding? {
        var end = sentence.upperBound
        while end > lower, text.isSentenceFinal(end - 1) { end -= 1 }
        // The clause must be outside quotation marks ("“Q,” X said" is a direct quotation): no comma after
        // the first mark can end one.
        var firstMark = lower
        while firstMark < end, depth[firstMark] == 0, !(text.mightBeQuotationMark(firstMark) && QuotationMark.at(firstMark, in: text) != nil) {
            firstMark += 1
        }
        var comma = lower + 2
        while comma < end {
            defer { comma += 1 }
            guard text.isByte(comma, 0x2C), depth[comma] == 0 else { continue }
            if comma > firstMark { return nil }
            var segmentEnd = comma + 1
            while segmentEnd < end, !(text.isByte(segmentEnd, 0x2C) && depth[segmentEnd] == 0) { segmentEnd += 1 }
            guard hasFiniteVerb(lower, comma), let (mention, cue) = attribution(comma + 1, segmentEnd) else { continue }
            var last = comma - 1
            while last >= lower, text.isClausePunctuation(last) { last -= 1 }
            guard last >= lower else { return nil }
            return Finding(first: lower, last: last, kind: .indirect, mention: mention, cue: cue)
        }
        return nil
    }

    /// An attribution that fills `start..<end`: "X said [on Monday]", "said X", "according to X".
    private func attribution(_ start: Int, _ end: Int) -> (SpeakerMention, ClosedRange<Int>)? {
        guard start < end else { return nil }
        if cues.isSpeechVerb(start, .attributesQuote), let mention = reader.phraseAfter(start + 1, upTo: end), mention.last + 1 >= end || onlyRoleAfter(mention, end) {
            return (mention, start...cues.cueEnd(verb: start, upTo: end))
        }
        if let phraseEnd = cues.sourcePhraseEnd(at: start, upTo: end), let mention = sourceMention(phraseEnd + 1, upTo: end) {
            return (mention, start...phraseEnd)
        }
        var position = start
        while position < end, position - start < 15 {
            if cues.isSpeechVerb(position, .attributesQuote) {
                guard let mention = reader.subject(ofVerb: position, from: start), onlyModifiersAfter(position, end) else { return nil }
                return (mention, position...cues.cueEnd(verb: position, upTo: end))
            }
            if text.pos(position) == .VERB || text.pos(position) == .AUX { return nil }
            position += 1
        }
        return nil
    }

    private func onlyRoleAfter(_ mention: SpeakerMention, _ end: Int) -> Bool {
        guard let role = mention.role else { return false }
        return role.upperBound + 1 >= end
    }

    // MARK: - According to X, CLAUSE.

    private func accordingToFirst(_ lower: Int, _ sentence: Range<Int>) -> Finding? {
        guard let phraseEnd = cues.sourcePhraseEnd(at: lower, upTo: sentence.upperBound) else { return nil }
        var comma = phraseEnd + 1
        while comma < sentence.upperBound, !text.isByte(comma, 0x2C) { comma += 1 }
        guard comma + 1 < sentence.upperBound, let mention = sourceMention(phraseEnd + 1, upTo: comma) else { return nil }
        guard hasFiniteVerb(comma + 1, sentence.upperBound), let last = clauseEnd(comma + 1, sentence) else { return nil }
        return Finding(first: comma + 1, last: last, kind: .indirect, mention: mention, cue: lower...phraseEnd)
    }

    /// The speaker after "according to": the last name before the comma ("a poll by Harbourline Research
    /// published on Sunday" is Harbourline Research's), or the noun phrase ("police").
    private func sourceMention(_ start: Int, upTo end: Int) -> SpeakerMention? {
        var position = end - 1
        while position >= start {
            let chunk = reader.chunkOf[position]
            if chunk >= 0, reader.chunks[Int(chunk)].last == position {
                return reader.nounPhrase(endingAt: position, from: start)
            }
            position -= 1
        }
        guard let mention = reader.phraseAfter(start, upTo: end) else { return nil }
        // "figures from the board", "a survey by the agency": the source is whoever made the document.
        if case .nominal(let head) = mention.kind, text.classes[head].contains(.document), head + 2 < end,
           text.pos(head + 1) == .ADP, let maker = reader.phraseAfter(head + 2, upTo: end)
        {
            return maker
        }
        return mention
    }

    private func onlyModifiersAfter(_ verb: Int, _ end: Int) -> Bool {
        var position = cues.cueEnd(verb: verb, upTo: end) + 1
        position = skipModifiers(position, end)
        return position >= end
    }

    private func hasFiniteVerb(_ from: Int, _ to: Int) -> Bool {
        var position = from
        while position < to {
            let pos = text.pos(position)
            if pos == .AUX || (pos == .VERB && !text.classes[position].contains(.gerund)) { return true }
            position += 1
        }
        return false
    }
}
