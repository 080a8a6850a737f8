import Dispatch
import Synchronization

extension PostgresConnection {
    /// Runs `body` at once on this connection and on each of `helpers`, each in a READ ONLY
    /// REPEATABLE READ transaction, all reading one snapshot of the database: the one this
    /// connection's transaction exports (`pg_export_snapshot`) and the helpers import
    /// (`SET TRANSACTION SNAPSHOT`), as `pg_dump --jobs` does.
    ///
    /// Meant for work the bodies share out among themselves (a queue they all take from), so a
    /// helper is optional: one that cannot connect or import the snapshot within `joinWithin` is
    /// logged and left out, and the others do its share. This connection's transaction stays open
    /// until every helper has imported the snapshot or been left out, so none ever imports a
    /// snapshot that has gone. An error in any body ends the whole run with that error (after
    /// every transaction has ended); make the bodies stop taking work when one fails.
    ///
    /// Returns the results of the bodies that ran, this connection's first. Helpers left out are
    /// logged with this connection's logger.
    public func withSharedSnapshot<T: Sendable>(
        helpers: [PostgresConnection], joinWithin: Duration = .seconds(10),
        _ body: @escaping @Sendable (PostgresSession) throws -> T
    ) async throws -> [T] {
        if helpers.isEmpty { return [try transaction(.readOnlySnapshot, body)] }
        let handoff = SnapshotHandoff(helpers: helpers.count)
        let logger = self.logger
        return try await withThrowingTaskGroup(of: (Int, T?).self) { group in
            group.addTask {
                defer { handoff.close() }
                let result = try await self.transaction(.readOnlySnapshot) { session in
                    let rows = try session.query("SELECT pg_export_snapshot()")
                    handoff.publish(try rows[0].decode(String.self, 0))
                    handoff.waitForHelpers(upTo: joinWithin)
                    return try body(session)
                }
                return (0, result)
            }
            for (index, helper) in helpers.enumerated() {
                group.addTask {
                    guard let snapshot = await handoff.snapshot() else { return (index + 1, nil) }
                    do {
                        let result = try await helper.transaction(.readOnlySnapshot) { session -> T? in
                            // The first statement of the transaction, as PostgreSQL requires.
                            try session.query("SET TRANSACTION SNAPSHOT '\(snapshot)'")
                            guard handoff.settle(index, joined: true) else { return nil }
                            return try body(session)
                        }
                        return (index + 1, result)
                    } catch {
                        // True only if it had joined already: then the error is the body's own.
                        let joined = handoff.settle(index, joined: false)
                        guard !joined, let failure = error as? PostgresError, failure.kind != .abandoned else {
                            throw error
                        }
                        logger.warning(
                            "a helper connection could not join the snapshot; going on without it: \(failure)")
                        return (index + 1, nil)
                    }
                }
            }
            // On an error the group waits for the other bodies (they stop taking work) and throws it.
            var results: [(Int, T)] = []
            for try await (index, result) in group {
                if let result { results.append((index, result)) }
            }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }
}

/// The exported snapshot's identifier, passed from the exporting transaction to the helpers, and
/// the helpers' answers (joined, or left out) passed back to it.
final class SnapshotHandoff: Sendable {
    private struct State {
        var snapshot: String?
        /// Closed: the exporting transaction ended or stopped waiting; no helper may join now.
        var closed = false
        var waiting: [CheckedContinuation<String?, Never>] = []
        var settled: [Int: Bool] = [:]
    }

    private let state = Mutex(State())
    private let helpers: Int
    private let allSettled = DispatchSemaphore(value: 0)

    init(helpers: Int) {
        self.helpers = helpers
    }

    /// The snapshot's identifier once published; nil if the exporting transaction ended without one.
    func snapshot() async -> String? {
        await withCheckedContinuation { continuation in
            let ready: String?? = state.withLock { state in
                if state.snapshot != nil || state.closed { return .some(state.snapshot) }
                state.waiting.append(continuation)
                return .none
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    func publish(_ snapshot: String) {
        let waiting = state.withLock { state in
            state.snapshot = snapshot
            defer { state.waiting = [] }
            return state.waiting
        }
        for continuation in waiting { continuation.resume(returning: snapshot) }
    }

    /// Records helper `index`'s answer, once (a later call changes nothing). Returns whether it
    /// joined, as first recorded: false when it was left out or the exporting transaction stopped
    /// waiting.
    @discardableResult
    func settle(_ index: Int, joined: Bool) -> Bool {
        let (first, outcome, last) = state.withLock { state -> (Bool, Bool, Bool) in
            if let earlier = state.settled[index] { return (false, earlier, false) }
            let outcome = joined && !state.closed
            state.settled[index] = outcome
            return (true, outcome, state.settled.count == helpers)
        }
        if first && last { allSettled.signal() }
        return outcome
    }

    /// Blocks the exporting transaction's thread (a connection's own queue) until every helper has
    /// joined or been left out, or `limit` has passed; after that, no helper joins.
    func waitForHelpers(upTo limit: Duration) {
        _ = allSettled.wait(timeout: .now() + .milliseconds(Int(limit / .milliseconds(1))))
        state.withLock { $0.closed = true }
    }

    /// The exporting transaction has ended: helpers still waiting for the snapshot give up.
    func close() {
        let waiting = state.withLock { state in
            state.closed = true
            defer { state.waiting = [] }
            return state.waiting
        }
        for continuation in waiting { continuation.resume(returning: nil) }
    }
}
