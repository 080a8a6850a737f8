import CLibPQ
import Logging
import Synchronization

/// What lets any thread stop a connection's work: a flag that, once set, refuses every later
/// statement, and the cancel key of the current `PGconn` for the statement already running.
///
/// Shared by `PostgresConnection.abandon()`, which runs on whatever thread is stopping the daemon,
/// usually while the connection's queue is blocked in a statement, and by the connection's core,
/// which replaces the key on every connect and drops it on close. libpq documents `PQcancel` as
/// safe to call from any thread. The lock only guards which key is current; a cancel under way
/// keeps its own reference, so closing the connection meanwhile cannot free the key under it.
final class Abandonment: Sendable {
    private let flag = Atomic<Bool>(false)
    private let key = Mutex<CancelKey?>(nil)
    /// Other connections' abandonments that this one's `abandon()` triggers too (a sibling's).
    private let dependents = Mutex<[WeakAbandonment]>([])
    private let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    /// True once `abandon()` was called; never reset.
    var isAbandoned: Bool {
        flag.load(ordering: .sequentiallyConsistent)
    }

    /// Sets the flag, then asks the server to cancel the statement in flight. Only the first call
    /// cancels: after it, no new statement can start, so there is nothing more to cancel.
    func abandon() {
        let (first, _) = flag.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent)
        guard first else { return }
        cancel()
        for dependent in dependents.withLock({ $0 }) { dependent.value?.abandon() }
    }

    /// Makes `other` abandoned whenever this one is: at once if this one already is.
    func adopt(_ other: Abandonment) {
        let already = dependents.withLock { dependents in
            dependents.removeAll { $0.value == nil }
            dependents.append(WeakAbandonment(other))
            return isAbandoned
        }
        if already { other.abandon() }
    }

    /// Asks the server to cancel whatever statement runs on the current connection. A request that
    /// reaches a backend between statements is ignored by the server, so sending one is harmless.
    func cancel() {
        guard let current = key.withLock({ $0 }) else { return }
        var buffer = [CChar](repeating: 0, count: 256)
        if PQcancel(current.pointer, &buffer, Int32(buffer.count)) == 0 {
            let message = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            logger.warning("could not send a cancel request to PostgreSQL: \(message)")
        }
    }

    /// Makes `connection`'s backend the one `cancel()` reaches; nil when there is no connection.
    /// The previous key is freed once no cancel under way uses it any more.
    func useKey(of connection: OpaquePointer?) {
        let new = connection.flatMap { PQgetCancel($0) }.map(CancelKey.init)
        key.withLock { $0 = new }
    }
}

/// A dependent abandonment, not kept alive by the one it depends on.
struct WeakAbandonment: Sendable {
    weak var value: Abandonment?

    init(_ value: Abandonment) {
        self.value = value
    }
}

/// Owns one `PGcancel` and frees it with its last reference.
///
/// `@unchecked Sendable` is safe: a `PGcancel` holds only the server's address and the backend's
/// key, which libpq never changes after `PQgetCancel`, and `PQcancel` is documented thread-safe.
final class CancelKey: @unchecked Sendable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        PQfreeCancel(pointer)
    }
}
