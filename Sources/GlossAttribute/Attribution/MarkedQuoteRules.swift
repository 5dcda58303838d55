import GlossCore

/// Finds who said each quotation in marks, from the words around it, in the patterns of news writing:
///
/// - after it: “Q,” X said. · “Q,” said X, ROLE. · “Q,” he told reporters. · “Q,” according to X.
///   (“Q.” X said. counts only when nothing more follows the verb);
/// - before it: X said: “Q.” · X said in a statement, “Q.” · X called it “Q” · X said (that) … “Q” … ·
///   According to X, … “Q” …;
/// - otherwise from other quotations: the parts of a quotation continued over paragraphs share a speaker,
///   and a whole-sentence quotation with no cue of its own continues the speaker of the quotation before
///   it in its paragraph (“Q1,” X said. “Q2.”), or of the previous paragraph's last quotation when it opens
///   its paragraph.
///
/// A quotation after "so-called", "titled", "nicknamed" or a naming verb with nothing between (a film
/// called “Night Ferry”), and a title-cased fragment inside a report, get no speaker: names are not speech.
struct MarkedQuoteRules {
    let text: AnnotatedText
    let reader: PhraseReader
    let cues: CueReader
    let spans: [QuotedSpan]
    /// How many quotations contain each token (marks included).
    let depth: [Int32]

    /// One finding per span, in span order, with the speakers found around each and shared across the
    /// parts of a continued quotation (``inheritSpeakers(_:)`` does the rest once reports are known).
    func findings() -> [Finding] {
        var findings: [Finding] = []
        findings.reserveCapacity(spans.count)
        for index in spans.indices {
            findings.append(attribute(index))
        }
        shareAcrossContinuations(&findings)
        return findings
    }

    // MARK: - One quotation

    private func attribute(_ index: Int) -> Finding {
        let span = spans[index]
        var finding = Finding(first: span.first, last: span.last, kind: kind(of: span), span: index)
        let region = self.region(of: span)
        if isNamed(span) || isTitle(span, region: region) { return finding }
        if let (mention, cue) = attributionAfter(span, region: region) ?? attributionBefore(span, region: region) {
            finding.mention = mention
            finding.cue = cue
            if finding.kind == .direct, cue.lowerBound < span.outerFirst, isEmbedded(span, cueEnd: cue.upperBound) {
                finding.kind = .partial
            }
        }
        return finding
    }

    /// The tokens a quotation's attribution may come from: its paragraph, or the quotation it is inside.
    private func region(of span: QuotedSpan) -> Range<Int> {
        if let parent = span.parent { return spans[parent].first..<(spans[parent].last + 1) }
        return text.paragraph(of: span.outerFirst)
    }

    /// The depth of the text around a quotation (0 for a quotation in running text).
    private func outsideDepth(_ span: QuotedSpan) -> Int32 { depth[span.outerFirst] - 1 }

    /// Direct (a sentence or more, or after "said:" / "said,") or partial (a fragment inside a sentence).
    private func kind(of span: QuotedSpan) -> Quote.Kind {
        if span.continues != nil { return .direct }
        let start = span.outerFirst
        let sentenceStart = max(text.sentence(of: start).lowerBound, region(of: span).lowerBound)
        var before = start - 1
        while before >= sentenceStart, depth[before] > outsideDepth(span) {
            before -= 1  // another quotation right before: "“Q1,” he said, “Q2.”" looks at ", he said ,"
        }
        if before < sentenceStart { return .direct }
        if text.isByte(before, 0x3A) || text.isDash(before) { return .direct }
        let capital = text.isCapitalised(span.first) || !text.isWord(span.first)
        if text.isByte(before, 0x2C) && capital { return .direct }
        // "‘The door is open,’ he said, ‘but it will not stay open.’": the rest of an interrupted quotation.
        if text.isByte(before, 0x2C), resumesQuotation(before, sentenceStart: sentenceStart, depth: outsideDepth(span)) { return .direct }
        if capital, cues.isSpeechVerb(before, .attributesQuote) { return .direct }
        if depth[before] != outsideDepth(span) { return .direct }
        return .partial
    }

