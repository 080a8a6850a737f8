import Postgres
import TestSupport
import Testing

@Suite struct ParameterTests {
    @Test func quotesUnicodeAndNullTravelAsValuesNotSQL() async throws {
        try await TestDatabase.withScratch("params") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await connection.query("CREATE TABLE t (id integer PRIMARY KEY, v text)")
            let hostile = "O'Brien \"quoted\" $1 ; DROP TABLE t; -- \\ back\\slash"
            let unicode = "Zoë Ørsted 日本語 🙂"
            try await connection.query(
                "INSERT INTO t VALUES ($1, $2), ($3, $4), ($5, $6)", 1, hostile, 2, unicode, 3, nil)
            let rows = try await connection.query("SELECT id, v FROM t ORDER BY id")
            #expect(rows.count == 3)
            #expect(try rows[0].decode(String.self, "v") == hostile)
            #expect(try rows[1].decode(String.self, "v") == unicode)
            #expect(try rows[2].decode(String?.self, "v") == nil)
            // The table survived the "DROP TABLE" inside a value.
            let found = try await connection.query("SELECT id FROM t WHERE v = $1", hostile)
            #expect(try found[0].decode(Int.self, 0) == 1)
            // NULL is not equal to anything, so a NULL parameter matches no row.
            #expect(try await connection.query("SELECT id FROM t WHERE v = $1", nil as String?).isEmpty)
            // Character length, not byte length, survives the round trip.
            let length = try await connection.query("SELECT length($1::text)", unicode)
            #expect(try length[0].decode(Int.self, 0) == unicode.count)
        }
    }

    @Test func arrayParametersMatchVariadicOnes() async throws {
        try await TestDatabase.withScratch("paramarray") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            let values: [(any PostgresEncodable)?] = [40, 2, "x"]
            let rows = try await connection.query("SELECT $1::int + $2::int, $3::text || 'y'", parameters: values)
            #expect(try rows[0].decode(Int.self, 0) == 42)
            #expect(try rows[0].decode(String.self, 1) == "xy")
        }
    }
}
