public import Store
import Synchronization

/// Holds the snapshot being served and swaps it whole.
///
/// Snapshots can be built side by side: the leader publishes the cycle it ran while its
/// coordination service loads one that `yotqa compute` committed by hand. Whoever builds one takes
/// a `ticket()` once what it shows is fixed (its cycle committed, or before it reads the latest),
/// and a snapshot is published only when its ticket is newer than the one served: one taken later
/// saw at least as much. Tickets, not cycle ids, order them, so a database restored to an earlier
/// cycle is still served.
public final class SnapshotStore: Sendable {
    private struct State {
        var snapshot: Snapshot?
        /// Tickets handed out, and the one of the snapshot served.
        var ticketsIssued = 0
        var ticketServed = 0
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

    /// A ticket for a snapshot about to be built; take it before reading what it will show.
    public func ticket() -> Int {
        state.withLock { state in
            state.ticketsIssued += 1
            return state.ticketsIssued
        }
    }

    /// Serves `snapshot`, built after `ticket` was taken, unless one with a newer ticket is served
    /// already; returns whether it was.
    @discardableResult
    public func publish(_ snapshot: Snapshot, ticket: Int) -> Bool {
        state.withLock { state in
            guard ticket > state.ticketServed else { return false }
            state.ticketServed = ticket
            state.snapshot = snapshot
            return true
        }
    }

    /// Serves `snapshot` as the newest there is.
    public func publish(_ snapshot: Snapshot) {
        publish(snapshot, ticket: ticket())
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
