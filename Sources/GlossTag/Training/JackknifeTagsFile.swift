import Foundation

/// A file of jackknifed first-pass tags, so that the second part-of-speech pass can be retrained
/// (new templates, epochs, runs) without retraining the five fold models that tag its training data,
/// which is most of a full training's time.
///
/// The file is keyed by everything the tags depend on (training text, gold classes, folds, epochs,
/// table size, seed, templates): a key that does not match means the tags are stale and are recomputed.
///
/// ```
/// "GLOSSJKT"   8 bytes magic
/// u64 key      ``key(corpus:folds:epochs:hashBits:seed:)``
/// u32 count    then one UPOS raw value per training token
/// ```
enum JackknifeTagsFile {
    static let magic: [UInt8] = Array("GLOSSJKT".utf8)

    /// A hash of everything the jackknifed tags of `corpus` depend on.
    static func key(corpus: TaggingCorpus, folds: Int, epochs: Int, hashBits: Int, seed: UInt64) -> UInt64 {
        var state = FeatureHash.empty
        for byte in corpus.bytes { state = FeatureHash.add(state, byte) }
        for label in corpus.labels { state = FeatureHash.add(state, label) }
        for range in corpus.sentences { state = FeatureHash.feature(state, UInt64(range.lowerBound), UInt64(range.upperBound)) }
        let settings = [UInt64(folds), UInt64(epochs), UInt64(hashBits), seed, UInt64(FeatureSet.partOfSpeech.rawValue)]
        for value in settings { state = FeatureHash.feature(state, value) }
        return state
    }

    /// The tags stored at `path` when the file exists and was written for `key` and `count` tokens.
    static func read(path: String, key: UInt64, count: Int) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        guard bytes.count == 20 + count, Array(bytes[0..<8]) == magic else { return nil }
        var storedKey: UInt64 = 0
        for k in 0..<8 { storedKey |= UInt64(bytes[8 + k]) << (8 * UInt64(k)) }
        var storedCount: UInt32 = 0
        for k in 0..<4 { storedCount |= UInt32(bytes[16 + k]) << (8 * UInt32(k)) }
        guard storedKey == key, Int(storedCount) == count else { return nil }
        return Array(bytes[20...])
    }

    /// Writes `tags` for `key` to `path`.
    static func write(_ tags: [UInt8], key: UInt64, to path: String) throws {
        var out = magic
        withUnsafeBytes(of: key.littleEndian) { out.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(tags.count).littleEndian) { out.append(contentsOf: $0) }
        out.append(contentsOf: tags)
        try Data(out).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
