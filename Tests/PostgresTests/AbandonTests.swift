import Dispatch
import Postgres
import Synchronization
import TestSupport
import Testing

@Suite struct AbandonTests {
    @Test func abandonCancelsTheStatementInFlightAndRefusesTheNext() async throws {
        try await TestDatabase.withScratch("abandon") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            let watcher = try await TestDatabase.connect(conninfo)
            let pid = try await connection.query("SELECT pg_backend_pid()")[0].decode(Int.self, 0)
            #expect(!connection.isAbandoned)
            let sleeping = Task { try await connection.query("SELECT pg_sleep(30)") }
            try await Self.waitUntilSleeping(pid, watcher: watcher)
            let clock = ContinuousClock()
            let abandoned = clock.now
            // From a thread outside Swift concurrency, as a shutdown handler may be.
            DispatchQueue.global().async { connection.abandon() }

            let cancelled = await #expect(throws: PostgresError.self) { try await sleeping.value }
            // A check that the cancel worked, not a speed benchmark: without it, pg_sleep(30) runs on
            // (the bound leaves room for a machine loaded by the whole suite).
            #expect(clock.now - abandoned < .seconds(25))
            #expect(cancelled?.kind == .abandoned)
            #expect(cancelled?.sqlState == "57014")
            #expect(connection.isAbandoned)
            #expect(try await Self.sleepers(pid, watcher: watcher) == 0)

            let refused = await #expect(throws: PostgresError.self) { try await connection.query("SELECT 1") }
            #expect(refused?.kind == .abandoned)
            #expect(refused?.message == "the connection was abandoned (the daemon is stopping)")
            #expect(refused?.statement == "SELECT 1")
        }
    }

    @Test func everyWayInIsRefusedOnceAbandoned() async throws {
        try await TestDatabase.withScratch("abandonidle") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await connection.query("CREATE TABLE t (v integer)")
            // Nothing runs: the cancel request finds nothing to cancel, and is harmless.
            connection.abandon()
            connection.abandon()
            let ran = Flag()
            let begin = await #expect(throws: PostgresError.self) {
                try await connection.transaction { _ in ran.set() }
            }
            #expect(begin?.kind == .abandoned)
            #expect(!ran.isSet)
            let copy = await #expect(throws: PostgresError.self) {
                try await connection.withSession { session in
                    try session.copyIn("COPY t (v) FROM STDIN") { writer in try writer.write(Array("1\n".utf8)) }
                }
            }
            #expect(copy?.kind == .abandoned)
            let script = await #expect(throws: PostgresError.self) {
                try await connection.withSession { session in try session.runScript("SELECT 1; SELECT 2") }
            }
            #expect(script?.kind == .abandoned)
            let listen = await #expect(throws: PostgresError.self) {
                try await connection.notifications(waitingUpTo: .seconds(5))
            }
            #expect(listen?.kind == .abandoned)
            let other = try await TestDatabase.connect(conninfo)
            #expect(try await other.query("SELECT count(*) FROM t")[0].decode(Int.self, 0) == 0)
        }
    }

    @Test func aTransactionThatSwallowsTheCancelStopsAtItsNextStatementAndIsRolledBack() async throws {
        try await TestDatabase.withScratch("abandontx") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            let watcher = try await TestDatabase.connect(conninfo)
            try await connection.query("CREATE TABLE t (v integer)")
            let pid = try await connection.query("SELECT pg_backend_pid()")[0].decode(Int.self, 0)
            let swallowed = ErrorBox()
            // Like an indicator cycle: a failed statement is noted, and the next one is tried.
            let cycle = Task {
                try await connection.transaction { session in
                    try session.query("INSERT INTO t VALUES (1)")
                    do {
                        try session.query("SELECT pg_sleep(30)")
                    } catch {
                        swallowed.store(error)
                    }
                    try session.query("INSERT INTO t VALUES (2)")
                }
            }
            try await Self.waitUntilSleeping(pid, watcher: watcher)
            let clock = ContinuousClock()
            let abandoned = clock.now
            connection.abandon()

            let error = await #expect(throws: PostgresError.self) { try await cycle.value }
            #expect(clock.now - abandoned < .seconds(25))
            #expect(swallowed.load()?.kind == .abandoned)
            #expect(error?.kind == .abandoned)
            #expect(error?.statement == "INSERT INTO t VALUES (2)")
            // Rolled back: the first row is not there, and the session is idle, out of the transaction
            // (its ROLLBACK ran; it was not merely closed).
            #expect(try await watcher.query("SELECT count(*) FROM t")[0].decode(Int.self, 0) == 0)
            let state = try await watcher.query("SELECT state FROM pg_stat_activity WHERE pid = $1::int", pid)
            #expect(try state.first?.decode(String.self, 0) == "idle")
        }
    }

    /// Waits, 10 seconds at most, until backend `pid` sleeps in `pg_sleep`, so that the cancel is
    /// known to reach a running statement.
    static func waitUntilSleeping(_ pid: Int, watcher: PostgresConnection) async throws {
        for _ in 0..<200 {
            if try await sleepers(pid, watcher: watcher) == 1 { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("backend \(pid) never started its pg_sleep")
    }

    static func sleepers(_ pid: Int, watcher: PostgresConnection) async throws -> Int {
        let rows = try await watcher.query(
            """
            SELECT count(*) FROM pg_stat_activity
            WHERE pid = $1::int AND state = 'active' AND wait_event = 'PgSleep'
            """, pid)
        return try rows[0].decode(Int.self, 0)
    }
}

/// Set once from a transaction body, read by the test afterwards.
private final class Flag: Sendable {
    private let value = Atomic<Bool>(false)
    var isSet: Bool { value.load(ordering: .sequentiallyConsistent) }
    func set() { value.store(true, ordering: .sequentiallyConsistent) }
}

/// The error a transaction body caught and went on from, for the test to look at.
private final class ErrorBox: Sendable {
    private let value = Mutex<PostgresError?>(nil)
    func store(_ error: any Error) { value.withLock { $0 = error as? PostgresError } }
    func load() -> PostgresError? { value.withLock { $0 } }
}
