import Foundation
import Postgres
import Store
import TestSupport
import Testing

@Suite struct MigratorTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sql/migrations")

    func migrator() throws -> Migrator {
        Migrator(migrations: try Migration.load(from: Self.directory), logger: TestDatabase.logger)
    }

    @Test func appliesOnceAndThenIsANoOp() async throws {
        try await TestDatabase.withScratch("migrate") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            let migrator = try migrator()
            let first = try await migrator.migrate(connection)
            #expect(first.map(\.version) == Array(1...migrator.knownVersion))
            let second = try await migrator.migrate(connection)
            #expect(second.isEmpty)
            try await migrator.requireCurrent(connection)
            let recorded = try await connection.query("SELECT count(*), max(version) FROM yotqa.schema_migrations")
            #expect(try recorded[0].decode(Int.self, 0) == migrator.knownVersion)
            // Applied twice, the holidays are still there once each.
            let holidays = try await connection.query("SELECT count(*) FROM yotqa.bank_holidays")
            #expect(try holidays[0].decode(Int.self, 0) == 115)
        }
    }

    /// A role that owns schema yotqa but may not create schemas in the database (a DBA revoked it
    /// after set-up) can still migrate: the schema is only created when it is missing.
    @Test func migratesWithoutCreateOnTheDatabaseWhenTheSchemaExists() async throws {
        try await TestDatabase.withScratch("migrate_owner") { conninfo in
            let admin = try await TestDatabase.connect(conninfo)
            let role = "yotqa_owner_\(UInt32.random(in: 0...UInt32.max))"
            try await admin.query("CREATE ROLE \(role) LOGIN")
            try await admin.query("CREATE SCHEMA yotqa AUTHORIZATION \(role)")
            let database = try await admin.query("SELECT current_database()")[0].decode(String.self, 0)
            let canCreate = try await admin.query(
                "SELECT has_database_privilege($1, $2, 'CREATE')", role, database)[0].decode(Bool.self, 0)
            #expect(!canCreate)
            let owner = try await TestDatabase.connect(conninfo + " user=\(role)")
            let migrator = try migrator()
            let applied = try await migrator.migrate(owner)
            #expect(applied.count == migrator.knownVersion)
            await owner.close()
            try await admin.query("DROP SCHEMA yotqa CASCADE")
            try await admin.query("DROP ROLE \(role)")
        }
    }

    @Test func refusesADatabaseNewerThanItKnows() async throws {
        try await TestDatabase.withScratch("newer") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            let migrator = try migrator()
            try await migrator.migrate(connection)
            try await connection.query(
                "INSERT INTO yotqa.schema_migrations (version, name, checksum) VALUES ($1, 'future', 'x')", 999)
            let error = await #expect(throws: MigrationError.self) { try await migrator.migrate(connection) }
            guard case .databaseNewer(let database, let known) = error else {
                Issue.record("expected databaseNewer, got \(String(describing: error))")
                return
            }
            #expect(database == 999)
            #expect(known == migrator.knownVersion)
            await #expect(throws: MigrationError.self) { try await migrator.requireCurrent(connection) }
        }
    }

    @Test func anEditedMigrationIsRefused() async throws {
        try await TestDatabase.withScratch("edited") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await migrator().migrate(connection)
            var edited = try Migration.load(from: Self.directory)
            edited[0] = Migration(version: 1, name: edited[0].name, sql: edited[0].sql + "\n-- edited\n")
            let error = await #expect(throws: MigrationError.self) {
                try await Migrator(migrations: edited, logger: TestDatabase.logger).migrate(connection)
            }
            #expect(error?.description.hasPrefix("migration 1 (bank_holidays) has changed") == true)
        }
    }

    @Test func aFailingMigrationLeavesNothingBehind() async throws {
        try await TestDatabase.withScratch("failing") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            var migrations = try Migration.load(from: Self.directory)
            migrations.append(
                Migration(
                    version: migrations.count + 1, name: "broken",
                    sql: "CREATE TABLE yotqa.half_done (x int); SELECT no_such_function();"))
            await #expect(throws: MigrationError.self) {
                try await Migrator(migrations: migrations, logger: TestDatabase.logger).migrate(connection)
            }
            // One transaction: not even migration 1 or the schema survived.
            let rows = try await connection.query("SELECT to_regnamespace('yotqa') IS NULL")
            #expect(try rows[0].decode(Bool.self, 0))
        }
    }

    @Test func behindIsReportedWithTheFix() async throws {
        try await TestDatabase.withScratch("behind") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            let error = await #expect(throws: MigrationError.self) { try await migrator().requireCurrent(connection) }
            #expect(error?.description.hasSuffix("run `yotqa migrate`") == true)
        }
    }

    @Test func migrationFilesMustBeNumberedWithoutGaps() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("migrations-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "SELECT 1;".write(to: folder.appendingPathComponent("0001_first.sql"), atomically: true, encoding: .utf8)
        try "SELECT 3;".write(to: folder.appendingPathComponent("0003_third.sql"), atomically: true, encoding: .utf8)
        #expect(throws: MigrationError.self) { try Migration.load(from: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("0003_third.sql"))
        try "SELECT 2;".write(to: folder.appendingPathComponent("2_second.sql"), atomically: true, encoding: .utf8)
        let error = #expect(throws: MigrationError.self) { try Migration.load(from: folder) }
        #expect(
            error?.description == "migration file \"2_second.sql\" is not named NNNN_name.sql (four digits, from 0001)")
    }
}