    /// Whether the words before `comma` are an attribution right after another quotation in the sentence.
    private func resumesQuotation(_ comma: Int, sentenceStart: Int, depth outside: Int32) -> Bool {
        var position = comma - 1
        var sawVerb = false
        while position >= sentenceStart, comma - position <= 8 {
            if depth[position] > outside { return sawVerb }
            if cues.isSpeechVerb(position, .attributesQuote) { sawVerb = true }
            position -= 1
        }
        return false
    }

    /// A quotation that starts mid-sentence after its own attribution without a colon or comma:
    /// "the talks “remain open”" — partial even when it starts with a capital.
    private func isEmbedded(_ span: QuotedSpan, cueEnd: Int) -> Bool {
        let before = span.outerFirst - 1
        guard before > cueEnd else { return false }
        return !(text.isByte(before, 0x3A) || text.isByte(before, 0x2C) || text.isDash(before))
    }

    // MARK: - Attribution after the quotation

    private func attributionAfter(_ span: QuotedSpan, region: Range<Int>) -> (SpeakerMention, ClosedRange<Int>)? {
        guard let close = span.close else { return nil }
        var start = close + 1
        guard start < region.upperBound else { return nil }
        let last = span.lastBeforeClose
        let expectsCue = text.isByte(last, 0x2C) || text.isByte(last, 0x3F) || text.isByte(last, 0x21) || text.isDash(last)
            || text.isByte(start, 0x2C) || text.isDash(start)
        if text.isByte(start, 0x2C) || text.isDash(start) { start += 1 }
        guard start < region.upperBound else { return nil }
        let sentence = text.sentence(of: start)
        if !expectsCue {
            // After “Q.” only a new sentence that is nothing but the attribution counts ("“Q.” Rehn said.").
            guard start == sentence.lowerBound || text.sentence(of: close).upperBound > start else { return nil }
        }
        var end = min(region.upperBound, sentence.upperBound)
        for position in start..<end where depth[position] > outsideDepth(span) {
            end = position
            break
        }
        guard start < end else { return nil }

        // "said X" / "says X"
        if cues.isSpeechVerb(start, .attributesQuote), let mention = reader.phraseAfter(start + 1, upTo: end) {
            if !expectsCue, clauseFollows(mention.last + 1, end) { return nil }
            let cueLast = cues.cueEnd(verb: start, upTo: end)
            var cueEnd = cueLast
            if cueLast == start, let phrase = cues.cuePhraseEnd(at: mention.last + 1, upTo: end) { cueEnd = phrase }
            return (mention, start...(cueEnd == cueLast ? cueLast : start))
        }
        // "according to X"
        if let phraseEnd = cues.sourcePhraseEnd(at: start, upTo: end), let mention = reader.phraseAfter(phraseEnd + 1, upTo: end) {
            return (mention, start...phraseEnd)
        }
        // "X said", "the spokesman, X, said", "Citadel spokesman Arkady Venn told reporters"
        var position = start
        while position < end, position - start < 20 {
            if cues.isSpeechVerb(position, .attributesQuote) {
                guard let mention = reader.subject(ofVerb: position, from: start), mention.first <= start + 3 || hasOnlyModifiers(start, (mention.role?.lowerBound ?? mention.first)) else { return nil }
                let cueEnd = cues.cueEnd(verb: position, upTo: end)
                if !expectsCue, clauseFollows(cueEnd + 1, end) { return nil }
                return (mention, position...cueEnd)
            }
            if text.isSentenceFinal(position) || text.pos(position) == .VERB && !isInsideAppositive(position, start) { return nil }
            position += 1
        }
        return nil
    }

