/// Turns HTML (a fragment or a whole page) into text: block elements become paragraph breaks, inline
/// markup vanishes, character references are decoded, and what is never article text is dropped with
/// its content.
///
/// One pass over the bytes with an explicit stack of open elements: nothing recurses, so a page nested
/// 100,000 levels deep is just a long array. The tree rules are the few that matter for text: void
/// elements, `<p>` and `<li>` closing their predecessors, end tags closing everything opened inside them.
///
/// Dropping is of two kinds:
/// - `script`, `style`, `template`, `svg`, `iframe`, ... are never text and are skipped outright.
/// - Page chrome (`nav`, `aside`, `footer`, `form`), widgets recognised by class, id or role
///   (``WidgetNames``) and the masthead (a `header` outside any `article` or `main`) are extracted like
///   the rest and then cut back out when they close, unless they turned out to hold the article itself
///   (an `article` or `main` inside, or for widgets and the masthead an `h1`): a page wrapped in one big
///   `<form>`, or in a container whose class happens to look like a widget's, keeps its text.
///
/// Malformed input never stops it and loses as little as possible: a stray `<` is text, an unclosed
/// comment ends at the next `>`, an unclosed `script` or quoted attribute turns the `<` that opened it
/// into text, `<![CDATA[...]]>` markers are dropped and their content parsed like the rest.
struct HTMLTextExtractor: ~Copyable {
    private struct OpenElement {
        var hash: UInt64
        var traits: HTMLTag.Traits
    }

    /// A chrome or widget element whose text is written tentatively, to be cut when it closes.
    private struct Region {
        /// Its element's place in the stack.
        var index: Int
        /// Where its text starts in the output.
        var outputStart: Int
        var isChrome: Bool
        var isBlock: Bool
        /// 0: nothing of the article inside; 1: a headline; 2: an `article` or `main`.
        var articleEvidence: Int
        /// Regions cut inside this one (they count only if this one is kept).
        var removedInside = 0
    }

    /// Attribute values the extractor reads, as byte ranges of the input.
    private struct Attributes {
        var `class`: Range<Int>?
        var id: Range<Int>?
        var role: Range<Int>?
        var name: Range<Int>?
        var property: Range<Int>?
        var content: Range<Int>?
        var rel: Range<Int>?
        var href: Range<Int>?
        var itemprop: Range<Int>?
        var lang: Range<Int>?
    }

    /// Read through its subscript, whose bounds check exists in debug builds only.
    private let input: UnsafeBufferPointer<UInt8>
    private let count: Int
    private let removeWidgets: Bool
    // Read once here rather than through `static let` accessors on every tag.
    private let tags = HTMLTagTable.shared
    private let paragraphHash = HTMLTag.p
    private let lineBreakHash = HTMLTag.br
    private let footerHash = HTMLTag.footer

    /// The text so far.
    private(set) var text: ByteWriter
    /// What the page says about itself.
    private(set) var page = PageMetadata()
    /// How many chrome and widget elements were cut (one nested in another cut one is not counted).
    private(set) var removedElements = 0

    private var stack: [OpenElement] = []
    /// Open elements per hash bucket, so that a stray end tag is dismissed without scanning the stack.
    private var openCounts = [Int32](repeating: 0, count: 256)
    /// Stack index of the element whose content is being skipped; `Int.max` when none.
    private var dropIndex = Int.max
    private var regions: [Region] = []
    private var preformattedDepth = 0
    private var quotationDepth = 0
    private var articleDepth = 0
    private var headlineIndex = -1
    private var headlineStart = 0
    private var canonicalURL: String?
    /// Where the `]]>` closing an open `<![CDATA[` is; -1 when none is open.
    private var cdataEnd = -1

    /// How far down the stack an end tag looks for its element: beyond any real page's depth, and a bound
    /// on the work one end tag can cause in a hostile one.
    private static let endTagSearchDepth = 4096

