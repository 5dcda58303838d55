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

    private func cleanText(
        _ input: UnsafeBufferPointer<UInt8>, unchangedIfEqualTo original: UnsafeBufferPointer<UInt8>?,
        findings: CleanFindings
    ) -> Result {
        var findings = findings
        var normalizer = SpacingNormalizer(input, asciiPunctuation: options.asciiPunctuation)
        normalizer.run()
        let mayNeedComposition = normalizer.mayNeedComposition
        let normalized = normalizer.takeText()
        var filtered = ByteWriter(capacity: normalized.count)
        normalized.withBytes { filter.run($0, into: &filtered, findings: &findings) }
        let result: ByteWriter
        if mayNeedComposition {
            var composed = ByteWriter(capacity: filtered.count + filtered.count / 8)
            filtered.withBytes { Composition.compose($0, into: &composed) }
            result = composed
        } else {
            result = filtered
        }
        if let original, result.equals(original) { return Result(text: nil, findings: findings) }
        return Result(text: result.makeString(), findings: findings)
    }
}
