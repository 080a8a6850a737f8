import Config
import Foundation
import Logging
import Postgres
import Store

/// A connection to the configured database, whose schema yotqa is at this build's version.
enum DatabaseSetup {
    static func connect(_ config: YotqaConfig, logger: Logger) async throws -> PostgresConnection {
        let sql = try SQLDirectory.locate(configured: config.paths.sql)
        let connection = try await PostgresConnection.connect(configuration: config.database.postgres, logger: logger)
        try await Migrator(
            migrations: try Migration.load(from: sql.appendingPathComponent("migrations")), logger: logger
        )
        .requireCurrent(connection)
        return connection
    }
}
