public import Store
import Synchronization

/// Holds the snapshot being served and swaps it whole.
public final class SnapshotStore: Sendable {
    private struct State {
        var snapshot: Snapshot?
        /// Reads of the alerts, numbered as they start, and the latest one published.
        var readsStarted = 0
        var readPublished = 0
    }

    private let state = Mutex(State())

    public init(_ snapshot: Snapshot? = nil) {
        state.withLock { $0.snapshot = snapshot }
    }

    /// The snapshot being served; nil until a cycle has completed.
    public var snapshot: Snapshot? { state.withLock { $0.snapshot } }

    public func publish(_ snapshot: Snapshot) {
        state.withLock { $0.snapshot = snapshot }
    }

    /// Re-reads the alerts with `read` (after an acknowledgement) and publishes them, unless a read
    /// that started later has been published already, or a cycle has published a newer snapshot
    /// meanwhile: either saw at least as much as this one.
    public func refreshAlerts(_ read: () async throws -> [StoredAlert]) async rethrows {
        let (ticket, cycleID) = state.withLock { state in
            state.readsStarted += 1
            return (state.readsStarted, state.snapshot?.cycle.cycleID)
        }
        let alerts = try await read()
        state.withLock { state in
            guard let present = state.snapshot, present.cycle.cycleID == cycleID, ticket > state.readPublished
            else { return }
            state.readPublished = ticket
            state.snapshot = present.with(alerts: alerts)
        }
    }
}
