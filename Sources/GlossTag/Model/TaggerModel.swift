import Foundation

/// A trained tagging model: a hashed weight table, the class names and the feature set it was trained with.
///
/// Each row of the table (one hashed feature's weights for every class) is stored as a 32-bit float
/// scale followed by one signed byte per class: the averaged perceptron's weights divided by the scale.
/// A per-row scale keeps small weights precise next to rows with large ones, and one byte per weight
/// keeps the tables small enough to stay in the processor's cache, which is what makes tagging fast.
/// A part-of-speech model may carry a tag dictionary: frequent words that always had the same tag in
/// training get it without scoring. A model is read once, when a stage is built, and then shared
/// read-only by every worker.
///
/// ```swift
/// let model = try TaggerModel(contentsOf: "models/pos.gtm")
/// print(model.classNames)  // ["ADJ", "ADP", ...]
/// ```
public struct TaggerModel: Sendable {
    /// The templates the model was trained with.
    public let featureSet: FeatureSet
    /// Class names, by class index: UPOS names for a part-of-speech model, BIO tags (`B-PER`, `I-PER`, `O`)
    /// for an entity model.
    public let classNames: [String]
    /// The weight table has `1 << hashBits` rows.
    public let hashBits: Int
    /// Free-form provenance: data, epochs, dev score.
    public let metadata: String
    /// For a refinement model: only tokens whose first-pass decision won by less than this margin are
    /// tagged again (the others keep their first-pass tag). `.infinity` re-tags every token. Chosen on
    /// dev data by the training recipe.
    public var refinementMargin: Float = .infinity
    /// `1 << hashBits` rows of ``rowStride`` bytes: a little-endian Float32 scale, `classCount` Int8
    /// weights and zero bytes up to the stride; then ``tablePadding`` zero bytes.
    let table: WeightTable
    /// Word hash (``TokenTraits/word``) to class, for words tagged without scoring.
    let tagDictionary: WordTable
    /// Word hash (``TokenTraits/norm``) to how often the word was written in lower case in the training
    /// data (a small bucket): a capitalised "Write" or "Visit" is a common word, not a name.
    let vocabulary: WordTable

    /// Number of classes.
    public var classCount: Int { classNames.count }

    /// Bytes per row in the model file: the scale and one byte per class.
    var fileRowStride: Int { 4 + classNames.count }

    /// Bytes per row in memory: ``fileRowStride`` rounded up to a power of two (``WeightTable``).
    var rowStride: Int { Self.paddedStride(classCount: classNames.count) }

    /// ``rowStride`` for `classCount` classes.
    static func paddedStride(classCount: Int) -> Int {
        var stride = 8
        while stride < 4 + classCount { stride <<= 1 }
        return stride
    }

    /// Zero bytes after the last row, so that decoding can read a row's weights in whole vector loads
    /// (``Tagger/accumulate``) without running off the table.
    static let tablePadding = 32

    /// Creates a model from averaged weights, quantising each row to a scale and 8-bit integers.
    ///
    /// - Parameters:
    ///   - weights: `(1 << hashBits) * classNames.count` weights, row-major.
    ///   - tagDictionary: word hashes (as ``TokenTraits`` computes them) and the class they always get.
    ///   - vocabulary: normalised word hashes and how often each was written in lower case (bucket).
    public init(
        featureSet: FeatureSet, classNames: [String], hashBits: Int, weights: [Float],
        tagDictionary: [UInt64: UInt8] = [:], vocabulary: [UInt64: UInt8] = [:], metadata: String = ""
    ) {
        let classCount = classNames.count
        let rows = 1 << hashBits
        precondition(weights.count == rows * classCount, "weight table size does not match")
        let stride = Self.paddedStride(classCount: classCount)
        let table = WeightTable(zeroedByteCount: rows * stride + Self.tablePadding)
        let bytes = table.mutableBytes
        for row in 0..<rows {
            var largest: Float = 0
            for c in 0..<classCount { largest = max(largest, abs(weights[row * classCount + c])) }
            guard largest > 0 else { continue }
            let scale = largest / 127
            withUnsafeBytes(of: scale.bitPattern.littleEndian) { raw in
                for k in 0..<4 { bytes[row * stride + k] = raw[k] }
            }
            for c in 0..<classCount {
                let value = Int8(max(-127, min(127, (weights[row * classCount + c] / scale).rounded())))
                bytes[row * stride + 4 + c] = UInt8(bitPattern: value)
            }
        }
        self.featureSet = featureSet
        self.classNames = classNames
        self.hashBits = hashBits
        self.metadata = metadata
        self.table = table
        self.tagDictionary = WordTable(tagDictionary.mapValues { UInt32($0) })
        self.vocabulary = WordTable(vocabulary.mapValues { UInt32($0) })
    }

    /// Creates a model from its parts (used by the file reader).
    init(featureSet: FeatureSet, classNames: [String], hashBits: Int, table: WeightTable, tagDictionary: [UInt64: UInt32], vocabulary: [UInt64: UInt32], metadata: String) {
        self.featureSet = featureSet
        self.classNames = classNames
        self.hashBits = hashBits
        self.metadata = metadata
        self.table = table
        self.tagDictionary = WordTable(tagDictionary)
        self.vocabulary = WordTable(vocabulary)
    }

    /// Sets ``TokenTraits/commonness`` of the window's tokens from ``vocabulary``.
    func setCommonness(_ window: SentenceWindow) {
        guard vocabulary.count > 0 else { return }
        for i in 0..<window.count {
            window.traits[i + 2].commonness = UInt8(truncatingIfNeeded: vocabulary.value(window.traits[i + 2].norm) ?? 0)
        }
    }

    /// Reads a model file written by ``write(to:)``.
    /// - Throws: ``ModelFileError`` when the file is missing, truncated or of another format.
    public init(contentsOf path: String) throws(ModelFileError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelFileError("cannot read model file '\(path)'", hint: "check the path (relative paths are resolved against the pipeline file's folder)")
        }
        self = try ModelFileFormat.decode([UInt8](data), source: path)
    }

    /// The model in the binary model format.
    public func serialized() -> [UInt8] { ModelFileFormat.encode(self) }

    /// Writes the model file (to a temporary file first, then renamed into place).
    public func write(to path: String) throws {
        let temporary = path + ".partial"
        try Data(serialized()).write(to: URL(fileURLWithPath: temporary))
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
    }

    /// Maps a feature hash to its row.
    @inline(__always)
    func row(of hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> UInt64(64 - hashBits)) }
}

/// A model file that could not be read.
public struct ModelFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// What to do about it.
    public var hint: String?

    /// Creates an error.
    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    /// The message and the hint.
    public var description: String { hint.map { "\(message); \($0)" } ?? message }
}
