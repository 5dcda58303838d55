import Foundation

/// A trained tagging model: a hashed weight table, the class names and the feature set it was trained with.
///
/// Weights are 16-bit integers (the averaged perceptron's weights scaled to the 16-bit range; only
/// their order matters when decoding). A model is read once, when a stage is built, and then shared
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
    /// Row-major `rows x classCount` weights.
    let weights: [Int16]

    /// Number of classes.
    public var classCount: Int { classNames.count }

    /// Creates a model from averaged weights, scaling them to 16-bit integers.
    ///
    /// - Parameters:
    ///   - weights: `(1 << hashBits) * classNames.count` weights, row-major.
    public init(featureSet: FeatureSet, classNames: [String], hashBits: Int, weights: [Float], metadata: String = "") {
        precondition(weights.count == (1 << hashBits) * classNames.count, "weight table size does not match")
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? Float(Int16.max) / largest : 1
        self.featureSet = featureSet
        self.classNames = classNames
        self.hashBits = hashBits
        self.metadata = metadata
        self.weights = weights.map { Int16(($0 * scale).rounded()) }
    }

    /// Creates a model from its parts (used by the file reader).
    init(featureSet: FeatureSet, classNames: [String], hashBits: Int, quantised: [Int16], metadata: String) {
        self.featureSet = featureSet
        self.classNames = classNames
        self.hashBits = hashBits
        self.metadata = metadata
        self.weights = quantised
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

    public var description: String { hint.map { "\(message); \($0)" } ?? message }
}
