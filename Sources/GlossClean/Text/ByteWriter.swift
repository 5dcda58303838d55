/// A growable output buffer of UTF-8 bytes for the cleaning passes.
///
/// Noncopyable so that it owns its memory outright (freed in `deinit`) and never pays for Array's
/// copy-on-write uniqueness check on every byte: the passes append one byte at a time in their hot loops.
struct ByteWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written so far.
    private(set) var count: Int = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// The last byte written, or nil when empty.
    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    /// The byte at `index` (which must be below ``count``).
    subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count, "ByteWriter index out of range")
        return base[index]
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ first: UInt8, _ second: UInt8) {
        if count + 2 > capacity { grow(to: count + 2) }
        base[count] = first
        base[count + 1] = second
        count += 2
    }

    /// Appends `length` bytes starting at `start`.
    @inline(__always)
    mutating func append(_ start: UnsafePointer<UInt8>, count length: Int) {
        guard length > 0 else { return }
        if count + length > capacity { grow(to: count + length) }
        if length <= 32 {
            // Words and short runs: a loop beats the call into memmove.
            for offset in 0..<length { base[count + offset] = start[offset] }
        } else {
            (base + count).update(from: start, count: length)
        }
        count += length
    }

    /// Appends the bytes of `bytes[range]`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard let start = bytes.baseAddress, !range.isEmpty else { return }
        append(start + range.lowerBound, count: range.count)
    }

    /// Appends the UTF-8 encoding of `scalar`.
    mutating func append(scalar value: UInt32) {
        switch value {
        case 0..<0x80:
            append(UInt8(value))
        case 0x80..<0x800:
            append(UInt8(0xC0 | (value >> 6)), UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            append(UInt8(0xE0 | (value >> 12)), UInt8(0x80 | ((value >> 6) & 0x3F)))
            append(UInt8(0x80 | (value & 0x3F)))
        default:
            append(UInt8(0xF0 | (value >> 18)), UInt8(0x80 | ((value >> 12) & 0x3F)))
            append(UInt8(0x80 | ((value >> 6) & 0x3F)), UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// Forgets everything after the first `newCount` bytes.
    mutating func truncate(to newCount: Int) {
        precondition(newCount >= 0 && newCount <= count, "ByteWriter truncation out of range")
        count = newCount
    }

    /// Lets `body` rewrite the bytes in place; it returns how many of them remain (at most ``count``).
    mutating func rewrite(_ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        let newCount = body(UnsafeMutableBufferPointer(start: base, count: count))
        precondition(newCount >= 0 && newCount <= count, "ByteWriter rewrite grew the text")
        count = newCount
    }

    /// Calls `body` with the bytes written so far.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes written so far as a string, repairing (U+FFFD) any broken sequence.
    func makeString() -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            guard let destination = buffer.baseAddress else { return 0 }
            destination.update(from: base, count: count)
            return count
        }
    }

    /// The bytes written so far as a string, without validating them again: for bytes that are valid
    /// UTF-8 by construction (cut and joined only at ASCII bytes or whole characters of valid input).
    /// Validation is a third of the stage's time on curly-quoted news, and the bytes came from a String.
    /// Debug builds still validate, so tests catch a broken invariant.
    func makeStringOfValidUTF8() -> String {
        #if DEBUG
        let buffer = UnsafeBufferPointer(start: base, count: count)
        precondition(String(validating: buffer, as: UTF8.self) != nil, "a cleaning pass produced invalid UTF-8")
        #endif
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            let span = UnsafeBufferPointer(start: base, count: count).span
            return String(copying: unsafe UTF8Span(unchecked: span))
        }
        return makeString()
    }

    /// Whether the bytes written equal `other`.
    func equals(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard other.count == count else { return false }
        guard let start = other.baseAddress, count > 0 else { return true }
        return ByteSearch.equal(base, start, count: count)
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
