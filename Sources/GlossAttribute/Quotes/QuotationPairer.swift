/// Pairs quotation marks by position, paragraph by paragraph.
///
/// - Curly marks and guillemets face one way; straight marks face the way their spacing says, and a mark
///   between two spaces or two words takes the direction the open marks need.
/// - ’ and ' after a word close an open single quotation, or else are apostrophes (`players’`).
/// - A quotation inside another uses the other family (“… ‘…’ …”), and may use the same family when the
///   marks face unambiguously.
/// - A paragraph that ends inside a quotation continues it when the next paragraph opens with the same
///   family's mark (news style for quotations over several paragraphs); each paragraph's part is its own
///   quotation, linked to the previous one.
/// - Unbalanced marks are repaired where they are: an opening mark that is never closed ends at the end of its
///   sentence when a new quotation of its family opens later in the paragraph, else at the end of the
///   paragraph; a closing mark with nothing open starts its quotation at the start of its sentence. Pairing
///   starts afresh in each paragraph, so no error shifts the quotations after it.
struct QuotationPairer {
    private struct OpenMark {
        var token: Int
        var family: QuotationMark.Family
        /// The open mark below this one when it was pushed, for nesting.
        var parentToken: Int?
    }

    private struct PlacedMark {
        var index: Int
        var mark: QuotationMark
    }

    /// A part's opening token and the previous part's.
    private struct Continuation {
        var open: Int
        var previous: Int
    }

    private struct Pending {
        var span: QuotedSpan
        var openToken: Int?
        var parentToken: Int?
    }

    /// Every quotation in `text`, in order of their first token (an enclosing quotation before those inside it).
    static func pair(_ text: AnnotatedText) -> [QuotedSpan] {
        var marks: [PlacedMark] = []
        for index in 0..<text.count {
            let first = text.bytes[text.tokens[index].start]
            guard first == 0x22 || first == 0x27 || first == 0xC2 || first == 0xE2 else { continue }
            if let mark = QuotationMark.at(index, in: text) { marks.append(PlacedMark(index: index, mark: mark)) }
        }
        guard !marks.isEmpty else { return [] }

        var pending: [Pending] = []
        var continuations: [Continuation] = []
        var stack: [OpenMark] = []
        var continuingToken: Int?  // the opening mark of the previous paragraph's unfinished quotation
        var markIndex = 0
        for (paragraphIndex, paragraph) in text.paragraphTokens.enumerated() {
            stack.removeAll(keepingCapacity: true)
            var lastBoundary = paragraph.lowerBound  // a recovered start never reaches back past this token
            let previousContinuation = continuingToken
            continuingToken = nil
            while markIndex < marks.count, marks[markIndex].index < paragraph.upperBound {
                let index = marks[markIndex].index
                let mark = marks[markIndex].mark
                markIndex += 1
                let openPosition = stack.lastIndex { $0.family == mark.family }
                var direction = mark.direction
                if direction == .either { direction = openPosition != nil ? .closing : .opening }
                switch direction {
                case .opening, .either:
                    if let position = openPosition {
                        // The family is already open: that quotation lost its closing mark. It ends at the end
                        // of its sentence, or before this mark. An unclosed single mark was likely an apostrophe.
                        let opened = stack[position]
                        if mark.family != .single {
                            let end = min(text.sentence(of: opened.token).upperBound - 1, index - 1)
                            if let span = Self.span(open: opened.token, close: nil, first: opened.token + 1, last: end, family: mark.family, recovered: true, text: text) {
                                pending.append(Pending(span: span, openToken: opened.token, parentToken: opened.parentToken))
                            }
                        }
                        stack.removeSubrange(position...)
                    }
                    if stack.isEmpty, index == paragraph.lowerBound, let previous = previousContinuation {
                        continuations.append(Continuation(open: index, previous: previous))
                    }
                    stack.append(OpenMark(token: index, family: mark.family, parentToken: stack.last?.token))
                case .closing, .closingOrApostrophe:
                    if let position = openPosition {
                        let opened = stack[position]
                        if let span = Self.span(open: opened.token, close: index, first: opened.token + 1, last: index - 1, family: mark.family, recovered: false, text: text) {
                            pending.append(Pending(span: span, openToken: opened.token, parentToken: opened.parentToken))
                        }
                        stack.removeSubrange(position...)
                        if stack.isEmpty { lastBoundary = index + 1 }
                    } else if direction == .closing, mark.family != .single, stack.isEmpty {
                        // A closing mark with nothing open: its opening mark was lost. Start at its sentence.
                        let start = max(text.sentence(of: index).lowerBound, lastBoundary)
                        if let span = Self.span(open: nil, close: index, first: start, last: index - 1, family: mark.family, recovered: true, text: text) {
                            pending.append(Pending(span: span, openToken: nil, parentToken: nil))
                        }
                        lastBoundary = index + 1
                    }
                }
            }
            // A quotation still open at the end of the paragraph: continued, or recovered to the paragraph end.
            guard let bottom = stack.first(where: { $0.family != .single }) else { continue }
            var continues = false
            if paragraphIndex + 1 < text.paragraphTokens.count, markIndex < marks.count,
               marks[markIndex].index == text.paragraphTokens[paragraphIndex + 1].lowerBound,
               marks[markIndex].mark.family == bottom.family,
               marks[markIndex].mark.direction == .opening || marks[markIndex].mark.direction == .either {
                continues = true
            }
            if let span = Self.span(open: bottom.token, close: nil, first: bottom.token + 1, last: paragraph.upperBound - 1, family: bottom.family, recovered: !continues, text: text) {
                pending.append(Pending(span: span, openToken: bottom.token, parentToken: bottom.parentToken))
                if continues { continuingToken = bottom.token }
            }
        }

        pending.sort { ($0.span.outerFirst, -$0.span.outerLast) < ($1.span.outerFirst, -$1.span.outerLast) }
        /// The quotation whose opening mark is token `open` (sorted by first token, so a binary search).
        func indexOfOpen(_ open: Int) -> Int? {
            var low = 0
            var high = pending.count
            while low < high {
                let middle = (low + high) / 2
                if pending[middle].span.outerFirst < open { low = middle + 1 } else { high = middle }
            }
            return low < pending.count && pending[low].openToken == open ? low : nil
        }
        var spans = pending.map(\.span)
        for (position, item) in pending.enumerated() {
            if let parent = item.parentToken { spans[position].parent = indexOfOpen(parent) }
        }
        for link in continuations {
            if let part = indexOfOpen(link.open) { spans[part].continues = indexOfOpen(link.previous) }
        }
        return spans
    }

