/// A read-only hash table from short byte strings to values, looked up without allocating.
///
/// The segmenter asks "is this word an abbreviation, a sentence starter, a speech verb?" for slices of the
/// text; building a `String` or `[UInt8]` per question would cost more than the answer. Keys live in one
/// flat byte array; lookups hash the slice (FNV-1a) and compare bytes in place. With `foldingCase`, keys are
/// stored in ASCII lower case and lookups fold ASCII upper case as they go.
struct WordTable<Value: Sendable>: Sendable {
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int32] = []
    private var keyLengths: [Int32] = []
    private var values: [Value] = []
    /// Open addressing: entry index + 1, 0 for an empty slot.
    private var slots: [Int32]
    private var mask: Int
    let foldingCase: Bool

    /// Builds a table; a later duplicate key replaces the earlier value.
    init(_ entries: [(String, Value)], foldingCase: Bool = false) {
        self.foldingCase = foldingCase
        var capacity = 16
        while capacity < entries.count * 3 { capacity <<= 1 }
        slots = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        for (key, value) in entries { insert(key, value) }
    }

    private mutating func insert(_ key: String, _ value: Value) {
        let bytes = Array(foldingCase ? key.lowercased().utf8 : key.utf8)
        var slot = bytes.withUnsafeBufferPointer { Self.hash($0, 0, $0.count, folding: false) } & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if keyLengths[entry] == bytes.count,
                Array(keyBytes[Int(keyStarts[entry])..<Int(keyStarts[entry]) + bytes.count]) == bytes
            {
                values[entry] = value
                return
            }
            slot = (slot + 1) & mask
        }
        keyStarts.append(Int32(keyBytes.count))
        keyLengths.append(Int32(bytes.count))
        keyBytes.append(contentsOf: bytes)
        values.append(value)
        slots[slot] = Int32(values.count)
    }

    @inline(__always)
    private static func fold(_ byte: UInt8, _ folding: Bool) -> UInt8 {
        folding && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, folding: Bool) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = start
        while index < end {
            hash = (hash ^ UInt64(fold(bytes[index], folding))) &* 0x100_0000_01b3
            index += 1
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The value stored for the bytes `start..<end` of `text`, if any.
    @inline(__always)
    func lookup(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Value? {
        let length = end - start
        guard length > 0 else { return nil }
        var slot = Self.hash(text, start, end, folding: foldingCase) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return nil }
            let entry = stored - 1
            if Int(keyLengths[entry]) == length && matches(entry, text, start, length) { return values[entry] }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func matches(_ entry: Int, _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Bool {
        let keyStart = Int(keyStarts[entry])
        for offset in 0..<length where keyBytes[keyStart + offset] != Self.fold(text[start + offset], foldingCase) {
            return false
        }
        return true
    }

    /// Whether the bytes `start..<end` of `text` are a key.
    @inline(__always)
    func contains(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        lookup(text, start, end) != nil
    }
}
