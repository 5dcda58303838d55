#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to back a weight table with 2 MB pages.
///
/// Decoding reads table rows at random over tens of megabytes; with 4 KB pages nearly every read also
/// misses the TLB, and the page walks cost as much as the reads. On Linux with transparent huge pages in
/// `madvise` mode (the common default) the advice must come before the memory is first touched.
/// Elsewhere, or when the kernel declines, nothing changes but speed.
enum HugePages {
    /// Advises huge pages for the 2 MB-aligned part of `buffer`.
    static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        guard let base = buffer.baseAddress else { return }
        let size = 2 << 20
        let start = (Int(bitPattern: base) + size - 1) & ~(size - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(size - 1)
        guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, end - start, 14)  // MADV_HUGEPAGE
        #endif
    }
}
