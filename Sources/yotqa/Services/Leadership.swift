import Synchronization

/// Whether this instance leads (holds the leader's lock, see `Coordination`): only the leader
/// runs the scheduled cycles, sends the outbox and queues the digest. Set by the coordination
/// service; read by the others before each piece of work.
final class Leadership: Sendable {
    private let leading = Mutex(false)

    var isLeader: Bool { leading.withLock { $0 } }

    /// Sets whether this instance leads; returns whether it did before.
    @discardableResult
    func set(_ now: Bool) -> Bool {
        leading.withLock { state in
            defer { state = now }
            return state
        }
    }
}
