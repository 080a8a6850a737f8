import ArgumentParser
import Postgres
import Store

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create or upgrade schema yotqa to the version this binary needs.",
        discussion: """
            Applies the pending migrations of sql/migrations in one transaction and records them in \
            yotqa.schema_migrations. Safe to run again (it then does nothing) and from several hosts at \
            once (they queue on an advisory lock). Refuses a database migrated by a newer yotqa.
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let (config, logger) = try global.start("migrate")
        let sql = try SQLDirectory.locate(configured: config.paths.sql)
        let migrator = Migrator(
            migrations: try Migration.load(from: sql.appendingPathComponent("migrations")), logger: logger)
        let connection = try await PostgresConnection.connect(configuration: config.database.postgres, logger: logger)
        let applied = try await migrator.migrate(connection)
        if applied.isEmpty {
            print("schema yotqa is up to date (version \(migrator.knownVersion))")
        } else {
            for migration in applied { print("applied migration \(migration.version) (\(migration.name))") }
            print("schema yotqa is now at version \(migrator.knownVersion)")
        }
    }
}
