import Foundation
public import Indicators
public import Logging
public import Postgres
public import ServiceLifecycle
public import Store

/// Runs the cycles that are asked for, one at a time, on its own connection, and publishes each
/// one's snapshot.
///
/// `run()` returns when the trigger is finished or on graceful shutdown; a cycle under way then
/// completes, or is rolled back by PostgreSQL if the process is stopped, so a stop never leaves
/// half a cycle.
public struct CycleService: Service {
    let trigger: CycleTrigger
    /// The runner in force (its judging and mail settings); a config reload replaces it.
    let runner: Reloadable<CycleRunner>
    let connection: PostgresConnection
    /// The engine's settings for a cycle starting now (its as-of date is today).
    let settings: @Sendable () throws -> EngineSettings
    let loader: SnapshotLoader
    let snapshots: SnapshotStore
    let logger: Logger
    /// Told how each cycle went, in a sentence (for systemd's STATUS).
    let report: @Sendable (String) -> Void

    public init(
        trigger: CycleTrigger, runner: Reloadable<CycleRunner>, connection: PostgresConnection,
        settings: @escaping @Sendable () throws -> EngineSettings, loader: SnapshotLoader, snapshots: SnapshotStore,
        logger: Logger, report: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.trigger = trigger
        self.runner = runner
        self.connection = connection
        self.settings = settings
        self.loader = loader
        self.snapshots = snapshots
        self.logger = logger
        self.report = report
    }

    public func run() async throws {
        for await _ in trigger.requests.cancelOnGracefulShutdown() {
            await runOnce()
        }
    }

    /// Runs one cycle and publishes it; false (and logged) when it could not run.
    @discardableResult
    public func runOnce() async -> Bool {
        do {
            let result = try await runner.value.run(on: connection, settings: try settings())
            ServiceMetrics.cycleRan(seconds: result.seconds, failures: result.outcome?.failures.count ?? 0)
            let snapshot = try await loader.snapshot(of: result, from: connection)
            snapshots.publish(snapshot)
            ServiceMetrics.published(snapshot)
            Self.returnFreeMemory()
            let failed = result.outcome?.failures.count ?? 0
            let what = result.record.computed ? "computed" : "data unchanged"
            report(
                "last cycle \(result.record.cycleID ?? 0) at \(Self.time(result.record.finishedAt)) UTC: \(what), "
                    + "\(failed) indicator(s) failed, \(result.judged.events.count) alert change(s)")
            return true
        } catch {
            logger.error("cycle failed: \(error)")
            report("last cycle failed at \(Self.time(Date())) UTC: \(error)")
            return false
        }
    }

    static func time(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        return formatter.string(from: date)
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
