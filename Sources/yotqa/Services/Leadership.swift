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

/// Opened once (the database was found ready at start); waiting on it before that suspends.
final class Latch: Sendable {
    private let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() {
        (stream, continuation) = AsyncStream.makeStream(of: Void.self)
    }

    func open() {
        continuation.finish()
    }

    /// Returns once the latch is open, or when the task is cancelled. One waiter only.
    func wait() async {
        for await _ in stream {}
    }
}
