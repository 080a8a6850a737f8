import Config
import Foundation
import Logging
import Postgres
import Store

/// A connection to the configured database, whose schema yotqa is at this build's version.
enum DatabaseSetup {
    /// `sql` is the SQL folder, when the caller has located it already.
    static func connect(_ config: YotqaConfig, sql: URL? = nil, logger: Logger) async throws -> PostgresConnection {
        let sql = try sql ?? SQLDirectory.locate(configured: config.paths.sql)
        let connection = try await PostgresConnection.connect(configuration: config.database.postgres, logger: logger)
        try await Migrator(
            migrations: try Migration.load(from: sql.appendingPathComponent("migrations")), logger: logger
        )
        .requireCurrent(connection)
        return connection
    }

    /// A connection that connects on first use and again after the server went away: for the
    /// daemon, which must start and wait while PostgreSQL is down.
    static func lazy(_ config: YotqaConfig, logger: Logger) -> PostgresConnection {
        PostgresConnection(configuration: config.database.postgres, logger: logger)
    }
}
