import Postgres
import TestSupport

/// A scratch database with schemas yot and yotqa, for tests that read and write rows directly.
func withSchemas<T: Sendable>(_ label: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
    try await TestDatabase.withScratch(label) { conninfo in
        let connection = try await TestDatabase.connect(conninfo)
        try await TestDatabase.createSchemas(connection)
        return try await body(connection)
    }
}