    /// Whether the words after an attribution make a new report ("“Q.” Peskov said the talks would resume")
    /// rather than end it ("on Monday", "in a statement", ", adding ...").
    private func clauseFollows(_ from: Int, _ end: Int) -> Bool {
        var position = from
        while position < end {
            if text.isByte(position, 0x2C) || text.isSentenceFinal(position) { return false }
            if text.classes[position].contains(.that) { return true }
            if text.pos(position) == .VERB || text.pos(position) == .AUX { return true }
            position += 1
        }
        return false
    }

    /// Whether only words a subject may start with lie in `from..<to` (a time, a place: "on Monday, X said").
    private func hasOnlyModifiers(_ from: Int, _ to: Int) -> Bool {
        guard from < to else { return true }
        for position in from..<to {
            let pos = text.pos(position)
            if pos == .VERB || pos == .AUX || text.isSentenceFinal(position) { return false }
        }
        return to - from <= 6
    }

    /// Whether a verb sits between commas after `start` ("X, who leads the union, said").
    private func isInsideAppositive(_ position: Int, _ start: Int) -> Bool {
        var index = position - 1
        while index >= start {
            if text.isByte(index, 0x2C) { return true }
            index -= 1
        }
        return false
    }

    // MARK: - Attribution before the quotation

    private func attributionBefore(_ span: QuotedSpan, region: Range<Int>) -> (SpeakerMention, ClosedRange<Int>)? {
        guard let open = span.open else { return nil }
        let lower = max(text.sentence(of: open).lowerBound, region.lowerBound, span.parent == nil ? text.bodyStart : region.lowerBound)
        guard open > lower else { return nil }
        let outside = outsideDepth(span)

        // "X said: “Q”", "X told reporters on Monday, “Q”", "X added “Q”"
        var position = open - 1
        if text.isByte(position, 0x3A) || text.isByte(position, 0x2C) { position -= 1 }
        var steps = 0
        while position >= lower, steps < 10, depth[position] == outside {
            if cues.isSpeechVerb(position, .attributesQuote, gerund: true) {
                if let mention = subject(ofVerb: position, from: lower) ?? reader.phraseAfter(position + 1, upTo: open) {
                    return (mention, position...cues.cueEnd(verb: position, upTo: open))
                }
                break
            }
            if !isModifier(position) { break }
            position -= 1
            steps += 1
        }

        // "called it “Q”", "dismissed the warnings as «Q»"
        position = open - 2
        steps = 0
        while position >= lower, steps < 6, depth[position] == outside {
            if text.classes[position].contains(.namesWithQuote), cues.isSpeechVerb(position, .namesWithQuote) {
                if let mention = subject(ofVerb: position, from: lower) { return (mention, position...position) }
                break
            }
            if text.isSentenceFinal(position) || text.isByte(position, 0x2C) { break }
            position -= 1
            steps += 1
        }

        // "X said (that) … “Q” …", "According to X, … “Q” …"
        position = open - 1
        while position >= lower {
            if depth[position] == outside {
                if cues.isSpeechVerb(position, [.reportsClause, .attributesQuote], gerund: true) {
                    if let mention = subject(ofVerb: position, from: lower) {
                        return (mention, position...cues.cueEnd(verb: position, upTo: open))
                    }
                } else if let phraseEnd = cues.sourcePhraseEnd(at: position, upTo: open) {
                    let comma = firstComma(after: phraseEnd, before: open) ?? open
                    if let mention = reader.phraseAfter(phraseEnd + 1, upTo: comma) { return (mention, position...phraseEnd) }
                }
            }
            position -= 1
        }
        return nil
    }

