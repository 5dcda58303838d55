#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The natural logarithm, from the C library (GlossSummarize does not need Foundation).
@inline(__always)
func naturalLog(_ value: Float) -> Float { logf(value) }
