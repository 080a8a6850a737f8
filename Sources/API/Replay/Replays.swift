import HTTPTypes
import Metrics
import Synchronization

/// The reads one snapshot has answered, each under exactly what decided its answer: the request
/// target (path and query as sent), the `Accept` header, and the caller's role and scope. A
/// repeat of one of them, on this snapshot, gets the same answer, so `ReplayHandler` can send it
/// without entering Hummingbird's pipeline. It lives in the snapshot, so a new cycle or an alert
/// change starts it empty; bounded like `ResponseCache`, it starts again when full.
final class Replays: Sendable {
    static let capacity = 512
    /// Reads whose target and `Accept` together are longer are not remembered: a dashboard's are
    /// short, and a caller must not pin large keys in memory.
    static let longestKey = 2048

    struct Key: Hashable, Sendable {
        var target: String
        var accept: String?
        var role: Role
        /// The services the caller may see; nil: every one.
        var scope: Set<String>?
    }

    private let entries = Mutex<[Key: ReplayEntry]>([:])
    /// How many requests `ReplayHandler` has answered from here.
    let answered = Atomic<Int>(0)

    func entry(_ key: Key) -> ReplayEntry? {
        entries.withLock { $0[key] }
    }

    /// Remembers the answer under `key`, made by `make` unless it is there already.
    func remember(_ key: Key, _ make: () -> ReplayEntry) {
        guard key.target.utf8.count + (key.accept?.utf8.count ?? 0) <= Self.longestKey, entry(key) == nil else {
            return
        }
        let entry = make()
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = entry
        }
    }
}

extension Replays.Key {
    /// The key of a request the routes answered, for `caller`.
    init(_ request: HTTPRequest, _ caller: APIToken) {
        self.init(
            target: request.path ?? "", accept: request.headerFields[.accept], role: caller.role,
            scope: caller.services)
    }
}
