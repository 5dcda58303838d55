/// The site-specific furniture a pipeline adds (`furniture: {lines, prefixes, suffixes}`), prepared for
/// byte comparison: normalised like the text they are compared with, ASCII lower case.
struct FurnitureRules: Sendable {
    private(set) var lines: [[UInt8]] = []
    private(set) var prefixes: [[UInt8]] = []
    private(set) var suffixes: [[UInt8]] = []

    var isEmpty: Bool { lines.isEmpty && prefixes.isEmpty && suffixes.isEmpty }

    init(_ furniture: CleanOptions.Furniture, asciiPunctuation: Bool) {
        func prepared(_ rule: String) -> [UInt8] {
            var copy = rule
            return copy.withUTF8 { bytes in
                var normalizer = SpacingNormalizer(bytes, asciiPunctuation: asciiPunctuation)
                normalizer.run()
                return normalizer.takeText().withBytes { $0.map(lowercased) }
            }
        }
        lines = furniture.lines.map(prepared).compactMap { rule in
            rule.withUnsafeBufferPointer { bytes in
                let key = LineBytes.key(bytes, 0..<bytes.count)
                return key.isEmpty ? nil : Array(bytes[key])
            }
        }
        prefixes = furniture.prefixes.map(prepared).filter { !$0.isEmpty }
        suffixes = furniture.suffixes.map(prepared).filter { !$0.isEmpty }
    }

    /// Whether `bytes[line]` is furniture by these rules; `key` is the line's ``LineBytes/key(_:_:)``.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, key: Range<Int>) -> Bool {
        for rule in lines where LineBytes.equals(bytes, key, rule) { return true }
        for rule in prefixes where LineBytes.hasPrefix(bytes, line, rule) { return true }
        for rule in suffixes where LineBytes.hasSuffix(bytes, line, rule) { return true }
        return false
    }
}
