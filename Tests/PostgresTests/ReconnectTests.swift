import TestSupport
import Testing

@testable import Postgres

@Suite struct ReconnectTests {
    @Test func aTerminatedBackendIsReplacedBeforeTheNextQuery() async throws {
        try await TestDatabase.withScratch("reconnect") { conninfo in
            let victim = try await TestDatabase.connect(conninfo)
            let killer = try await TestDatabase.connect(conninfo)
            let before = try await victim.query("SELECT pg_backend_pid()")[0].decode(Int.self, 0)
            let terminated = try await killer.query("SELECT pg_terminate_backend($1::int, 5000)", before)
            #expect(try terminated[0].decode(Bool.self, 0))
            // The next query succeeds, on a new backend.
            let after = try await victim.query("SELECT pg_backend_pid()")[0].decode(Int.self, 0)
            #expect(after != before)
            #expect(try await victim.query("SELECT 41 + 1")[0].decode(Int.self, 0) == 42)
        }
    }

    @Test func aConnectionLostInsideATransactionIsReportedNotHidden() async throws {
        try await TestDatabase.withScratch("losttx") { conninfo in
            let victim = try await TestDatabase.connect(conninfo)
            let killer = try await TestDatabase.connect(conninfo)
            try await victim.query("CREATE TABLE t (v integer)")
            let pid = try await victim.query("SELECT pg_backend_pid()")[0].decode(Int.self, 0)
            let error = await #expect(throws: PostgresError.self) {
                try await victim.transaction { session in
                    try session.query("INSERT INTO t VALUES (1)")
                    // Terminate our own backend from another session, then keep going.
                    try TestSync.run { try await killer.query("SELECT pg_terminate_backend($1::int, 5000)", pid) }
                    try session.query("INSERT INTO t VALUES (2)")
                }
            }
            #expect(error?.kind == .connectionLost)
            // Nothing of the transaction was kept, and the connection works again.
            #expect(try await victim.query("SELECT count(*) FROM t")[0].decode(Int.self, 0) == 0)
        }
    }

    @Test func blockingCallsRunOnTheConnectionsOwnQueue() async throws {
        try await TestDatabase.withScratch("queue") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            #expect(!DispatchQueueExecutor.isCurrent)
            let onQueue = try await connection.withSession { _ in DispatchQueueExecutor.isCurrent }
            #expect(onQueue)
        }
    }
}
