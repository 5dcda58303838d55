/// Reads cues: which tokens are speech verbs in a form that reports speech, and how far a cue reaches
/// ("said in a statement", "told reporters", "according to").
struct CueReader {
    let text: AnnotatedText

    /// Whether token `index` is a speech verb with all of `capabilities` in a form that can report speech
    /// here: past or present ("said", "says"), a base form after a pronoun or plural noun ("they say"),
    /// and, when `gerund` allows it, the -ing form ("adding", "saying"). Ambiguous forms need the tagger to
    /// call them verbs ("claims", "notes").
    func isSpeechVerb(_ index: Int, _ capabilities: WordClass, gerund: Bool = false) -> Bool {
        let classes = text.classes[index]
        guard !classes.intersection(capabilities).isEmpty else { return false }
        let pos = text.pos(index)
        if !classes.contains(.trusted) {
            guard pos == .VERB || pos == .AUX || pos == .X else { return false }
        } else if pos == .NOUN || pos == .DET || pos == .ADP || pos == .NUM || pos == .PUNCT {
            return false
        }
        if classes.contains(.pastForm) || classes.contains(.thirdPerson) { return !isPassiveOrInfinitive(index) }
        if classes.contains(.gerund) { return gerund }
        if classes.contains(.baseForm), index > 0 {
            let before = text.pos(index - 1)
            return (before == .PRON || before == .NOUN || before == .PROPN) && text.classes[index - 1].intersection([.to, .modal]).isEmpty
        }
        return false
    }

    /// "was told", "to say", "did not say", "will say": not a report of something said.
    private func isPassiveOrInfinitive(_ index: Int) -> Bool {
        var before = index - 1
        while before >= 0, text.pos(before) == .ADV, !text.classes[before].contains(.negation) { before -= 1 }
        guard before >= 0 else { return false }
        let classes = text.classes[before]
        if classes.contains(.beForm), text.classes[index].contains(.pastForm) {
            // "it was said", "were told" — but "'s" after a name is a possessive, not "is".
            return !text.isPossessive(before)
        }
        return classes.contains(.to) || classes.contains(.negation) || classes.contains(.modal)
    }

    /// The last token of the cue that starts with the verb at `verb`: the verb, or the end of a cue phrase
    /// right after it ("said in a statement", "told reporters", "wrote on Twitter").
    func cueEnd(verb: Int, upTo upper: Int) -> Int {
        var end = verb
        if verb + 1 < upper, text.classes[verb + 1].contains(.particleOut) { end = verb + 1 }
        if let phrase = matchPhrase(at: end + 1, upTo: upper, source: false) { end = phrase }
        return end
    }

    /// The last token of a source phrase ("according to") starting at `start`, or nil.
    func sourcePhraseEnd(at start: Int, upTo upper: Int) -> Int? {
        matchPhrase(at: start, upTo: upper, source: true)
    }

    /// A cue phrase starting at `start` (the longest that matches), as its last token.
    func cuePhraseEnd(at start: Int, upTo upper: Int) -> Int? {
        matchPhrase(at: start, upTo: upper, source: false)
    }

    private func matchPhrase(at start: Int, upTo upper: Int, source: Bool) -> Int? {
        guard start < upper, text.classes[start].contains(.phraseWord) else { return nil }
        let first = Int(text.wordIDs[start])
        let count = source ? text.lexicon.sourcePhrasesByFirstWord[first].count : text.lexicon.cuePhrasesByFirstWord[first].count
        var best: Int?
        for slot in 0..<count {
            let candidate = Int(source ? text.lexicon.sourcePhrasesByFirstWord[first][slot] : text.lexicon.cuePhrasesByFirstWord[first][slot])
            let phrase = source ? text.lexicon.sourcePhrases[candidate] : text.lexicon.cuePhrases[candidate]
            guard start + phrase.count <= upper else { continue }
            var matches = true
            for (offset, id) in phrase.enumerated() where text.wordIDs[start + offset] != id {
                matches = false
                break
            }
            if matches { best = max(best ?? -1, start + phrase.count - 1) }
        }
        return best
    }
}
