/// The named character references (``HTMLEntityData``) indexed for lookups straight from the input bytes.
///
/// An open-addressing hash table over the names: one FNV-1a hash and usually one byte comparison per
/// lookup, with no String made. Built once, on first use, from the generated data.
struct HTMLEntityTable: Sendable {
    /// The one table, parsed on first use (a `static let` initialises exactly once, thread-safely).
    static let shared = HTMLEntityTable()

    /// A reference's replacement: at most two code points, at most 8 UTF-8 bytes, packed little-endian.
    struct Replacement: Equatable, Sendable {
        var bytes: UInt64
        var count: Int
    }

    private struct Entry {
        var nameStart: Int32
        var nameLength: Int32
        var replacement: Replacement
    }

    /// Every name, back to back.
    private let names: [UInt8]
    private let entries: [Entry]
    /// Entry index + 1 per slot; 0 marks an empty slot.
    private let slots: [Int32]
    private let mask: Int

    /// How many references the table holds.
    var count: Int { entries.count }

    /// The longest name, semicolon included.
    let longestName: Int

    private init() {
        var names: [UInt8] = []
        var entries: [Entry] = []
        var longest = 0
        HTMLEntityData.named.withUTF8Buffer { data in
            var lineStart = 0
            while lineStart < data.count {
                var lineEnd = lineStart
                while lineEnd < data.count && data[lineEnd] != 0x0A { lineEnd += 1 }
                if let entry = Self.parse(data, lineStart..<lineEnd, names: &names) {
                    entries.append(entry)
                    longest = max(longest, Int(entry.nameLength))
                }
                lineStart = lineEnd + 1
            }
        }
        var size = 1
        while size < entries.count * 3 { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        for (index, entry) in entries.enumerated() {
            var hash: UInt32 = 2_166_136_261
            for byte in names[Int(entry.nameStart)..<Int(entry.nameStart + entry.nameLength)] {
                hash = (hash ^ UInt32(byte)) &* 16_777_619
            }
            var slot = Int(hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index + 1)
        }
        self.names = names
        self.entries = entries
        self.slots = slots
        self.mask = size - 1
        self.longestName = longest
    }

    /// Parses `name HEX HEX` into an entry, appending the name to `names`.
    private static func parse(_ data: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, names: inout [UInt8]) -> Entry? {
        var index = line.lowerBound
        let nameStart = names.count
        while index < line.upperBound && data[index] != 0x20 {
            names.append(data[index])
            index += 1
        }
        let nameLength = names.count - nameStart
        guard nameLength > 0 else { return nil }
        var replacement = Replacement(bytes: 0, count: 0)
        while index < line.upperBound {
            index += 1  // the space
            var value: UInt32 = 0
            while index < line.upperBound && data[index] != 0x20 {
                value = value << 4 | UInt32(hexValue(data[index]))
                index += 1
            }
            for byte in utf8(value) {
                replacement.bytes |= UInt64(byte) << (8 * UInt64(replacement.count))
                replacement.count += 1
            }
        }
        return Entry(nameStart: Int32(nameStart), nameLength: Int32(nameLength), replacement: replacement)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return 0
        }
    }

    private static func utf8(_ value: UInt32) -> [UInt8] {
        guard let scalar = Unicode.Scalar(value) else { return [0xEF, 0xBF, 0xBD] }
        return Array(String(Character(scalar)).utf8)
    }

    /// FNV-1a; must match the loop in `init`.
    @inline(__always)
    private static func hash(_ start: UnsafePointer<UInt8>, _ length: Int) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for index in 0..<length {
            hash = (hash ^ UInt32(start[index])) &* 16_777_619
        }
        return hash
    }

    /// The replacement for the reference whose name (what follows `&`, with its `;` if it has one) is the
    /// `length` bytes at `start`; nil when no reference has that exact name.
    func lookup(_ start: UnsafePointer<UInt8>, _ length: Int) -> Replacement? {
        guard length > 0 && length <= longestName else { return nil }
        var slot = Int(Self.hash(start, length)) & mask
        return names.withUnsafeBufferPointer { nameBytes in
            guard let names = nameBytes.baseAddress else { return nil }
            while true {
                let stored = Int(slots[slot])
                if stored == 0 { return nil }
                let entry = entries[stored - 1]
                if Int(entry.nameLength) == length {
                    let name = names + Int(entry.nameStart)
                    var index = 0
                    while index < length && name[index] == start[index] { index += 1 }
                    if index == length { return entry.replacement }
                }
                slot = (slot + 1) & mask
            }
        }
    }
}
