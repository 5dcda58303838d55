/// A model's weight rows in memory, aligned so that no row straddles two cache lines.
///
/// Decoding reads some forty rows at random places in tens of megabytes per token, and what it waits for
/// is cache lines. A row of 21 bytes (a scale and 17 part-of-speech weights) stored end to end crosses
/// a 64-byte line boundary three times in ten, and then costs two lines, the second of which prefetching
/// does not ask for. Rows padded to a power of two (``TaggerModel/rowStride``) in a table aligned to
/// 64 bytes (2 MB when large, for ``HugePages``) always sit in one line.
final class WeightTable: @unchecked Sendable, Equatable {
    /// Bytes in the table (rows and padding).
    let count: Int
    /// The rows; never written after the model is built, so sharing it between threads is safe.
    private let base: UnsafeMutableRawPointer

    /// Allocates `count` zero bytes.
    init(zeroedByteCount count: Int) {
        let huge = 2 << 20
        self.count = count
        base = .allocate(byteCount: max(count, 1), alignment: count >= huge ? huge : 64)
        HugePages.advise(UnsafeMutableRawBufferPointer(start: base, count: count))
        base.initializeMemory(as: UInt8.self, repeating: 0, count: count)
    }

    deinit { base.deallocate() }

    /// The bytes, for building the table (only before the model is shared).
    var mutableBytes: UnsafeMutableRawBufferPointer { UnsafeMutableRawBufferPointer(start: base, count: count) }

    /// Calls `body` with the bytes.
    @inline(__always)
    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    static func == (lhs: WeightTable, rhs: WeightTable) -> Bool {
        lhs.count == rhs.count && lhs.withUnsafeBytes { l in rhs.withUnsafeBytes { r in l.elementsEqual(r) } }
    }
}