    /// The subject of a speech verb; for an -ing form ("…, adding: “Q”") the subject of the clause before it.
    func subject(ofVerb verb: Int, from lower: Int) -> SpeakerMention? {
        if text.classes[verb].contains(.gerund) {
            var position = verb - 1
            while position >= lower {
                if text.pos(position) == .VERB, !text.classes[position].contains(.gerund) {
                    return reader.subject(ofVerb: position, from: lower)
                }
                position -= 1
            }
            return nil
        }
        if let subject = reader.subject(ofVerb: verb, from: lower) { return subject }
        // "X dismissed the warnings and said …": the subject of the verb the "and" joins this one to — an
        // earlier speech verb's, else the first verb's of the sentence.
        guard verb - 1 >= lower, text.pos(verb - 1) == .CCONJ else { return nil }
        let sentenceStart = max(text.sentence(of: verb).lowerBound, text.bodyStart)
        var firstVerb: Int?
        var position = verb - 2
        while position >= sentenceStart {
            if text.pos(position) == .VERB, !text.classes[position].contains(.gerund), depth[position] == depth[verb] {
                if cues.isSpeechVerb(position, [.reportsClause, .attributesQuote, .namesWithQuote]) {
                    return reader.subject(ofVerb: position, from: sentenceStart)
                }
                firstVerb = position
            }
            if text.isByte(position, 0x3B) { break }
            position -= 1
        }
        return firstVerb.flatMap { reader.subject(ofVerb: $0, from: sentenceStart) }
    }

    /// Words that may stand between a speech verb and the quotation it introduces: a listener, a time, a
    /// medium ("told the Lakemoor Echo on Monday", "said in a statement").
    private func isModifier(_ index: Int) -> Bool {
        if text.isPossessive(index) { return true }
        switch text.pos(index) {
        case .ADP, .DET, .NOUN, .PROPN, .ADJ, .NUM, .ADV, .PART: return !text.classes[index].contains(.that)
        case .PRON: return text.classes[index].intersection([.pronounHe, .pronounShe, .pronounThey, .pronounIt]).isEmpty
        default: return false
        }
    }

    private func firstComma(after start: Int, before end: Int) -> Int? {
        var position = start + 1
        while position < end {
            if text.isByte(position, 0x2C) { return position }
            position += 1
        }
        return nil
    }

    // MARK: - Names, not speech

    /// "so-called “blue growth”", "titled “Water for Tomorrow”", "a film called “Night Ferry”".
    private func isNamed(_ span: QuotedSpan) -> Bool {
        guard let open = span.open, open > 0 else { return false }
        let before = open - 1
        if text.classes[before].contains(.namingMarker) { return true }
        // A naming verb right before the quotation, with no object between, is a participle: "a group called".
        if text.classes[before].contains(.namesWithQuote), text.classes[before].contains(.pastForm) { return true }
        return false
    }

    /// A fragment in Title Case inside running text ("the comedy “My Uncle's Boat”"): a title, not a quote.
    private func isTitle(_ span: QuotedSpan, region: Range<Int>) -> Bool {
        guard kind(of: span) == .partial else { return false }
        var words = 0
        for position in span.first...span.last where text.isWord(position) {
            words += 1
            guard !text.isCapitalised(position) else { continue }
            // Small words may stay lower case in a title: "Salt and Silence", "War of the Worlds".
            let length = text.tokens[position].end - text.tokens[position].start
            let small = length <= 3 || text.pos(position) == .ADP || text.pos(position) == .CCONJ || text.pos(position) == .DET
            if !small || position == span.first { return false }
        }
        guard words >= 1, words <= 8 else { return false }
        return words > 1 || !isQuotedWordAfterVerb(span)
    }

    /// A lone capitalised word right after a speech or naming verb ("called it “Armageddon”") may be speech.
    private func isQuotedWordAfterVerb(_ span: QuotedSpan) -> Bool {
        guard let open = span.open else { return false }
        var position = open - 1
        var steps = 0
        while position >= 0, steps < 4 {
            if !text.classes[position].intersection(.speechVerb).isEmpty { return true }
            position -= 1
            steps += 1
        }
        return false
    }

