import Postgres
import TestSupport
import Testing

struct Deliberate: Error {}

@Suite struct TransactionTests {
    @Test func commitKeepsAndThrowRollsBack() async throws {
        try await TestDatabase.withScratch("tx") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await connection.query("CREATE TABLE t (v integer)")
            try await connection.transaction { session in
                try session.query("INSERT INTO t VALUES ($1)", 1)
            }
            await #expect(throws: Deliberate.self) {
                try await connection.transaction { session in
                    try session.query("INSERT INTO t VALUES ($1)", 2)
                    throw Deliberate()
                }
            }
            let rows = try await connection.query("SELECT array_agg(v)::text FROM t")
            #expect(try rows[0].decode(String.self, 0) == "{1}")
        }
    }

    @Test func readOnlyRepeatableReadSeesOneSnapshotAndCannotWrite() async throws {
        try await TestDatabase.withScratch("snapshot") { conninfo in
            let reader = try await TestDatabase.connect(conninfo)
            let writer = try await TestDatabase.connect(conninfo)
            try await writer.query("CREATE TABLE t (v integer)")
            try await writer.query("INSERT INTO t VALUES (1)")
            let counts = try await reader.transaction(.readOnlySnapshot) { session in
                let first = try session.query("SELECT count(*) FROM t")[0].decode(Int.self, 0)
                try TestSync.run { try await writer.query("INSERT INTO t VALUES (2)") }
                let second = try session.query("SELECT count(*) FROM t")[0].decode(Int.self, 0)
                let mode = try session.query(
                    "SELECT current_setting('transaction_isolation'), current_setting('transaction_read_only')")
                return [
                    first, second, try mode[0].decode(String.self, 0) == "repeatable read" ? 1 : 0,
                    try mode[0].decode(String.self, 1) == "on" ? 1 : 0,
                ]
            }
            // The row committed mid-transaction is invisible to the snapshot.
            #expect(counts == [1, 1, 1, 1])
            #expect(try await reader.query("SELECT count(*) FROM t")[0].decode(Int.self, 0) == 2)

            let write = await #expect(throws: PostgresError.self) {
                try await reader.transaction(.readOnlySnapshot) { session in
                    try session.query("INSERT INTO t VALUES (3)")
                }
            }
            #expect(write?.sqlState == "25006")
        }
    }
}
