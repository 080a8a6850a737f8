import API
import Foundation
import Logging
import ServiceLifecycle

/// Asks for a cycle every `every`, give or take up to `jitter` at random, on a Dispatch timer.
/// The cycle service runs one cycle at a time and merges the requests that arrive meanwhile, so a
/// slow cycle is never overlapped by the next: it starts when the slow one ends.
struct CycleSchedule: Service {
    let trigger: CycleTrigger
    let every: Duration
    let jitter: Duration

    func run() async throws {
        while !Task.isShuttingDownGracefully {
            await cancelWhenGracefulShutdown { await DispatchWait.wait(nextWait()) }
            if Task.isShuttingDownGracefully || Task.isCancelled { return }
            trigger.request()
        }
    }

    /// `every` plus or minus up to `jitter`.
    func nextWait() -> Duration {
        let spread = Double(jitter.nanoseconds)
        let offset = spread > 0 ? Double.random(in: -spread...spread) : 0
        return .nanoseconds(Int64(Double(every.nanoseconds) + offset))
    }
}
