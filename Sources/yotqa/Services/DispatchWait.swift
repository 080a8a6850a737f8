import Dispatch
import Foundation
import Synchronization

/// A wait on a Dispatch timer that a task's cancellation ends at once: the timers of the cycle
/// schedule, the digest schedule and the watchdog.
enum DispatchWait {
    private static let queue = DispatchQueue(label: "yotqa.timers")

    /// Returns after `duration`, or as soon as the task is cancelled.
    static func wait(_ duration: Duration) async {
        let once = Once()
        let timer = DispatchSource.makeTimerSource(queue: queue)
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                once.set(continuation)
                timer.setEventHandler { once.resume() }
                timer.schedule(deadline: .now() + duration / .seconds(1))
                timer.resume()
            }
        } onCancel: {
            once.resume()
        }
        timer.cancel()
    }

    /// Resumes a continuation once, whichever of the timer and the cancellation comes first (the
    /// cancellation may come before the continuation exists).
    private final class Once: Sendable {
        private struct State {
            var continuation: CheckedContinuation<Void, Never>?
            var done = false
        }

        private let state = Mutex(State())

        func set(_ continuation: CheckedContinuation<Void, Never>) {
            let already = state.withLock { state in
                if !state.done { state.continuation = continuation }
                return state.done
            }
            if already { continuation.resume() }
        }

        func resume() {
            let waiting = state.withLock { state in
                defer { state.continuation = nil }
                state.done = true
                return state.continuation
            }
            waiting?.resume()
        }
    }
}
