/// The `clean` stage's work on one text, apart from the Stage plumbing: HTML to text (when it is HTML),
/// spacing and invisible characters, furniture lines, canonical composition.
struct Cleaner: Sendable {
    let options: CleanOptions
    private let filter: FurnitureFilter

    init(options: CleanOptions) {
        self.options = options
        filter = FurnitureFilter(
            removeFeedFooter: options.remove.feedFooter, removeWidgets: options.remove.widgets,
            removeCallsToAction: options.remove.callsToAction, removeTruncationMarks: options.remove.truncationMarks,
            rules: FurnitureRules(options.furniture, asciiPunctuation: options.asciiPunctuation))
    }

    /// What cleaning one text gives.
    struct Result {
        /// The clean text; nil when it is the input unchanged (the caller keeps its string).
        var text: String?
        var findings: CleanFindings
    }

    /// Cleans `input`, reading it as HTML when `isHTML`.
    func clean(_ input: UnsafeBufferPointer<UInt8>, isHTML: Bool) -> Result {
        var findings = CleanFindings()
        guard isHTML else { return cleanText(input, unchangedIfEqualTo: input, findings: findings) }
        var extractor = HTMLTextExtractor(input, removeWidgets: options.remove.widgets)
        extractor.run()
        findings.page = extractor.page
        findings.removed.widgetElements = extractor.removedElements
        let extracted = extractor.takeText()
        return extracted.withBytes { cleanText($0, unchangedIfEqualTo: nil, findings: findings) }
    }

    /// Cleans `input`, a string in UTF-8 (tests and tools).
    func clean(_ input: String, isHTML: Bool) -> Result {
        var copy = input
        return copy.withUTF8 { clean($0, isHTML: isHTML) }
    }

    /// Normalises, composes when needed, and filters `input`. Both the normaliser and the filter only
    /// shorten the text, so one buffer of `input.count` bytes serves both; composition (NFC), when some
    /// character needs it, runs between them so that the filter sees the final characters and a second
    /// cleaning finds nothing more to do.
    private func cleanText(
        _ input: UnsafeBufferPointer<UInt8>, unchangedIfEqualTo original: UnsafeBufferPointer<UInt8>?,
        findings: CleanFindings
    ) -> Result {
        var findings = findings
        guard !input.isEmpty else { return Result(text: original == nil ? "" : nil, findings: findings) }
        var normalizer = SpacingNormalizer(input, asciiPunctuation: options.asciiPunctuation)
        normalizer.run()
        let needsComposition = normalizer.mayNeedComposition
        var text = normalizer.takeText()
        if needsComposition {
            var composed = ByteWriter(capacity: text.count + text.count / 8)
            text.withBytes { Composition.compose($0, into: &composed) }
            text = composed
        }
        text.rewrite { filter.run($0, findings: &findings) }
        if let original, text.equals(original) { return Result(text: nil, findings: findings) }
        return Result(text: text.makeStringOfValidUTF8(), findings: findings)
    }
}
