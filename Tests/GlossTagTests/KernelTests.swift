import Testing

@testable import GlossTag

/// The vectorised row sum (`gloss_accumulate_rows` behind `Tagger.accumulate`) against the plain loop it
/// replaces, for every class count it has a block size for and beyond, with rows that straddle the ends
/// of its vector blocks.
@Suite struct KernelTests {
    @Test(arguments: [2, 3, 7, 8, 9, 13, 16, 17, 20, 21, 25, 32, 33, 40])
    func rowSumsMatchThePlainLoop(classCount: Int) {
        let stride = 4 + classCount
        let rows = 37
        var generator = SplitMix64(seed: UInt64(classCount))
        var table = [UInt8](repeating: 0, count: rows * stride + TaggerModel.tablePadding)
        for row in 0..<rows {
            // Every fifth row is all zero (scale 0): the sum skips it.
            let scale: Float = row % 5 == 0 ? 0 : Float(generator.next() % 1000 + 1) / 997
            withUnsafeBytes(of: scale.bitPattern.littleEndian) { raw in
                for k in 0..<4 { table[row * stride + k] = raw[k] }
            }
            for c in 0..<classCount { table[row * stride + 4 + c] = UInt8(truncatingIfNeeded: generator.next()) }
        }
        // Some rows twice, the last row (next to the padding) included.
        let picked = [0, 1, 2, 3, 5, 8, 13, 21, 34, 36, 36, 17, 4]
        let offsets = picked.map { $0 * stride }
        var expected = [Float](repeating: 0, count: classCount)
        for offset in offsets {
            let scale = table.withUnsafeBytes { Float(bitPattern: UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) }
            guard scale != 0 else { continue }
            for c in 0..<classCount { expected[c] += scale * Float(Int8(bitPattern: table[offset + 4 + c])) }
        }
        var scores = [Float](repeating: .nan, count: classCount)
        table.withUnsafeBufferPointer { rows in
            offsets.withUnsafeBufferPointer { offsetBuffer in
                scores.withUnsafeMutableBufferPointer { out in
                    Tagger.accumulate(
                        rows.baseAddress!, offsets: offsetBuffer.baseAddress!, count: offsets.count, classCount: classCount,
                        into: out.baseAddress!)
                }
            }
        }
        // Each class sums the same products in the same order: equal to the last bit.
        #expect(scores == expected)
    }
}