    /// Extracts the text of `input`.
    /// - Parameter removeWidgets: cut page chrome and widgets (the `remove.widgets` option).
    init(_ input: UnsafeBufferPointer<UInt8>, removeWidgets: Bool) {
        self.input = input
        self.count = input.count
        self.removeWidgets = removeWidgets
        self.text = ByteWriter(capacity: input.count)
    }

    /// Runs the extraction over the whole input.
    mutating func run() {
        var index = 0
        while index < count {
            if cdataEnd >= 0 && index > cdataEnd { cdataEnd = -1 }
            if stack.count > dropIndex {
                index = ByteSearch.index(of: 0x3C, in: input, from: index, to: count)
                if index < count { index = markup(at: index) }
                continue
            }
            let runStart = index
            let limit = cdataEnd >= index ? cdataEnd : count
            index = endOfText(from: index, limit: limit)
            text.append(input, runStart..<index)
            guard index < count else { break }
            if index == cdataEnd {
                index += 3
                cdataEnd = -1
                continue
            }
            switch input[index] {
            case 0x3C:
                index = markup(at: index)
            case 0x26:
                index = HTMLEntityDecoder.decode(
                    input, at: index, context: .text, whitespaceAsSpace: preformattedDepth == 0, into: &text)
            case 0x0D where preformattedDepth > 0:
                if index + 1 < count && input[index + 1] == 0x0A { index += 1 }
                text.append(0x0A)
                index += 1
            case 0x0A where preformattedDepth > 0:
                text.append(0x0A)
                index += 1
            default:
                // Newline, tab, form feed or carriage return: with the indentation after it, one space
                // (none after a space or a break), so that source layout costs nothing further on.
                index += 1
                while index < limit, case let byte = input[index], byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) && byte != 0x0B {
                    index += 1
                }
                if let last = text.last, last != 0x20 && last != 0x0A { text.append(0x20) }
            }
        }
        pop(to: 0)
        if page.url == nil { page.url = canonicalURL }
    }

    /// Hands over the text.
    consuming func takeText() -> ByteWriter { text }

    /// Where the text starting at `start` reaches a byte that needs attention: `<`, `&`, or a tab, newline,
    /// form feed or carriage return (which become spaces). Eight bytes at a time while none is there.
    @inline(__always)
    private func endOfText(from start: Int, limit: Int) -> Int {
        var index = start
        if let base = input.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            while index + 8 <= limit {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let lessThan = ((word ^ (ones &* 0x3C)) & lows &+ lows | (word ^ (ones &* 0x3C))) & highs
                let ampersand = ((word ^ (ones &* 0x26)) & lows &+ lows | (word ^ (ones &* 0x26))) & highs
                let control = (word &- ones &* 0x0E) & ~word & highs  // some byte below 0x0E
                if lessThan & ampersand != highs || control != 0 { break }
                index += 8
            }
        }
        while index < limit {
            let byte = input[index]
            if byte == 0x3C || byte == 0x26 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D { break }
            index += 1
        }
        return index
    }

    // MARK: Markup

    private var suppressed: Bool { stack.count > dropIndex }

    /// Handles what starts with the `<` at `start`; returns where text resumes.
    private mutating func markup(at start: Int) -> Int {
        let next = start + 1 < count ? input[start + 1] : 0
        if isASCIILetter(next) { return startTag(at: start) }
        switch next {
        case 0x2F:  // '/'
            let after = start + 2 < count ? input[start + 2] : 0
            if isASCIILetter(after) { return endTag(at: start) }
            if after == 0x3E { return start + 3 }  // "</>"
            if start + 2 >= count { return literalLessThan(at: start) }
            return skipBogusComment(from: start + 2)
        case 0x21:  // '!'
            if matches("<!--", at: start) { return skipComment(at: start) }
            if matches("<![CDATA[", at: start) {
                // Feeds wrap whole articles in CDATA: keep the content, drop the markers.
                cdataEnd = find("]]>", from: start + 9) ?? -1
                return start + 9
            }
            return skipBogusComment(from: start + 2)
        case 0x3F:  // '?'
            return skipBogusComment(from: start + 2)
        default:
            return literalLessThan(at: start)
        }
    }

    private mutating func literalLessThan(at start: Int) -> Int {
        if !suppressed { text.append(0x3C) }
        return start + 1
    }

    private func skipBogusComment(from index: Int) -> Int {
        guard let end = find(0x3E, from: index) else { return count }
        return end + 1
    }

    private func skipComment(at start: Int) -> Int {
        let body = start + 4
        if body < count && input[body] == 0x3E { return body + 1 }  // "<!-->"
        if body + 1 < count && input[body] == 0x2D && input[body + 1] == 0x3E { return body + 2 }  // "<!--->"
        if let end = find("-->", from: body) { return end + 3 }
        // Unclosed: end it at the next '>' rather than swallow the rest of the page.
        return skipBogusComment(from: body)
    }

    private mutating func startTag(at start: Int) -> Int {
        var index = start + 1
        let nameStart = index
        while index < count && !isTagNameEnd(input[index]) { index += 1 }
        let nameRange = nameStart..<index
        let hash = HTMLTag.hash(input, nameRange)
        let tag = tags.tag(hash)
        // Attribute values matter for metadata, and for widgets outside dropped content; most tags need none.
        let readsAttributes = tag.traits.contains(.metadata)
            || (removeWidgets && !suppressed && tag.traits.isDisjoint(with: [.phrasing, .neverWidget, .void]))
            || tag.traits.contains(.articleContainer)
        var attributes = Attributes()
        guard let (end, selfClosing) = parseAttributes(from: index, recording: readsAttributes, into: &attributes) else {
            return literalLessThan(at: start)
        }
        if tag.traits.contains(.metadata) { readMetadata(hash, attributes) }
        if tag.content == .rawText {
            guard let (contentEnd, after) = findEndTag(nameRange, from: end) else {
                return end  // never closed: ignore the tag, keep what follows
            }
            // An SVG icon's <title> ("Facebook") is not the page's.
            if tag.traits.contains(.title) && page.documentTitle == nil && !suppressed {
                page.documentTitle = decodedShortText(end..<contentEnd)
            }
            return after
        }
        let wasSuppressed = suppressed
        if tag.traits.contains(.endsParagraph), let top = stack.last, top.hash == paragraphHash {
            pop(to: stack.count - 1)
        }
        if tag.traits.contains(.endsSameOpenElement), let top = stack.last, top.hash == hash {
            pop(to: stack.count - 1)
        }
        if tag.traits.contains(.block) {
            emitBreak()
        } else if tag.traits.contains(.cell) {
            emitSpace()
        }
        if tag.traits.contains(.void) || (selfClosing && !tag.traits.contains(.known)) { return end }
        push(OpenElement(hash: hash, traits: tag.traits))
        guard !wasSuppressed else { return end }
        let elementIndex = stack.count - 1
        switch tag.content {
        case .dropped:
            dropIndex = elementIndex
        case .chrome where removeWidgets && !(hash == footerHash && quotationDepth > 0):
            openRegion(at: elementIndex, isChrome: true, isBlock: true)
        default:
            // A header outside any article is the masthead: kept only if it turns out to hold the headline.
            if removeWidgets && !tag.traits.contains(.neverWidget) && !tag.traits.contains(.phrasing)
                && ((tag.traits.contains(.header) && articleDepth == 0) || isWidget(attributes))
            {
                openRegion(at: elementIndex, isChrome: false, isBlock: tag.traits.contains(.block))
            } else if tag.traits.contains(.articleContainer) || attributes.itemprop.map({ equalsLowercased($0, "articlebody") }) == true {
                noteArticleEvidence(2)
            }
            if tag.traits.contains(.headline) {
                if headlineIndex < 0 && page.headline == nil {
                    headlineIndex = elementIndex
                    headlineStart = text.count
                }
                noteArticleEvidence(1)
            }
        }
        return end
    }

    private mutating func endTag(at start: Int) -> Int {
        var index = start + 2
        let nameStart = index
        while index < count && !isTagNameEnd(input[index]) { index += 1 }
        let hash = HTMLTag.hash(input, nameStart..<index)
        var ignored = Attributes()
        guard let (end, _) = parseAttributes(from: index, recording: false, into: &ignored) else {
            return literalLessThan(at: start)
        }
        if hash == lineBreakHash {  // browsers read </br> as <br>
            emitBreak()
            return end
        }
        if openCounts[bucket(hash)] > 0, let open = findOpen(hash) {
            pop(to: open)
        } else if hash == paragraphHash {
            emitBreak()  // browsers read a stray </p> as an empty paragraph; other stray end tags are nothing
        }
        return end
    }

    /// Reads attributes up to the tag's `>`; nil when the input ends first (the tag is then not a tag).
    private func parseAttributes(from start: Int, recording: Bool, into attributes: inout Attributes) -> (end: Int, selfClosing: Bool)? {
        var index = start
        var selfClosing = false
        while true {
            while index < count && (isSpace(input[index]) || input[index] == 0x2F) {
                selfClosing = input[index] == 0x2F
                index += 1
            }
            guard index < count else { return nil }
            if input[index] == 0x3E { return (index + 1, selfClosing) }
            selfClosing = false
            let nameStart = index
            index += 1
            while index < count {
                let byte = input[index]
                if isSpace(byte) || byte == 0x2F || byte == 0x3E || byte == 0x3D { break }
                index += 1
            }
            let nameEnd = index
            while index < count && isSpace(input[index]) { index += 1 }
            var value = index..<index
            if index < count && input[index] == 0x3D {
                index += 1
                while index < count && isSpace(input[index]) { index += 1 }
                guard index < count else { return nil }
                let quote = input[index]
                if quote == 0x22 || quote == 0x27 {
                    guard let close = find(quote, from: index + 1) else { return nil }
                    value = (index + 1)..<close
                    index = close + 1
                } else {
                    let valueStart = index
                    while index < count && !isSpace(input[index]) && input[index] != 0x3E { index += 1 }
                    value = valueStart..<index
                }
            }
            if recording { record(nameStart..<nameEnd, value, into: &attributes) }
        }
    }

    private func record(_ name: Range<Int>, _ value: Range<Int>, into attributes: inout Attributes) {
        switch name.count {
        case 2: if equalsLowercased(name, "id") { attributes.id = value }
        case 3: if equalsLowercased(name, "rel") { attributes.rel = value }
        case 4:
            if equalsLowercased(name, "role") {
                attributes.role = value
            } else if equalsLowercased(name, "name") {
                attributes.name = value
            } else if equalsLowercased(name, "href") {
                attributes.href = value
            } else if equalsLowercased(name, "lang") {
                attributes.lang = value
            }
        case 5: if equalsLowercased(name, "class") { attributes.class = value }
        case 7: if equalsLowercased(name, "content") { attributes.content = value }
        case 8:
            if equalsLowercased(name, "property") {
                attributes.property = value
            } else if equalsLowercased(name, "itemprop") {
                attributes.itemprop = value
            }
        default: break
        }
    }

    /// Finds the end tag named like `name` at or after `start`: where its `<` is and where text resumes.
    private func findEndTag(_ name: Range<Int>, from start: Int) -> (contentEnd: Int, after: Int)? {
        var index = start
        while let open = find(0x3C, from: index) {
            let nameStart = open + 2
            if open + 1 < count && input[open + 1] == 0x2F && nameStart + name.count <= count {
                var same = true
                for offset in 0..<name.count where lowercased(input[nameStart + offset]) != lowercased(input[name.lowerBound + offset]) {
                    same = false
                    break
                }
                let after = nameStart + name.count
                if same && (after == count || isTagNameEnd(input[after])) {
                    let close = find(0x3E, from: after).map { $0 + 1 } ?? count
                    return (open, close)
                }
            }
            index = open + 1
        }
        return nil
    }

    // MARK: The element stack

    @inline(__always)
    private func bucket(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 32) & 255 }

    private mutating func push(_ element: OpenElement) {
        stack.append(element)
        openCounts[bucket(element.hash)] += 1
        if element.traits.contains(.preformatted) { preformattedDepth += 1 }
        if element.traits.contains(.quotation) { quotationDepth += 1 }
        if element.traits.contains(.articleContainer) { articleDepth += 1 }
    }

    /// Closes open elements until `depth` remain.
    private mutating func pop(to depth: Int) {
        while stack.count > depth {
            let element = stack.removeLast()
            let index = stack.count
            openCounts[bucket(element.hash)] -= 1
            if element.traits.contains(.preformatted) { preformattedDepth -= 1 }
            if element.traits.contains(.quotation) { quotationDepth -= 1 }
            if element.traits.contains(.articleContainer) { articleDepth -= 1 }
            if index == dropIndex { dropIndex = Int.max }
            if index == headlineIndex {
                headlineIndex = -1
                if headlineStart < text.count {
                    page.headline = text.withBytes { MetaText.compact($0, headlineStart..<$0.count) }
                }
            }
            if element.traits.contains(.block) { emitBreak() }
            while let region = regions.last, region.index >= index { closeRegion() }
        }
    }

    private func findOpen(_ hash: UInt64) -> Int? {
        var index = stack.count - 1
        let floor = max(0, stack.count - Self.endTagSearchDepth)
        while index >= floor {
            if stack[index].hash == hash { return index }
            index -= 1
        }
        return nil
    }

    // MARK: Chrome and widgets

    private func isWidget(_ attributes: Attributes) -> Bool {
        if let role = attributes.role, WidgetNames.isChromeRole(input, role) { return true }
        if let classes = attributes.class, WidgetNames.isWidget(input, classes) { return true }
        if let id = attributes.id, WidgetNames.isWidget(input, id) { return true }
        return false
    }

    private mutating func openRegion(at index: Int, isChrome: Bool, isBlock: Bool) {
        regions.append(Region(index: index, outputStart: text.count, isChrome: isChrome, isBlock: isBlock, articleEvidence: 0))
    }

    /// Records that the innermost region holds part of the article (it passes outward when that region closes).
    private mutating func noteArticleEvidence(_ strength: Int) {
        guard !regions.isEmpty else { return }
        regions[regions.count - 1].articleEvidence = max(regions[regions.count - 1].articleEvidence, strength)
    }

    private mutating func closeRegion() {
        let region = regions.removeLast()
        let kept = region.articleEvidence >= (region.isChrome ? 2 : 1)
        let removed = kept ? region.removedInside : 1
        if regions.isEmpty {
            removedElements += removed
        } else {
            regions[regions.count - 1].removedInside += removed
        }
        if kept {
            noteArticleEvidence(region.articleEvidence)
            return
        }
        text.truncate(to: min(region.outputStart, text.count))
        if region.isBlock { emitBreak() } else { emitSpace() }
    }

    // MARK: Output

    private mutating func emitBreak() {
        guard !suppressed, let last = text.last else { return }
        if last == 0x0A {
            if text.count >= 2 && text[text.count - 2] == 0x0A { return }
            text.append(0x0A)
        } else {
            text.append(0x0A, 0x0A)
        }
    }

    private mutating func emitSpace() {
        guard !suppressed, let last = text.last, last != 0x20, last != 0x0A else { return }
        text.append(0x20)
    }

    // MARK: Page metadata

    private mutating func readMetadata(_ hash: UInt64, _ attributes: Attributes) {
        if let lang = attributes.lang, page.language == nil {
            page.language = decodedShortText(lang)
        }
        if let rel = attributes.rel, let href = attributes.href, containsLowercased(rel, "canonical") {
            if canonicalURL == nil { canonicalURL = decodedShortText(href) }
            return
        }
        guard let content = attributes.content,
            let key = attributes.property ?? attributes.name ?? attributes.itemprop
        else { return }
        if equalsLowercased(key, "og:title") || equalsLowercased(key, "twitter:title") {
            if page.title == nil { page.title = decodedShortText(content) }
        } else if equalsLowercased(key, "og:site_name") || equalsLowercased(key, "application-name") {
            if page.siteName == nil { page.siteName = decodedShortText(content) }
        } else if equalsLowercased(key, "og:url") {
            if page.url == nil { page.url = decodedShortText(content) }
        } else if equalsLowercased(key, "article:published_time") || equalsLowercased(key, "datepublished") {
            if page.published == nil { page.published = decodedShortText(content) }
        } else if equalsLowercased(key, "author") || equalsLowercased(key, "article:author") {
            if page.author == nil, let author = decodedShortText(content), !author.hasPrefix("http") {
                page.author = author
            }
        }
    }

    /// The text of `range` with references decoded and whitespace collapsed, cut to ``MetaText/limit``.
    private func decodedShortText(_ range: Range<Int>) -> String? {
        let range = range.lowerBound..<min(range.upperBound, range.lowerBound + 4 * MetaText.limit)
        guard ByteSearch.index(of: 0x26, in: input, from: range.lowerBound, to: range.upperBound) < range.upperBound else {
            return MetaText.compact(input, range)  // no reference: the common case, one allocation
        }
        var decoded = ByteWriter(capacity: range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            if input[index] == 0x26 {
                let slice = UnsafeBufferPointer(rebasing: input[index..<range.upperBound])
                index += HTMLEntityDecoder.decode(slice, at: 0, context: .attribute, whitespaceAsSpace: true, into: &decoded)
            } else {
                decoded.append(input[index])
                index += 1
            }
        }
        return decoded.withBytes { MetaText.compact($0, 0..<$0.count) }
    }

    // MARK: Bytes

    @inline(__always)
    private func find(_ byte: UInt8, from start: Int) -> Int? {
        let index = ByteSearch.index(of: byte, in: input, from: start, to: count)
        return index < count ? index : nil
    }

    private func find(_ pattern: StaticString, from start: Int) -> Int? {
        let length = pattern.utf8CodeUnitCount
        let pointer = pattern.utf8Start
        var index = start
        while index + length <= count {
            index = ByteSearch.index(of: pointer[0], in: input, from: index, to: count - length + 1)
            guard index + length <= count else { return nil }
            var offset = 1
            while offset < length && input[index + offset] == pointer[offset] { offset += 1 }
            if offset == length { return index }
            index += 1
        }
        return nil
    }

    private func matches(_ pattern: StaticString, at start: Int) -> Bool {
        let length = pattern.utf8CodeUnitCount
        guard start + length <= count else { return false }
        let pointer = pattern.utf8Start
        for offset in 0..<length where input[start + offset] != pointer[offset] { return false }
        return true
    }

    private func equalsLowercased(_ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let pointer = word.utf8Start
        for offset in 0..<range.count where lowercased(input[range.lowerBound + offset]) != pointer[offset] { return false }
        return true
    }

    private func containsLowercased(_ range: Range<Int>, _ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard range.count >= length else { return false }
        let pointer = word.utf8Start
        for start in range.lowerBound...(range.upperBound - length) {
            var offset = 0
            while offset < length && lowercased(input[start + offset]) == pointer[offset] { offset += 1 }
            if offset == length { return true }
        }
        return false
    }
}

@inline(__always)
func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

@inline(__always)
func lowercased(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

@inline(__always)
private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
}

@inline(__always)
private func isTagNameEnd(_ byte: UInt8) -> Bool {
    isSpace(byte) || byte == 0x2F || byte == 0x3E
}
