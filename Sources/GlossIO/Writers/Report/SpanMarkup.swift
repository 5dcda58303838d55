/// One `<span>` element to wrap around a stretch of a document's text.
struct MarkupSpan {
    /// UTF-8 byte offset of the first byte covered.
    var start: Int
    /// UTF-8 byte offset one past the last byte covered.
    var end: Int
    /// Which of two spans over the same bytes goes outside: lower ranks wrap higher ones.
    var rank: Int
    /// The complete opening tag, `<span ...>`.
    var open: [UInt8]
    /// The opening tag used for the second and later pieces when an overlapping span forces a split.
    var reopen: [UInt8]

    init(start: Int, end: Int, rank: Int, open: [UInt8], reopen: [UInt8]? = nil) {
        self.start = start
        self.end = end
        self.rank = rank
        self.open = open
        self.reopen = reopen ?? open
    }
}

/// Writes a text with spans from several layers (sentences, quotes, speakers, entities) as well-formed
/// nested markup.
///
/// Spans from different layers need not nest: a quote can run across a sentence boundary, a stage can emit
/// overlapping entities. HTML elements must nest, so where a span ends while a later-opened one is still
/// open, the later ones are closed, the ending one is closed, and the later ones are reopened (with their
/// `reopen` tag). Every piece of a split span carries the same attributes, so styling and hover still treat
/// it as one. Offsets that fall inside a multi-byte character are widened to the whole character, offsets
/// past the text are clamped, and empty spans are dropped, so any layer content yields valid markup.
enum SpanMarkup {
    private static let close: [UInt8] = Array("</span>".utf8)

    /// Appends the escaped text with the spans' elements around it.
    static func append(text: UnsafeBufferPointer<UInt8>, spans input: [MarkupSpan], to out: inout [UInt8]) {
        let count = text.count
        func isContinuation(_ offset: Int) -> Bool { offset < count && text[offset] & 0xC0 == 0x80 }
        var spans: [MarkupSpan] = []
        spans.reserveCapacity(input.count)
        for var span in input {
            var start = min(max(span.start, 0), count)
            var end = min(max(span.end, 0), count)
            while start > 0 && isContinuation(start) { start -= 1 }
            while end < count && isContinuation(end) { end += 1 }
            guard start < end else { continue }
            span.start = start
            span.end = end
            spans.append(span)
        }
        // Outer first: earlier start, then longer, then lower rank. Sorting is stable, so equal spans keep
        // the caller's order.
        spans.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            return a.rank < b.rank
        }

        var open: [Int] = []  // indices into `spans`, outermost first
        var next = 0
        var position = 0
        while true {
            let nextStart = next < spans.count ? spans[next].start : Int.max
            var nextEnd = Int.max
            for index in open where spans[index].end < nextEnd { nextEnd = spans[index].end }
            let stop = min(nextStart, nextEnd)
            if stop == Int.max { break }
            if position < stop { HTMLEscape.append(UnsafeBufferPointer(rebasing: text[position..<stop]), to: &out) }
            position = stop

            if nextEnd == stop, let lowest = open.firstIndex(where: { spans[$0].end == stop }) {
                var carried: [Int] = []
                while open.count > lowest {
                    let index = open.removeLast()
                    out.append(contentsOf: close)
                    if spans[index].end > stop { carried.append(index) }
                }
                for index in carried.reversed() {
                    out.append(contentsOf: spans[index].reopen)
                    open.append(index)
                }
            }
            while next < spans.count && spans[next].start == stop {
                out.append(contentsOf: spans[next].open)
                open.append(next)
                next += 1
            }
        }
        if position < count { HTMLEscape.append(UnsafeBufferPointer(rebasing: text[position..<count]), to: &out) }
    }
}
