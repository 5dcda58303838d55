#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding one byte fast: the C library's `memchr` scans many bytes per instruction, where a Swift loop
/// looks at one.
enum ByteSearch {
    /// The index of the first `byte` in `bytes[start..<end]`, or `end` when there is none.
    @inline(__always)
    static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let base = bytes.baseAddress else { return end }
        guard let found = memchr(base + start, Int32(byte), end - start) else { return end }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether `count` bytes at `first` and `second` are equal (`memcmp`).
    @inline(__always)
    static func equal(_ first: UnsafePointer<UInt8>, _ second: UnsafePointer<UInt8>, count: Int) -> Bool {
        memcmp(first, second, count) == 0
    }

    /// Copies `count` bytes from `source` to `destination`; the two may overlap (`memmove`).
    @inline(__always)
    static func move(_ source: UnsafeMutablePointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>, count: Int) {
        memmove(destination, source, count)
    }
}
