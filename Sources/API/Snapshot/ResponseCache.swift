import Synchronization

/// Rendered reads of one snapshot, by request, so a dashboard polling the same route renders it
/// once per cycle. Bounded: it starts again when full, which only costs a re-render.
final class ResponseCache: Sendable {
    static let capacity = 512
    private let entries = Mutex<[Key: Rendered]>([:])

    /// A read: its path, what the route says varies its answer, and the services the caller may
    /// see (nil: every one). A structure, not a joined string, so no two reads share a key.
    struct Key: Hashable, Sendable {
        var path: String
        var variant: String
        var scope: Set<String>?
    }

    func value(for key: Key, render: () throws -> Rendered) rethrows -> Rendered {
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let rendered = try render()
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = rendered
        }
        return rendered
    }
}
