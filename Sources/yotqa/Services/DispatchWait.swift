import Dispatch
import Foundation

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
    private final class Once: @unchecked Sendable {
        // @unchecked: every field is read and written under `lock`.
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Void, Never>?
        private var done = false

        func set(_ continuation: CheckedContinuation<Void, Never>) {
            lock.lock()
            if done {
                lock.unlock()
                continuation.resume()
            } else {
                self.continuation = continuation
                lock.unlock()
            }
        }

        func resume() {
            lock.lock()
            let waiting = continuation
            continuation = nil
            done = true
            lock.unlock()
            waiting?.resume()
        }
    }
}
