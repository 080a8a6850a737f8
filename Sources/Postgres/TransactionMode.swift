/// How a transaction sees the database and what it may do.
public struct TransactionMode: Sendable, Equatable {
    public enum Isolation: String, Sendable {
        case readCommitted = "READ COMMITTED"
        case repeatableRead = "REPEATABLE READ"
        case serializable = "SERIALIZABLE"
    }

    public var isolation: Isolation
    public var readOnly: Bool

    public init(isolation: Isolation, readOnly: Bool) {
        self.isolation = isolation
        self.readOnly = readOnly
    }

    /// The default: READ COMMITTED, read-write.
    public static let readWrite = TransactionMode(isolation: .readCommitted, readOnly: false)
    /// One consistent snapshot that cannot write: what an indicator cycle reads `yot` with.
    public static let readOnlySnapshot = TransactionMode(isolation: .repeatableRead, readOnly: true)

    var beginStatement: String {
        "BEGIN ISOLATION LEVEL \(isolation.rawValue) \(readOnly ? "READ ONLY" : "READ WRITE")"
    }
}
