import Postgres
import TestSupport
import Testing

@Suite struct CopyTests {
    @Test func copiesAHundredThousandRows() async throws {
        try await TestDatabase.withScratch("copy") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await connection.query("CREATE TABLE t (id integer PRIMARY KEY, label text, day date, flag boolean)")
            let loaded = try await connection.withSession { session in
                try session.copyIn("COPY t (id, label, day, flag) FROM STDIN") { writer in
                    for id in 1...100_000 {
                        // Every seventh label is NULL; every row's flag is whether id is even.
                        let label = id % 7 == 0 ? "\\N" : "row \(id)"
                        try writer.write(Array("\(id)\t\(label)\t2024-01-01\t\(id % 2 == 0 ? "t" : "f")\n".utf8))
                    }
                }
            }
            #expect(loaded == 100_000)
            let rows = try await connection.query(
                "SELECT count(*), sum(id), count(label), count(*) FILTER (WHERE flag) FROM t")
            #expect(try rows[0].decode(Int.self, 0) == 100_000)
            // 1 + 2 + … + 100000 = 100000 × 100001 / 2.
            #expect(try rows[0].decode(Int.self, 1) == 5_000_050_000)
            // 100000 / 7 = 14285 NULL labels.
            #expect(try rows[0].decode(Int.self, 2) == 100_000 - 14_285)
            #expect(try rows[0].decode(Int.self, 3) == 50_000)
        }
    }

    @Test func aBadRowFailsTheWholeCopyAndNamesTheLine() async throws {
        try await TestDatabase.withScratch("copybad") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await connection.query("CREATE TABLE t (id integer, day date)")
            let error = await #expect(throws: PostgresError.self) {
                try await connection.withSession { session in
                    try session.copyIn("COPY t (id, day) FROM STDIN") { writer in
                        try writer.write(Array("1\t2024-01-01\n2\t2024-02-30\n".utf8))
                    }
                }
            }
            #expect(error?.sqlState == "22008")
            #expect(error?.detail?.contains("line 2") == true)
            #expect(try await connection.query("SELECT count(*) FROM t")[0].decode(Int.self, 0) == 0)
        }
    }

    @Test func aThrowingProducerCancelsTheCopy() async throws {
        try await TestDatabase.withScratch("copycancel") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await connection.query("CREATE TABLE t (id integer)")
            await #expect(throws: Deliberate.self) {
                try await connection.withSession { session in
                    try session.copyIn("COPY t (id) FROM STDIN") { writer in
                        try writer.write(Array("1\n2\n".utf8))
                        throw Deliberate()
                    }
                }
            }
            #expect(try await connection.query("SELECT count(*) FROM t")[0].decode(Int.self, 0) == 0)
        }
    }

    @Test func aCopyThroughQueryIsRefusedAndLeavesTheConnectionUsable() async throws {
        try await TestDatabase.withScratch("copyquery") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await connection.query("CREATE TABLE t (id integer)")
            try await connection.query("INSERT INTO t SELECT generate_series(1, 1000)")
            for sql in ["COPY t (id) FROM STDIN", "COPY t (id) TO STDOUT"] {
                let error = await #expect(throws: PostgresError.self) { try await connection.query(sql) }
                #expect(error?.kind == .usage)
                #expect(try await connection.query("SELECT count(*) FROM t")[0].decode(Int.self, 0) == 1000)
            }
        }
    }
}
