#if canImport(Glibc)
import Glibc
#endif

/// Progress lines on stderr (stdout carries the results).
enum Console {
    static func progress(_ line: String) {
        let bytes = Array(("gloss-bench: " + line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
