import API
import Config
import Foundation
import Logging
import ServiceLifecycle

/// Asks for a cycle every `every`, give or take up to `jitter` at random, on a Dispatch timer.
/// The cycle service runs one cycle at a time and merges the requests that arrive meanwhile, so a
/// slow cycle is never overlapped by the next: it starts when the slow one ends. Only the leading
/// instance asks; the others follow its cycles.
struct CycleSchedule: Service {
    let trigger: CycleTrigger
    let leadership: Leadership
    /// The schedule in force: a reload applies from the next wait.
    let schedule: @Sendable () -> ScheduleConfig

    func run() async throws {
        while !Task.isShuttingDownGracefully {
            await cancelWhenGracefulShutdown { await DispatchWait.wait(nextWait()) }
            if Task.isShuttingDownGracefully || Task.isCancelled { return }
            if leadership.isLeader { trigger.request() }
        }
    }

    /// `cycle_every` plus or minus up to `jitter`.
    func nextWait() -> Duration {
        let now = schedule()
        let spread = now.jitter / .seconds(1)
        return now.cycleEvery + .seconds(spread > 0 ? Double.random(in: -spread...spread) : 0)
    }
}
