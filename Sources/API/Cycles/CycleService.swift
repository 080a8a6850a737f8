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
    let runner: CycleRunner
    let connection: PostgresConnection
    /// The engine's settings for a cycle starting now (its as-of date is today).
    let settings: @Sendable () throws -> EngineSettings
    let loader: SnapshotLoader
    let snapshots: SnapshotStore
    let logger: Logger

    public init(
        trigger: CycleTrigger, runner: CycleRunner, connection: PostgresConnection,
        settings: @escaping @Sendable () throws -> EngineSettings, loader: SnapshotLoader, snapshots: SnapshotStore,
        logger: Logger
    ) {
        self.trigger = trigger
        self.runner = runner
        self.connection = connection
        self.settings = settings
        self.loader = loader
        self.snapshots = snapshots
        self.logger = logger
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
            let result = try await runner.run(on: connection, settings: try settings())
            ServiceMetrics.cycleRan(seconds: result.seconds, failures: result.outcome?.failures.count ?? 0)
            let snapshot = try await loader.snapshot(of: result, from: connection)
            snapshots.publish(snapshot)
            ServiceMetrics.published(snapshot)
            Self.returnFreeMemory()
            return true
        } catch {
            logger.error("cycle failed: \(error)")
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
