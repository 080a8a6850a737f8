public import Foundation
public import Postgres
import Store

extension TestDatabase {
    /// The repository's sql folder.
    public static let sqlDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sql")

    /// Creates schema yot from the contract and schema yotqa from the migrations.
    public static func createSchemas(_ connection: PostgresConnection) async throws {
        let contract = try String(contentsOf: sqlDirectory.appendingPathComponent("contract.sql"), encoding: .utf8)
        try await connection.withSession { session in try session.runScript(contract) }
        let migrations = try Migration.load(from: sqlDirectory.appendingPathComponent("migrations"))
        try await Migrator(migrations: migrations, logger: logger).migrate(connection)
    }
}
