/// Converts byte offsets to scalar offsets like ``ScalarOffsetMap/scalarOffset(ofByte:in:)``, cheaply when
/// the offsets mostly come in increasing order (the spans of a layer, written one after another).
///
/// It remembers the last offset converted and counts only the bytes between it and the next one, so a
/// whole layer costs one pass over the text instead of up to 63 byte checks per offset. An offset before
/// the last one goes through the map's checkpoints, as before. The results are the map's, always.
struct ScalarOffsetCursor {
    private let map: ScalarOffsetMap
    private let bytes: UnsafeBufferPointer<UInt8>
    /// A byte offset, and how many scalars start before it.
    private var byte = 0
    private var scalarsBefore = 0

    init(map: ScalarOffsetMap, bytes: UnsafeBufferPointer<UInt8>) {
        self.map = map
        self.bytes = bytes
    }

    /// The scalar offset of byte offset `target` (a byte inside a multi-byte scalar counts as that scalar's start).
    @inline(__always)
    mutating func scalarOffset(ofByte target: Int) -> Int {
        if map.isIdentity { return target }
        let clamped = min(max(target, 0), bytes.count)
        // Far ahead, the checkpoints are quicker than counting every byte on the way.
        if clamped < byte || clamped - byte > 512 {
            let offset = map.scalarOffset(ofByte: clamped, in: bytes)
            byte = clamped
            scalarsBefore = clamped < bytes.count && bytes[clamped] & 0xC0 == 0x80 ? offset + 1 : offset
            return offset
        }
        var index = byte
        var scalars = scalarsBefore
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
            index += 1
        }
        byte = clamped
        scalarsBefore = scalars
        return clamped < bytes.count && bytes[clamped] & 0xC0 == 0x80 ? scalars - 1 : scalars
    }
}
