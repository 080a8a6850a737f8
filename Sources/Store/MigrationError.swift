public import Postgres

/// Why migrating, or checking the schema version, failed.
public enum MigrationError: Error, CustomStringConvertible, Sendable {
    case unreadable(path: String, reason: String)
    case badFileName(String)
    case notContiguous(expected: Int, found: Int)
    /// The database was migrated by a newer yotqa; this binary must not touch it.
    case databaseNewer(database: Int, known: Int)
    /// The database is behind this binary: `yotqa migrate` has not been run.
    case databaseBehind(database: Int, known: Int)
    /// An applied migration's file has changed since it was applied.
    case changedAfterApplying(version: Int, name: String)
    case database(PostgresError)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read migrations at \(path): \(reason)"
        case .badFileName(let file):
            return "migration file \"\(file)\" is not named NNNN_name.sql (four digits, from 0001)"
        case .notContiguous(let expected, let found):
            return "migrations must be numbered 1, 2, 3, … without gaps: expected \(expected), found \(found)"
        case .databaseNewer(let database, let known):
            return "the database's yotqa schema is at version \(database), newer than this yotqa knows "
                + "(\(known)); refusing to touch it: run the yotqa release that migrated it, or a newer one"
        case .databaseBehind(let database, let known):
            return "the database's yotqa schema is at version \(database) and this yotqa needs \(known): "
                + "run `yotqa migrate`"
        case .changedAfterApplying(let version, let name):
            return "migration \(version) (\(name)) has changed since it was applied to this database; "
                + "a released migration must never be edited: add a new one instead"
        case .database(let error):
            return "database error while migrating: \(error)"
        }
    }
}
