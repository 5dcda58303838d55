/// Writes JSON pieces straight into memory reserved beforehand, for long runs of small pieces (a layer's
/// spans): no capacity or uniqueness check per piece, as `Array.append` makes.
///
/// Only ``JSONWriter/appendFormatted(maximumCount:_:)`` makes one, with room for everything the caller
/// promised to write at most.
struct JSONByteCursor {
    private var pointer: UnsafeMutablePointer<UInt8>
    private let start: UnsafeMutablePointer<UInt8>
    private let end: UnsafeMutablePointer<UInt8>

    init(start: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.start = start
        pointer = start
        end = start + capacity
    }

    /// Bytes written so far.
    var count: Int { pointer - start }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        precondition(pointer < end, "JSONByteCursor: more bytes written than reserved")
        pointer.pointee = value
        pointer += 1
    }

    @inline(__always)
    mutating func raw(_ text: StaticString) {
        let count = text.utf8CodeUnitCount
        precondition(end - pointer >= count, "JSONByteCursor: more bytes written than reserved")
        pointer.update(from: text.utf8Start, count: count)
        pointer += count
    }

    /// A decimal integer (at most 20 bytes).
    @inline(__always)
    mutating func integer(_ value: Int) {
        if value < 0 { byte(0x2D) }
        var remainder = value.magnitude
        if remainder < 10 {
            byte(UInt8(truncatingIfNeeded: remainder) &+ 0x30)
            return
        }
        var digits = 1
        var limit: UInt = 10
        while digits < 19 && remainder >= limit {
            digits += 1
            limit &*= 10
        }
        if remainder >= limit { digits += 1 }  // 20 digits: past 10^19, where `limit` would overflow
        precondition(end - pointer >= digits, "JSONByteCursor: more bytes written than reserved")
        var position = pointer + digits
        while position > pointer {
            position -= 1
            position.pointee = UInt8(truncatingIfNeeded: remainder % 10) &+ 0x30
            remainder /= 10
        }
        pointer += digits
    }

    /// Bytes that need no escaping (a tag name).
    @inline(__always)
    mutating func raw(_ text: UnsafeBufferPointer<UInt8>) {
        precondition(end - pointer >= text.count, "JSONByteCursor: more bytes written than reserved")
        if let base = text.baseAddress { pointer.update(from: base, count: text.count) }
        pointer += text.count
    }
}

extension JSONWriter {
    /// Appends what `body` writes through a ``JSONByteCursor`` that has room for `maximumCount` bytes.
    /// Writing more than that stops the program (a precondition), so reserve generously.
    mutating func appendFormatted(maximumCount: Int, _ body: (inout JSONByteCursor) -> Void) {
        guard maximumCount > 0 else { return }
        let formatted = [UInt8](unsafeUninitializedCapacity: maximumCount) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            var cursor = JSONByteCursor(start: base, capacity: buffer.count)
            body(&cursor)
            initialized = cursor.count
        }
        bytes.append(contentsOf: formatted)
    }
}