    /// Whether the quotation closes its sentence ("… “Q.”" or "… “Q”.").
    private func endsSentence(_ span: QuotedSpan) -> Bool {
        let after = span.outerLast + 1
        let sentence = text.sentence(of: span.outerLast)
        if after >= sentence.upperBound { return true }
        return after + 1 >= sentence.upperBound && text.isSentenceFinal(after)
    }

    // MARK: - Speakers from other quotations

    /// The parts of a quotation continued over paragraphs share the first speaker found in any part.
    private func shareAcrossContinuations(_ findings: inout [Finding]) {
        for index in findings.indices where spans[index].continues != nil {
            var chain = [index]
            var previous = spans[index].continues
            while let part = previous, chain.count < 50 {
                chain.append(part)
                previous = spans[part].continues
            }
            // Only the head of a chain with no later part does the sharing (each chain once).
            guard !findings.indices.contains(where: { spans[$0].continues == index }) else { continue }
            chain.reverse()
            guard let source = chain.first(where: { findings[$0].mention != nil }) else { continue }
            for part in chain where findings[part].mention == nil {
                findings[part].mention = findings[source].mention
                findings[part].cue = findings[source].cue
                findings[part].inherited = true
            }
        }
    }

    /// A whole-sentence quotation with no cue of its own continues the speaker before it: the previous
    /// quotation or report in its paragraph, with no other speech between ("“Q1,” X said. “Q2.”"), or, when
    /// it opens its paragraph, the one that ends the previous paragraph ("X said the union would strike.
    /// ¶ “We have no choice.”"). `findings` holds quotations in marks (with their `span`) and reports.
    func inheritSpeakers(_ findings: inout [Finding]) {
        let order = findings.indices.sorted { findings[$0].first < findings[$1].first }
        var lastAttributed: Int?
        for index in order {
            guard let spanIndex = findings[index].span else {
                if findings[index].mention != nil { lastAttributed = index }
                continue
            }
            let span = spans[spanIndex]
            guard span.parent == nil else { continue }
            defer {
                if findings[index].mention != nil { lastAttributed = index }
            }
            guard findings[index].mention == nil, isWholeSentence(span), let previous = lastAttributed else { continue }
            let source = findings[previous]
            var previousEnd = max(source.last, source.cue?.upperBound ?? 0)
            if let previousSpan = source.span { previousEnd = max(previousEnd, spans[previousSpan].outerLast) }
            guard previousEnd < span.outerFirst else { continue }
            let paragraph = text.paragraphIndex(of: span.outerFirst)
            let previousParagraph = text.paragraphIndex(of: previousEnd)
            var inherits = false
            if paragraph == previousParagraph {
                inherits = !hasOtherSpeaker(between: previousEnd, and: span.outerFirst, source)
            } else if paragraph == previousParagraph + 1, span.outerFirst == text.paragraphTokens[paragraph].lowerBound {
                inherits = text.sentence(of: previousEnd).upperBound >= text.paragraphTokens[previousParagraph].upperBound
            }
            if inherits {
                findings[index].mention = source.mention
                findings[index].cue = source.cue
                findings[index].inherited = true
            }
        }
    }

    /// Whether a whole sentence (or more) is in the quotation: it opens its sentence and closes it.
    private func isWholeSentence(_ span: QuotedSpan) -> Bool {
        guard span.open != nil, text.isCapitalised(span.first) || !text.isWord(span.first) else { return false }
        let start = span.outerFirst
        guard start == text.sentence(of: start).lowerBound || start == text.paragraph(of: start).lowerBound else { return false }
        return span.close == nil || endsSentence(span)
    }

    /// Whether a speech verb with a subject other than the previous speaker stands between two quotations.
    private func hasOtherSpeaker(between from: Int, and to: Int, _ previous: Finding) -> Bool {
        guard from + 1 < to else { return false }
        for position in (from + 1)..<to where depth[position] == 0 && cues.isSpeechVerb(position, [.attributesQuote, .reportsClause]) {
            if let cue = previous.cue, cue.contains(position) { continue }
            return true
        }
        return false
    }
}
