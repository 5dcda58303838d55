/// Unicode canonical composition (NFC), line by line, only where it can change something.
///
/// The standard library composes (`String._nfcCodeUnits`, the routine behind its own `UTF8Span` NFC
/// check); Foundation's `precomposedStringWithCanonicalMapping` does the same about eight times slower
/// on Linux. A line whose characters are all in ranges that NFC leaves alone
/// (``SpacingNormalizer/isCompositionStable(_:)``) is copied as it is; only the others are composed.
/// Composing line by line is exact: a newline is a starter that nothing composes with.
enum Composition {
    /// Writes `input` in NFC to `output`.
    static func compose(_ input: UnsafeBufferPointer<UInt8>, into output: inout ByteWriter) {
        var lineStart = 0
        while lineStart < input.count {
            var lineEnd = lineStart
            var stable = true
            while lineEnd < input.count && input[lineEnd] != 0x0A {
                let byte = input[lineEnd]
                if byte >= 0xCC {  // a scalar at or above U+0300 starts here
                    let (scalar, length) = decode(input, lineEnd)
                    if !SpacingNormalizer.isCompositionStable(scalar) { stable = false }
                    lineEnd += length
                } else {
                    lineEnd += 1
                }
            }
            let line = UnsafeBufferPointer(rebasing: input[lineStart..<lineEnd])
            if stable {
                output.append(input, lineStart..<lineEnd)
            } else {
                let composed = String(decoding: line, as: UTF8.self)._nfcCodeUnits
                composed.withUnsafeBufferPointer { bytes in output.append(bytes, 0..<bytes.count) }
            }
            if lineEnd < input.count { output.append(0x0A) }
            lineStart = lineEnd + 1
        }
    }

    /// The scalar whose lead byte is at `index`, and its length.
    @inline(__always)
    private static func decode(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> (UInt32, Int) {
        let lead = input[index]
        let available = input.count - index
        if lead < 0xE0, available >= 2 {
            return (UInt32(lead & 0x1F) << 6 | UInt32(input[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0, available >= 3 {
            return (UInt32(lead & 0x0F) << 12 | UInt32(input[index + 1] & 0x3F) << 6 | UInt32(input[index + 2] & 0x3F), 3)
        }
        if available >= 4 {
            return (UInt32(lead & 0x07) << 18 | UInt32(input[index + 1] & 0x3F) << 12
                | UInt32(input[index + 2] & 0x3F) << 6 | UInt32(input[index + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }
}
