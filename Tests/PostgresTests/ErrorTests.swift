import Postgres
import TestSupport
import Testing

@Suite struct ErrorTests {
    @Test func serverErrorsCarryTheirSQLSTATE() async throws {
        try await TestDatabase.withScratch("errors") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            let missing = await #expect(throws: PostgresError.self) {
                try await connection.query("SELECT * FROM nowhere")
            }
            #expect(missing?.kind == .server)
            #expect(missing?.sqlState == "42P01")
            #expect(missing?.message == "relation \"nowhere\" does not exist")

            try await connection.query("CREATE TABLE u (id integer PRIMARY KEY)")
            try await connection.query("INSERT INTO u VALUES ($1)", 1)
            let duplicate = await #expect(throws: PostgresError.self) {
                try await connection.query("INSERT INTO u VALUES ($1)", 1)
            }
            #expect(duplicate?.sqlState == "23505")
            #expect(duplicate?.detail?.contains("Key (id)=(1) already exists") == true)

            let division = await #expect(throws: PostgresError.self) { try await connection.query("SELECT 1 / 0") }
            #expect(division?.sqlState == "22012")
            // An error leaves the connection usable.
            #expect(try await connection.query("SELECT 2")[0].decode(Int.self, 0) == 2)
        }
    }

    @Test func statementTimeoutIsSetAndEnforced() async throws {
        try await TestDatabase.withScratch("timeout") { conninfo in
            let connection = try await TestDatabase.connect(conninfo, statementTimeout: .milliseconds(200))
            let setting = try await connection.query("SELECT current_setting('statement_timeout')")
            #expect(try setting[0].decode(String.self, 0) == "200ms")
            let slow = await #expect(throws: PostgresError.self) { try await connection.query("SELECT pg_sleep(5)") }
            #expect(slow?.sqlState == "57014")
        }
    }

    @Test func sessionSettingsAreApplied() async throws {
        try await TestDatabase.withScratch("settings") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            let rows = try await connection.query(
                """
                SELECT current_setting('application_name'), current_setting('TimeZone'),
                       current_setting('DateStyle'), application_name
                FROM pg_stat_activity WHERE pid = pg_backend_pid()
                """)
            #expect(try rows[0].decode(String.self, 0) == "yotqa")
            #expect(try rows[0].decode(String.self, 1) == "UTC")
            #expect(try rows[0].decode(String.self, 2) == "ISO, YMD")
            #expect(try rows[0].decode(String.self, 3) == "yotqa")
        }
    }

    @Test func connectingToNothingFailsWithAConnectionError() async throws {
        // Port 1 on loopback has no server; libpq reports "connection refused" at once.
        let configuration = PostgresConfiguration(
            conninfo: "host=127.0.0.1 port=1 dbname=x user=x", connectTimeout: .seconds(2))
        let error = await #expect(throws: PostgresError.self) {
            try await PostgresConnection.connect(configuration: configuration, logger: TestDatabase.logger)
        }
        #expect(error?.kind == .connectionFailed)
        #expect(error?.message.hasPrefix("could not connect to PostgreSQL:") == true)
    }

    @Test func aURIWorksAsWellAsAConninfo() async throws {
        try await TestDatabase.withScratch("uri") { conninfo in
            let admin = try await TestDatabase.connect(conninfo)
            let rows = try await admin.query("SELECT current_database(), inet_server_port(), current_user")
            let database = try rows[0].decode(String.self, 0)
            let port = try rows[0].decode(Int.self, 1)
            let user = try rows[0].decode(String.self, 2)
            let uri = "postgresql://\(user)@127.0.0.1:\(port)/\(database)?application_name=yotqa-uri"
            let connection = try await TestDatabase.connect(uri)
            let name = try await connection.query("SELECT current_database(), current_setting('application_name')")
            #expect(try name[0].decode(String.self, 0) == database)
            // The conninfo's own application_name wins over the default.
            #expect(try name[0].decode(String.self, 1) == "yotqa-uri")
        }
    }
}
