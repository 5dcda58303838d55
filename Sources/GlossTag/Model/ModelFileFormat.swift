/// The binary model format (`.gtm`), little-endian:
///
/// ```
/// "GLOSSTAG"            8 bytes magic
/// u32 version           1
/// u32 feature set       FeatureSet raw value
/// u32 hash bits         the table has 1 << bits rows
/// u32 class count       then per class: u16 length + UTF-8 name
/// u32 metadata length   then UTF-8 metadata
/// f32 refinement margin (infinity: re-tag every token)
/// u32 dictionary size   then per entry: u64 word hash + u8 class
/// u32 vocabulary size   then per entry: u64 word hash + u8 lower-case frequency bucket
/// u32 non-zero rows     then a bitmap of (rows + 7) / 8 bytes marking them
/// rows                  per non-zero row: f32 scale + class count x i8 weights
/// u64 checksum          FNV-1a of every byte before it
/// ```
///
/// Rows whose weights are all zero (buckets no feature hashed to, or whose weights averaged out) are left
/// out of the file and restored as zeros when it is read.
enum ModelFileFormat {
    static let magic: [UInt8] = Array("GLOSSTAG".utf8)
    static let version: UInt32 = 1

    static func encode(_ model: TaggerModel) -> [UInt8] {
        var out = magic
        out.reserveCapacity(model.table.count / 2 + 1024)
        func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        func u16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        u32(version)
        u32(model.featureSet.rawValue)
        u32(UInt32(model.hashBits))
        u32(UInt32(model.classCount))
        for name in model.classNames {
            let bytes = Array(name.utf8)
            u16(UInt16(bytes.count))
            out.append(contentsOf: bytes)
        }
        let metadata = Array(model.metadata.utf8)
        u32(UInt32(metadata.count))
        out.append(contentsOf: metadata)
        u32(model.refinementMargin.bitPattern)
        let dictionary = model.tagDictionary.entries.sorted { $0.key < $1.key }
        u32(UInt32(dictionary.count))
        for (key, value) in dictionary {
            withUnsafeBytes(of: key.littleEndian) { out.append(contentsOf: $0) }
            out.append(UInt8(truncatingIfNeeded: value))
        }
        let vocabulary = model.vocabulary.entries.sorted { $0.key < $1.key }
        u32(UInt32(vocabulary.count))
        for (key, value) in vocabulary {
            withUnsafeBytes(of: key.littleEndian) { out.append(contentsOf: $0) }
            out.append(UInt8(truncatingIfNeeded: value))
        }
        let rows = 1 << model.hashBits
        let stride = model.rowStride
        let width = model.fileRowStride
        var bitmap = [UInt8](repeating: 0, count: (rows + 7) / 8)
        var nonZero = 0
        model.table.withUnsafeBytes { table in
            // A row is stored when its scale is not zero (a row with weights has a positive scale).
            for row in 0..<rows where table.loadUnaligned(fromByteOffset: row * stride, as: UInt32.self) != 0 {
                bitmap[row >> 3] |= 1 << UInt8(row & 7)
                nonZero += 1
            }
        }
        u32(UInt32(nonZero))
        out.append(contentsOf: bitmap)
        model.table.withUnsafeBytes { table in
            for row in 0..<rows where bitmap[row >> 3] & (1 << UInt8(row & 7)) != 0 {
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: table[(row * stride)..<(row * stride + width)]))
            }
        }
        let checksum = Self.checksum(out, count: out.count)
        withUnsafeBytes(of: checksum.littleEndian) { out.append(contentsOf: $0) }
        return out
    }

    static func decode(_ bytes: [UInt8], source: String) throws(ModelFileError) -> TaggerModel {
        var reader = Reader(bytes: bytes, source: source)
        guard bytes.count >= magic.count + 8, Array(bytes[0..<magic.count]) == magic else {
            throw ModelFileError("'\(source)' is not a Gloss tagger model (no GLOSSTAG header)", hint: "train one with 'gloss-tagger train'")
        }
        let checksum = Self.checksum(bytes, count: bytes.count - 8)
        var stored: UInt64 = 0
        for (index, byte) in bytes[(bytes.count - 8)...].enumerated() { stored |= UInt64(byte) << UInt64(index * 8) }
        guard stored == checksum else {
            throw ModelFileError("model file '\(source)' is damaged (checksum mismatch)", hint: "copy or train it again")
        }
        reader.offset = magic.count
        let version = try reader.u32()
        guard version == Self.version else {
            throw ModelFileError("model file '\(source)' has format version \(version); this build reads version \(Self.version)", hint: "retrain the model with this build's gloss-tagger")
        }
        let setValue = try reader.u32()
        guard let featureSet = FeatureSet(rawValue: setValue) else {
            throw ModelFileError("model file '\(source)' uses feature set \(setValue), unknown to this build", hint: "retrain the model with this build's gloss-tagger")
        }
        let hashBits = Int(try reader.u32())
        guard (8...26).contains(hashBits) else { throw ModelFileError("model file '\(source)' has an invalid table size (\(hashBits) bits)") }
        let classCount = Int(try reader.u32())
        guard (2...250).contains(classCount) else { throw ModelFileError("model file '\(source)' has an invalid class count (\(classCount))") }
        var names: [String] = []
        for _ in 0..<classCount {
            let length = Int(try reader.u16())
            names.append(String(decoding: try reader.take(length), as: UTF8.self))
        }
        let metadata = String(decoding: try reader.take(Int(try reader.u32())), as: UTF8.self)
        let refinementMargin = Float(bitPattern: try reader.u32())
        var dictionary: [UInt64: UInt32] = [:]
        let dictionarySize = Int(try reader.u32())
        for _ in 0..<dictionarySize {
            let raw = try reader.take(9)
            var key: UInt64 = 0
            for k in 0..<8 { key |= UInt64(raw[k]) << UInt64(k * 8) }
            guard Int(raw[8]) < classCount else { throw ModelFileError("model file '\(source)' has a tag dictionary entry for class \(raw[8]), beyond its \(classCount) classes") }
            dictionary[key] = UInt32(raw[8])
        }
        var vocabulary: [UInt64: UInt32] = [:]
        let vocabularySize = Int(try reader.u32())
        for _ in 0..<vocabularySize {
            let raw = try reader.take(9)
            var key: UInt64 = 0
            for k in 0..<8 { key |= UInt64(raw[k]) << UInt64(k * 8) }
            vocabulary[key] = UInt32(raw[8])
        }
        let rows = 1 << hashBits
        let nonZero = Int(try reader.u32())
        let bitmap = try reader.take((rows + 7) / 8)
        let width = 4 + classCount
        let stride = TaggerModel.paddedStride(classCount: classCount)
        let payload = try reader.take(nonZero * width)
        var cursor = 0
        let table = WeightTable(zeroedByteCount: rows * stride + TaggerModel.tablePadding)
        payload.withUnsafeBytes { source in
            guard let from = source.baseAddress, let to = table.mutableBytes.baseAddress else { return }
            for row in 0..<rows where bitmap[row >> 3] & (1 << UInt8(row & 7)) != 0 {
                guard cursor + width <= source.count else { break }
                (to + row * stride).copyMemory(from: from + cursor, byteCount: width)
                cursor += width
            }
        }
        guard cursor == payload.count else {
            throw ModelFileError("model file '\(source)' is inconsistent (row bitmap does not match the weights)")
        }
        var model = TaggerModel(featureSet: featureSet, classNames: names, hashBits: hashBits, table: table, tagDictionary: dictionary, vocabulary: vocabulary, metadata: metadata)
        model.refinementMargin = refinementMargin
        return model
    }

    /// FNV-1a over the first `count` bytes.
    static func checksum(_ bytes: [UInt8], count: Int) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer in
            var state = FeatureHash.empty
            for k in 0..<count { state = FeatureHash.add(state, buffer[k]) }
            return state
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        let source: String
        var offset = 0

        mutating func take(_ count: Int) throws(ModelFileError) -> [UInt8] {
            guard count >= 0, offset + count <= bytes.count - 8 else {
                throw ModelFileError("model file '\(source)' is truncated", hint: "copy or train it again")
            }
            defer { offset += count }
            return Array(bytes[offset..<(offset + count)])
        }

        mutating func u32() throws(ModelFileError) -> UInt32 {
            let raw = try take(4)
            return UInt32(raw[0]) | UInt32(raw[1]) << 8 | UInt32(raw[2]) << 16 | UInt32(raw[3]) << 24
        }

        mutating func u16() throws(ModelFileError) -> UInt16 {
            let raw = try take(2)
            return UInt16(raw[0]) | UInt16(raw[1]) << 8
        }
    }
}
