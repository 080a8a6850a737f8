import Foundation
import Postgres
import Synchronization
import TestSupport
import Testing

@Suite struct SharedSnapshotTests {
    /// Every session, on a backend of its own, reads the one snapshot the first one exported.
    @Test func everySessionReadsTheExportedSnapshot() async throws {
        try await TestDatabase.withScratch("sharedsnap") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            // Room for a loaded machine: a helper that has not joined by then would be left out.
            let sessions = try await connection.withSharedSnapshot(
                helpers: [connection.sibling(), connection.sibling()], joinWithin: .seconds(120)
            ) { session in
                let pid = try session.query("SELECT pg_backend_pid()")[0].decode(Int.self, 0)
                let snapshot = try session.query("SELECT pg_current_snapshot()::text")[0].decode(String.self, 0)
                let readOnly = try session.query("SHOW transaction_read_only")[0].decode(String.self, 0)
                return Seen(pid: pid, snapshot: snapshot, readOnly: readOnly)
            }
            #expect(sessions.count == 3)
            #expect(Set(sessions.map(\.pid)).count == 3)
            #expect(Set(sessions.map(\.snapshot)).count == 1)
            #expect(sessions.allSatisfy { $0.readOnly == "on" })
        }
    }

    /// A row committed between the export and a helper's import is not seen by the helper.
    @Test func aCommitAfterTheExportIsNotSeenByAHelper() async throws {
        try await TestDatabase.withScratch("sharedsnaplate") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            let writer = try await TestDatabase.connect(conninfo)
            try await writer.query("CREATE TABLE t (v integer)")
            try await writer.query("INSERT INTO t VALUES (1)")
            let helper = connection.sibling()
            // The helper's queue is held until the writer has committed a second row, which it does
            // once the export has run: so the helper's transaction begins after that commit.
            let release = Gate()
            let held = Task {
                try await helper.withSession { session in
                    try session.query("SELECT 1")
                    release.wait()
                }
            }
            let run = Task {
                // Room for a loaded machine: the exporting transaction waits this long for the helper.
                try await connection.withSharedSnapshot(helpers: [helper], joinWithin: .seconds(120)) { session in
                    try session.query("SELECT count(*) FROM t")[0].decode(Int.self, 0)
                }
            }
            try await Self.waitForExport(watcher: writer)
            try await writer.query("INSERT INTO t VALUES (2)")
            release.open()
            let counts = try await run.value
            try await held.value
            #expect(try await writer.query("SELECT count(*) FROM t")[0].decode(Int.self, 0) == 2)
            #expect(counts == [1, 1])
        }
    }

    /// Until a session of this database has exported its snapshot and sits in its transaction.
    static func waitForExport(watcher: PostgresConnection) async throws {
        while try await watcher.query(
            """
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND query = 'SELECT pg_export_snapshot()'
              AND state = 'idle in transaction'
            """)[0].decode(Int.self, 0) == 0
        {
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// A helper that cannot connect is left out; the others do the work.
    @Test func aHelperThatCannotConnectIsLeftOut() async throws {
        try await TestDatabase.withScratch("sharedsnapbad") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            // Port 1 on loopback: nothing listens there, so connecting fails at once.
            let unreachable = PostgresConnection(
                configuration: PostgresConfiguration(conninfo: "host=127.0.0.1 port=1 dbname=none"),
                logger: TestDatabase.logger)
            let results = try await connection.withSharedSnapshot(
                helpers: [unreachable, connection.sibling()], joinWithin: .seconds(120)
            ) { session in try session.query("SELECT 42")[0].decode(Int.self, 0) }
            #expect(results == [42, 42])
        }
    }

    /// An error in one body ends the run with that error.
    @Test func anErrorInABodyEndsTheRun() async throws {
        try await TestDatabase.withScratch("sharedsnaperr") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            let helper = connection.sibling()
            let failed = await #expect(throws: PostgresError.self) {
                _ = try await connection.withSharedSnapshot(helpers: [helper]) { session in
                    try session.query("SELECT 1 / 0")
                }
            }
            #expect(failed?.sqlState == "22012")
            // Both connections are usable afterwards: their transactions ended.
            #expect(try await connection.query("SELECT 1")[0].decode(Int.self, 0) == 1)
            #expect(try await helper.query("SELECT 1")[0].decode(Int.self, 0) == 1)
        }
    }

    /// Abandoning a connection abandons its siblings, made before or after.
    @Test func abandoningAConnectionAbandonsItsSiblings() async throws {
        try await TestDatabase.withScratch("sharedsnapabandon") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            let before = connection.sibling()
            #expect(try await before.query("SELECT 1")[0].decode(Int.self, 0) == 1)
            connection.abandon()
            #expect(before.isAbandoned)
            let after = connection.sibling()
            #expect(after.isAbandoned)
            let refused = await #expect(throws: PostgresError.self) { try await after.query("SELECT 1") }
            #expect(refused?.kind == .abandoned)
        }
    }
}

private struct Seen: Sendable {
    var pid: Int
    var snapshot: String
    var readOnly: String
}

/// A one-way gate a blocked thread waits at.
private final class Gate: Sendable {
    private let state = Mutex(false)

    var isOpen: Bool { state.withLock { $0 } }

    func open() { state.withLock { $0 = true } }

    /// Waits (blocking, on a connection's own queue) until opened.
    func wait() {
        while !isOpen { usleep(10_000) }
    }
}
