#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps a write to a child that just died from killing gloss.
///
/// Writing to a pipe nobody reads raises SIGPIPE, whose default action ends the process. Ignoring it
/// process-wide would change how gloss's own stdout behaves (`gloss run ... | head`), so instead the
/// signal is blocked on this thread while it talks to a child: the write fails with EPIPE, a signal left
/// pending is taken off the thread, and the old mask comes back.
enum BrokenPipeGuard {
    /// Runs `body` with SIGPIPE blocked on the calling thread.
    static func run<R, E: Error>(_ body: () throws(E) -> R) throws(E) -> R {
        var blocked = pipeSignal()
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer {
            var pending = sigset_t()
            if sigpending(&pending) == 0, sigismember(&pending, SIGPIPE) == 1 {
                var now = timespec(tv_sec: 0, tv_nsec: 0)
                _ = sigtimedwait(&blocked, nil, &now)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        return try body()
    }

    private static func pipeSignal() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGPIPE)
        return set
    }
}
