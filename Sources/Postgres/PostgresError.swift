/// Every failure of the Postgres module. A server error carries its SQLSTATE, so callers can tell a
/// unique violation (`23505`) from a timeout (`57014`) without parsing messages.
public struct PostgresError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The connection could not be made (host unreachable, authentication, …).
        case connectionFailed
        /// The connection broke while a statement was under way; the statement's effect is unknown
        /// unless the server said otherwise. The next call reconnects.
        case connectionLost
        /// The server rejected the statement; `sqlState` says why.
        case server
        /// A value could not be decoded as the Swift type asked for.
        case decoding
        /// The caller asked for something the connection cannot do in its state.
        case usage
        /// `PostgresConnection.abandon()` was called: the statement it cancelled, and every later
        /// one, fail with this kind, so a caller that carries on after a failed statement stops at
        /// its next one instead of running the rest of its work.
        case abandoned
    }

    public var kind: Kind
    public var message: String
    /// The five-character SQLSTATE for server errors (`42P01` for an undefined table, …).
    public var sqlState: String?
    public var detail: String?
    public var hint: String?
    /// The first line of the statement, for context. Never holds parameter values.
    public var statement: String?

    public init(
        _ kind: Kind, _ message: String, sqlState: String? = nil, detail: String? = nil, hint: String? = nil,
        statement: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.sqlState = sqlState
        self.detail = detail
        self.hint = hint
        self.statement = statement
    }

    public var description: String {
        var text = message
        if let sqlState { text = "\(text) (SQLSTATE \(sqlState))" }
        if let detail { text += "; detail: \(detail)" }
        if let hint { text += "; hint: \(hint)" }
        return text
    }

    /// What a statement on an abandoned connection throws. `statement` is the first line of the
    /// statement refused or cancelled, for context.
    static func abandoned(statement: String? = nil, sqlState: String? = nil, detail: String? = nil) -> PostgresError {
        PostgresError(
            .abandoned, "the connection was abandoned (the daemon is stopping)", sqlState: sqlState, detail: detail,
            statement: statement)
    }

    /// True for SQLSTATE class 57P (the server shut the session down). When that happens outside a
    /// transaction, the statement did not commit, so it is safe to run it again on a new session.
    var isAdministrativeShutdown: Bool {
        sqlState?.hasPrefix("57P") == true
    }
}