    /// A quotation over tokens `first...last`, trimmed of trailing clause punctuation; nil when nothing is left.
    /// A quotation that lost its closing mark ends before an attribution in it: "“Talks can start, she said."
    /// gives "Talks can start", with the comma standing in for the closing mark.
    private static func span(
        open: Int?, close: Int?, first: Int, last: Int, family: QuotationMark.Family, recovered: Bool, text: AnnotatedText
    ) -> QuotedSpan? {
        if recovered, close == nil, let comma = attributionComma(first, last, text) {
            guard let span = span(open: open, close: comma, first: first, last: comma - 1, family: family, recovered: false, text: text) else {
                return nil
            }
            var repaired = span
            repaired.recovered = true
            repaired.lastBeforeClose = comma
            return repaired
        }
        var end = last
        while end >= first, text.isClausePunctuation(end) { end -= 1 }
        guard end >= first else { return nil }
        return QuotedSpan(open: open, close: close, first: first, last: end, lastBeforeClose: last, parent: nil, continues: nil, recovered: recovered, family: family)
    }

    /// A comma in `first...last` followed by a short attribution that ends its sentence (", she said." or
    /// ", said Ivo Brandt."): where a quotation without its closing mark really ended.
    private static func attributionComma(_ first: Int, _ last: Int, _ text: AnnotatedText) -> Int? {
        var position = first + 1
        while position < last {
            if text.isByte(position, 0x2C) {
                let sentenceEnd = text.sentence(of: position).upperBound
                var verb = position + 1
                while verb < min(sentenceEnd, position + 6), !text.classes[verb].contains(.attributesQuote) { verb += 1 }
                if verb < min(sentenceEnd, position + 6), text.pos(verb) == .VERB {
                    var after = verb + 1
                    while after < sentenceEnd, (text.pos(after) == .PROPN || text.pos(after) == .NOUN || text.pos(after) == .DET), after - verb < 5 { after += 1 }
                    if after >= sentenceEnd || text.isSentenceFinal(after) { return position }
                }
            }
            position += 1
        }
        return nil
    }
}
