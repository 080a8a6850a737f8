public import Foundation
public import Postgres

/// One row of `yotqa.audit_log`: somebody's action through the API.
public struct AuditEntry: Sendable, Equatable {
    public var id: Int
    public var at: Date
    /// The API token's name.
    public var actor: String
    /// acknowledge, silence_create, silence_end, drill_down, cycle_trigger, …
    public var action: String
    /// What it acted on, e.g. "alert 12" or "silence 3".
    public var target: String
    /// Free text; empty when there is nothing more to say.
    public var detail: String

    public init(id: Int, at: Date, actor: String, action: String, target: String, detail: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.target = target
        self.detail = detail
    }
}

/// The audit log of people's actions, kept in `yotqa.audit_log` and only ever appended to.
public enum AuditLog {
    /// Appends an entry, dated by the database's clock (the transaction's start when `connection`
    /// is inside one).
    public static func write(
        actor: String, action: String, target: String, detail: String = "", on connection: PostgresConnection
    ) async throws {
        try await connection.query(
            "INSERT INTO yotqa.audit_log (actor, action, target, detail) VALUES ($1, $2, $3, $4)",
            actor, action, target, detail)
    }

    /// The latest `limit` entries, newest first.
    public static func recent(limit: Int, on connection: PostgresConnection) async throws -> [AuditEntry] {
        try await connection.query(
            """
            SELECT audit_id, at, actor, action, target, detail FROM yotqa.audit_log
            ORDER BY at DESC, audit_id DESC LIMIT $1
            """, max(limit, 0)
        ).map { row throws(PostgresError) in
            AuditEntry(
                id: try row.decode(Int.self, "audit_id"), at: try row.decode(Date.self, "at"),
                actor: try row.decode(String.self, "actor"), action: try row.decode(String.self, "action"),
                target: try row.decode(String.self, "target"), detail: try row.decode(String.self, "detail"))
        }
    }
}
