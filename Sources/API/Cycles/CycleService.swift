import Foundation
public import Indicators
public import Logging
public import Postgres
public import ServiceLifecycle
public import Store

/// Runs the cycles that are asked for, one at a time, on its own connection, and publishes each
/// one's snapshot. On an instance that does not lead (see `Coordination`), a cycle asked for (by
/// an admin through the API) is passed on to the leader instead.
///
/// A cycle that fails (the database went away, say) is tried again 30 seconds later, then after
/// twice as long each time, up to `retryAtMost`, on a Dispatch timer: the snapshot served meanwhile
/// is the last good one, and says how old it is.
///
/// `run()` returns when the trigger is finished or on graceful shutdown, once the cycle under way
/// has completed. `abandonLater()`, called when the stop is asked for, gives that cycle
/// `stopTimeout` less two seconds; after that its connection is abandoned, so the statement
/// running is cancelled and its transactions roll back, and a stop never leaves half a cycle.
public struct CycleService: Service {
    let trigger: CycleTrigger
    /// The runner in force (its judging and mail settings); a config reload replaces it.
    let runner: Reloadable<CycleRunner>
    let connection: PostgresConnection
    /// The engine's settings for a cycle starting now (its as-of date is today).
    let settings: @Sendable () throws -> EngineSettings
    let snapshots: SnapshotStore
    let logger: Logger
    /// Told how each cycle went, in a sentence (for systemd's STATUS).
    let report: @Sendable (String) -> Void
    /// Whether this instance runs cycles; when it does not, requests go to the one that does.
    let leads: @Sendable () -> Bool
    /// The longest wait before a failed cycle is tried again.
    let retryAtMost: @Sendable () -> Duration
    /// How long after a stop is asked for the process must have ended.
    let stopTimeout: @Sendable () -> Duration

    public init(
        trigger: CycleTrigger, runner: Reloadable<CycleRunner>, connection: PostgresConnection,
        settings: @escaping @Sendable () throws -> EngineSettings, snapshots: SnapshotStore,
        logger: Logger, report: @escaping @Sendable (String) -> Void = { _ in },
        leads: @escaping @Sendable () -> Bool = { true },
        retryAtMost: @escaping @Sendable () -> Duration = { .seconds(900) },
        stopTimeout: @escaping @Sendable () -> Duration = { .seconds(20) }
    ) {
        self.trigger = trigger
        self.runner = runner
        self.connection = connection
        self.settings = settings
        self.snapshots = snapshots
        self.logger = logger
        self.report = report
        self.leads = leads
        self.retryAtMost = retryAtMost
        self.stopTimeout = stopTimeout
    }

    public func run() async throws {
        var failures = 0
        for await _ in trigger.requests.cancelOnGracefulShutdown() {
            guard leads() else {
                await passOn()
                continue
            }
            if await runOnce() {
                failures = 0
            } else if !Task.isShuttingDownGracefully {
                failures += 1
                retry(after: Self.retryDelay(failures: failures, atMost: retryAtMost()))
            }
        }
    }

    /// The daemon is stopping: a cycle still running `stopTimeout` less two seconds from now is
    /// abandoned. The connection refuses every statement after that, so call this only on the
    /// way out.
    public func abandonLater() {
        let grace = max(stopTimeout() - .seconds(2), .milliseconds(500))
        DispatchQueue.global().asyncAfter(deadline: .now() + grace / .seconds(1)) { [connection] in
            connection.abandon()
        }
    }

    /// 30 s after the first failure, doubling, never more than `atMost`.
    static func retryDelay(failures: Int, atMost: Duration) -> Duration {
        min(.seconds(30) * (1 << min(max(failures - 1, 0), 20)), atMost)
    }

    private func retry(after delay: Duration) {
        logger.notice("trying the cycle again in \(delay)")
        DispatchQueue.global().asyncAfter(deadline: .now() + delay / .seconds(1)) { [trigger] in trigger.request() }
    }

    /// Passes a cycle asked for on this follower to the leader.
    private func passOn() async {
        do {
            try await Coordination.requestCycle(on: connection)
            logger.info("a cycle was asked for; passed on to the leading instance")
        } catch {
            logger.error("cannot pass the cycle asked for on to the leading instance: \(error)")
        }
    }

    /// Runs one cycle and publishes it; false (and logged) when it could not run.
    @discardableResult
    public func runOnce() async -> Bool {
        do {
            let runner = self.runner.value
            let result = try await runner.run(on: connection, settings: try settings())
            ServiceMetrics.cycleRan(seconds: result.seconds, failures: result.outcome?.failures.count ?? 0)
            let ticket = snapshots.ticket()  // the cycle has committed
            let snapshot = try await SnapshotLoader(runner: runner).snapshot(of: result, from: connection)
            if snapshots.publish(snapshot, ticket: ticket) { ServiceMetrics.published(snapshot) }
            Self.returnFreeMemory()
            let failed = result.outcome?.failures.count ?? 0
            let what = result.record.computed ? "computed" : "data unchanged"
            report(
                "last cycle \(result.record.cycleID ?? 0) at \(Timestamps.text(result.record.finishedAt)): \(what), "
                    + "\(failed) indicator(s) failed, \(result.judged.events.count) alert change(s)")
            return true
        } catch {
            if connection.isAbandoned {
                logger.notice("cycle abandoned: the daemon is stopping; nothing of it was kept")
            } else {
                logger.error("cycle failed: \(error)")
            }
            report("last cycle failed at \(Timestamps.text(Date())): \(error)")
            return false
        }
    }

    /// Hands the memory a cycle freed back to the system, so the idle daemon stays small.
    static func returnFreeMemory() {
        #if os(Linux)
            _ = mallocTrim(0)
        #endif
    }
}

#if os(Linux)
    /// glibc's `malloc_trim` (malloc.h, which the Glibc module does not export): gives freed heap
    /// pages back to the system.
    @_silgen_name("malloc_trim")
    private func mallocTrim(_ pad: Int) -> Int32
#endif
