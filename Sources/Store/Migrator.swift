public import Logging
public import Postgres

/// Applies schema `yotqa`'s migrations: all pending ones in one transaction, so a failure leaves
/// the schema as it was; recorded in `yotqa.schema_migrations` with a checksum of each file.
public struct Migrator: Sendable {
    public let migrations: [Migration]
    let logger: Logger

    /// Several yotqa processes may start together; they queue on this advisory lock.
    static let lockKey = 0x796F_7471_615F_6D67  // "yotqa_mg"

    public init(migrations: [Migration], logger: Logger) {
        self.migrations = migrations
        self.logger = logger
    }

    /// The newest version this binary's migrations reach.
    public var knownVersion: Int { migrations.last?.version ?? 0 }

    /// Applies every pending migration; returns those applied (none when up to date).
    @discardableResult
    public func migrate(_ connection: PostgresConnection) async throws(MigrationError) -> [Migration] {
        let migrations = self.migrations
        let known = knownVersion
        do {
            return try await connection.transaction { session in
                try session.query("SELECT pg_advisory_xact_lock($1)", Self.lockKey)
                try Self.bootstrap(session)
                let applied = try Self.appliedVersions(session, migrations: migrations)
                try Self.verify(applied: applied, against: migrations, known: known)
                let pending = migrations.filter { applied[$0.version] == nil }
                for migration in pending {
                    try session.runScript(migration.sql)
                    try session.query(
                        "INSERT INTO yotqa.schema_migrations (version, name, checksum) VALUES ($1, $2, md5($3))",
                        migration.version, migration.name, migration.sql)
                }
                return pending
            }
        } catch let error as MigrationError {
            throw error
        } catch let error as PostgresError {
            throw .database(error)
        } catch {
            throw .database(PostgresError(.usage, "\(error)"))
        }
    }

    /// Throws unless the database is exactly at `knownVersion`, for commands that need the schema.
    public func requireCurrent(_ connection: PostgresConnection) async throws(MigrationError) {
        let version: Int
        do {
            // Two statements: a query naming a missing table fails at parse time, CASE or not.
            let exists = try await connection.query("SELECT to_regclass('yotqa.schema_migrations') IS NOT NULL")
            if try exists[0].decode(Bool.self, 0) {
                let rows = try await connection.query("SELECT coalesce(max(version), 0) FROM yotqa.schema_migrations")
                version = try rows[0].decode(Int.self, 0)
            } else {
                version = 0
            }
        } catch {
            throw .database(error)
        }
        if version > knownVersion { throw .databaseNewer(database: version, known: knownVersion) }
        if version < knownVersion { throw .databaseBehind(database: version, known: knownVersion) }
    }

    /// The schema and the migrations table exist before any migration, so the version can be read.
    /// The schema is created only when it is missing: `CREATE SCHEMA IF NOT EXISTS` checks the
    /// CREATE privilege on the database first, which a DBA may have revoked once it existed.
    static func bootstrap(_ session: PostgresSession) throws(PostgresError) {
        if try session.query("SELECT to_regnamespace('yotqa') IS NULL")[0].decode(Bool.self, 0) {
            try session.query("CREATE SCHEMA yotqa")
        }
        try session.runScript(
            """
            SET LOCAL client_min_messages = warning;
            CREATE TABLE IF NOT EXISTS yotqa.schema_migrations (
                version integer PRIMARY KEY,
                name text NOT NULL,
                checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            );
            """)
    }

    /// Applied versions, each with whether its file still matches what was applied (the checksum
    /// is PostgreSQL's md5 of the file's text, computed by the server on both sides).
    static func appliedVersions(
        _ session: PostgresSession, migrations: [Migration]
    ) throws(PostgresError) -> [Int: Bool] {
        let rows = try session.query("SELECT version, checksum FROM yotqa.schema_migrations ORDER BY version")
        var applied: [Int: Bool] = [:]
        for row in rows {
            let version = try row.decode(Int.self, 0)
            let checksum = try row.decode(String.self, 1)
            guard let migration = migrations.first(where: { $0.version == version }) else {
                applied[version] = true
                continue
            }
            applied[version] = try session.query("SELECT md5($1) = $2", migration.sql, checksum)[0].decode(Bool.self, 0)
        }
        return applied
    }

    static func verify(applied: [Int: Bool], against migrations: [Migration], known: Int) throws(MigrationError) {
        if let newest = applied.keys.max(), newest > known {
            throw .databaseNewer(database: newest, known: known)
        }
        for migration in migrations where applied[migration.version] == false {
            throw .changedAfterApplying(version: migration.version, name: migration.name)
        }
    }
}
