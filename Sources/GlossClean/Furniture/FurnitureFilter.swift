/// Removes furniture line by line from normalised text (see ``SpacingNormalizer``) and finds the feed
/// footer's title and site and the dateline.
///
/// A line is the text between two newlines. Removing a line keeps the paragraph structure: the lines
/// around it are joined by the strongest break that was between them (a paragraph break wins over a
/// line break), so the output is normalised too.
struct FurnitureFilter: Sendable {
    var removeFeedFooter = true
    var removeWidgets = true
    var removeCallsToAction = true
    var removeTruncationMarks = true
    var rules: FurnitureRules

    /// How many kept lines from the top may hold the dateline (headline, byline and date come first).
    private static let datelineLines = 8

    /// Filters `text` in place (what is kept only moves towards the start), noting what it finds in
    /// `findings`; returns the new length.
    func run(_ text: UnsafeMutableBufferPointer<UInt8>, findings: inout CleanFindings) -> Int {
        let input = UnsafeBufferPointer(text)
        let count = input.count
        var write = 0
        var lineStart = 0
        var pendingBreak = 0
        var inWidgetBlock = false
        var keptLines = 0
        while lineStart < count {
            let lineEnd = ByteSearch.index(of: 0x0A, in: input, from: lineStart, to: count)
            var next = lineEnd
            while next < count && input[next] == 0x0A { next += 1 }
            let isLastLine = next >= count
            if let kept = filter(input, lineStart..<lineEnd, isLastLine: isLastLine, inWidgetBlock: &inWidgetBlock, findings: &findings) {
                if findings.dateline == nil && keptLines < Self.datelineLines,
                    let dateline = Dateline.find(in: input, line: kept)
                {
                    findings.dateline = String(decoding: UnsafeBufferPointer(rebasing: input[dateline]), as: UTF8.self)
                }
                keptLines += 1
                if write > 0 {
                    text[write] = 0x0A
                    write += 1
                    if pendingBreak >= 2 {
                        text[write] = 0x0A
                        write += 1
                    }
                }
                // Never overtakes the reading: every break written stands for at least one consumed.
                precondition(write <= kept.lowerBound, "furniture filter overtook its input")
                if write != kept.lowerBound, let base = text.baseAddress {
                    ByteSearch.move(base + kept.lowerBound, to: base + write, count: kept.count)
                }
                write += kept.count
                pendingBreak = 0
            }
            pendingBreak = max(pendingBreak, next - lineEnd)
            lineStart = next
        }
        return settleLastLine(text, count: write, findings: &findings)
    }

    /// Filters the last line again, as the last line, until it stays: after removals it may be a line that
    /// was not last when it was read (a footer glued to the last paragraph, then "Share this:" lines), and
    /// a second cleaning must find nothing more. Headings never survive, so no widget block is open.
    private func settleLastLine(_ text: UnsafeMutableBufferPointer<UInt8>, count: Int, findings: inout CleanFindings) -> Int {
        let input = UnsafeBufferPointer(text)
        var end = count
        while end > 0 {
            var start = end
            while start > 0 && input[start - 1] != 0x0A { start -= 1 }
            var noBlock = false
            guard let kept = filter(input, start..<end, isLastLine: true, inWidgetBlock: &noBlock, findings: &findings) else {
                end = start
                while end > 0 && input[end - 1] == 0x0A { end -= 1 }
                continue
            }
            if kept.upperBound == end { break }
            end = kept.upperBound  // rewrites only ever cut a line's end
        }
        return end
    }

    /// What remains of `line`, or nil when all of it is furniture.
    private func filter(
        _ input: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, isLastLine: Bool, inWidgetBlock: inout Bool,
        findings: inout CleanFindings
    ) -> Range<Int>? {
        var line = line
        // First what rewrites the line: feed footers and truncation marks, each of which may hide the
        // other ("... [...] The post ... appeared first on Site. [...]"), until neither is left, so that a
        // second cleaning finds nothing more. Then what the rest of the line says is judged.
        var cutShort = false
        var rewritten = true
        while rewritten && !line.isEmpty {
            rewritten = false
            if removeFeedFooter, let footer = FeedFooter.find(in: input, line: line, anywhere: isLastLine) {
                if findings.feedTitle == nil {
                    // Short facts for meta: cut at the same limit as a page's metadata.
                    findings.feedTitle = MetaText.compact(input, footer.title)
                    findings.feedSite = MetaText.compact(input, footer.site)
                }
                findings.removed.feedFooters += 1
                line = line.lowerBound..<trimmedEnd(input, line.lowerBound, footer.start)
                rewritten = true
            }
            if removeTruncationMarks && !line.isEmpty
                && (input[line.upperBound - 1] == 0x5D || input[line.upperBound - 1] == 0x29)
            {
                for mark in FurniturePhrases.truncationMarks where LineBytes.hasSuffix(input, line, mark) {
                    line = line.lowerBound..<trimmedEnd(input, line.lowerBound, line.upperBound - mark.count)
                    findings.removed.truncationMarks += 1
                    rewritten = true
                    cutShort = true
                    break
                }
            }
        }
        if line.isEmpty { return nil }
        if inWidgetBlock {
            if !cutShort && isWidgetItem(input, line) {
                findings.removed.widgetLines += 1
                return nil
            }
            inWidgetBlock = false
        }
        let key = LineBytes.key(input, line)
        if key.count <= FurniturePhrases.keyMaximumLength && !key.isEmpty {
            if removeWidgets && FurniturePhrases.widgetHeadings.contains(input, key) {
                findings.removed.widgetLines += 1
                inWidgetBlock = true
                return nil
            }
            if removeCallsToAction && FurniturePhrases.callsToAction.contains(input, key) {
                findings.removed.callsToAction += 1
                return nil
            }
        }
        if removeCallsToAction && line.count <= FurniturePhrases.callToActionMaximumLength && !key.isEmpty
            && FurniturePhrases.callToActionPrefixes.startsWithPhrase(input, key)
        {
            findings.removed.callsToAction += 1
            return nil
        }
        if !rules.isEmpty && rules.matches(input, line: line, key: key) {
            findings.removed.furnitureLines += 1
            return nil
        }
        return line
    }

    /// Whether a line under a widget heading is one of its items: short, and not a finished sentence
    /// (an ellipsis, as in "Loading...", does not finish one).
    private func isWidgetItem(_ input: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard !line.isEmpty, line.count <= FurniturePhrases.widgetItemMaximumLength else { return false }
        // A cut-short excerpt is prose, even though it does not end like a sentence.
        if FurniturePhrases.truncationMarks.contains(where: { LineBytes.hasSuffix(input, line, $0) }) { return false }
        let last = input[line.upperBound - 1]
        if FurniturePhrases.ellipses.contains(where: { LineBytes.hasSuffix(input, line, $0) }) {
            return true
        }
        var end = line.upperBound
        // A closing quotation mark ends a sentence only after the sentence's own punctuation:
        // `he said.”` does, `In "Harbor"` (a related post's category) does not.
        if last == 0x22 || last == 0x27 {
            end -= 1
        } else if (last == 0x9D || last == 0x99) && line.count >= 3 && input[end - 3] == 0xE2 && input[end - 2] == 0x80 {
            end -= 3
        }
        guard end > line.lowerBound else { return true }
        switch input[end - 1] {
        case 0x2E, 0x21, 0x3F: return false
        case 0x2C: return end == line.upperBound
        default: return true
        }
    }

    private func trimmedEnd(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start && input[end - 1] == 0x20 { end -= 1 }
        return end
    }

}
