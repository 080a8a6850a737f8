public import Store
import Synchronization

/// Holds the snapshot being served and swaps it whole.
public final class SnapshotStore: Sendable {
    private let current = Mutex<Snapshot?>(nil)

    public init(_ snapshot: Snapshot? = nil) {
        current.withLock { $0 = snapshot }
    }

    /// The snapshot being served; nil until a cycle has completed.
    public var snapshot: Snapshot? { current.withLock { $0 } }

    public func publish(_ snapshot: Snapshot) {
        current.withLock { $0 = snapshot }
    }

    /// Replaces the alerts of the current snapshot (after an acknowledgement or a silence).
    public func publish(alerts: [StoredAlert]) {
        current.withLock { snapshot in snapshot = snapshot?.with(alerts: alerts) }
    }
}
