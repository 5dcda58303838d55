/// Converts between UTF-8 byte offsets (how spans are kept inside Gloss) and Unicode scalar offsets (how
/// they are written in JSON, so that Python's `text[start:end]` returns the span).
///
/// Pure-ASCII text maps one to one and costs nothing. Otherwise the map keeps the scalar count at every
/// 64th byte and counts the rest on demand: n/64 integers of memory, a few dozen byte checks per lookup.
public struct ScalarOffsetMap: Sendable {
    private static let stride = 64
    /// `checkpoints[k]` = number of scalars in the first `k * stride` bytes; empty when the text is ASCII.
    private let checkpoints: [Int]
    private let byteCount: Int

    /// Builds the map for `text`'s UTF-8 bytes.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        byteCount = bytes.count
        var isASCII = true
        for byte in bytes where byte >= 0x80 {
            isASCII = false
            break
        }
        if isASCII {
            checkpoints = []
            return
        }
        var points = [Int]()
        points.reserveCapacity(bytes.count / Self.stride + 1)
        var scalars = 0
        for (index, byte) in bytes.enumerated() {
            if index % Self.stride == 0 { points.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        checkpoints = points
    }

    /// Whether the text is ASCII, so that both kinds of offset are the same.
    public var isIdentity: Bool { checkpoints.isEmpty }

    /// The scalar offset of byte offset `byte`. A byte inside a multi-byte scalar counts as that scalar's start.
    public func scalarOffset(ofByte byte: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if checkpoints.isEmpty { return byte }
        let clamped = min(max(byte, 0), byteCount)
        let block = clamped / Self.stride
        guard block < checkpoints.count else { return scalarCountUpTo(clamped, from: checkpoints.count - 1, bytes) }
        return scalarCountUpTo(clamped, from: block, bytes)
    }

    private func scalarCountUpTo(_ byte: Int, from block: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var scalars = checkpoints[block]
        var index = block * Self.stride
        while index < byte {
            if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
            index += 1
        }
        // A byte offset in the middle of a scalar: the scalar started before it and is already counted.
        if byte < byteCount && bytes[byte] & 0xC0 == 0x80 { scalars -= 1 }
        return scalars
    }

    /// The byte offset of scalar offset `scalar`; offsets past the end map to the end.
    public func byteOffset(ofScalar scalar: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if checkpoints.isEmpty { return min(max(scalar, 0), byteCount) }
        if scalar <= 0 { return 0 }
        // Last checkpoint whose count is <= scalar.
        var low = 0
        var high = checkpoints.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if checkpoints[mid] <= scalar { low = mid } else { high = mid - 1 }
        }
        var scalars = checkpoints[low]
        var index = low * Self.stride
        while index < byteCount {
            if bytes[index] & 0xC0 != 0x80 {
                if scalars == scalar { return index }
                scalars += 1
            }
            index += 1
        }
        return byteCount
    }
}
