/// The hashing behind every feature: FNV-1a over (normalised) token bytes, and a 64-bit mixer that turns
/// a template and its values into a bucket of the weight table.
///
/// Features are never materialised as strings: a token's bytes are hashed once per sentence and every
/// template combines those hashes, so extraction costs a few multiplications per feature.
enum FeatureHash {
    /// FNV-1a offset basis; also the hash of the empty string.
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Feeds one byte into an FNV-1a state.
    @inline(__always)
    static func add(_ state: UInt64, _ byte: UInt8) -> UInt64 {
        (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// The hash of a short constant string (template values such as sentinel words).
    static func of(_ text: StaticString) -> UInt64 {
        var state = empty
        text.withUTF8Buffer { bytes in
            for byte in bytes { state = add(state, byte) }
        }
        return state
    }

    /// MurmurHash3's 64-bit finaliser: spreads every input bit over the output, so that the top bits
    /// make a good bucket index.
    @inline(__always)
    static func finalise(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x &*= 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x
    }

    /// Combines a template id with one value.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 {
        finalise(a &+ template &* 0x9e37_79b9_7f4a_7c15)
    }

    /// Combines a template id with two values (order matters).
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        finalise((a ^ ((b &* 0xc2b2_ae3d_27d4_eb4f) >> 7 | (b &* 0xc2b2_ae3d_27d4_eb4f) << 57)) &+ template &* 0x9e37_79b9_7f4a_7c15)
    }

    /// Combines a template id with three values.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        feature(template, a, finalise(b ^ (c &* 0x1656_67b1_9e37_79f9)))
    }
}
