public import Foundation
public import Judgement
public import Postgres

extension AlertStore {
    /// Fired alerts (pending ones are not alerts yet), newest first; optionally of one state.
    public static func list(state: AlertState? = nil, on connection: PostgresConnection) async throws -> [StoredAlert] {
        try await connection.query(
            """
            SELECT \(StoredAlert.columns) FROM yotqa.alerts
            WHERE state <> 'pending' AND ($1::text IS NULL OR state = $1::text)
            ORDER BY since DESC, alert_id DESC
            """, state?.rawValue
        ).map { row throws(PostgresError) in try StoredAlert(row: row) }
    }

    /// One fired alert by its id, in any state since; nil when there is none or it is still
    /// pending (as `list` leaves pending ones out).
    public static func alert(id: Int, on connection: PostgresConnection) async throws -> StoredAlert? {
        let rows = try await connection.query(
            "SELECT \(StoredAlert.columns) FROM yotqa.alerts WHERE alert_id = $1 AND state <> 'pending'", id)
        return try rows.first.map { row throws(PostgresError) in try StoredAlert(row: row) }
    }

    /// One alert's events, oldest first.
    public static func history(alertID: Int, on connection: PostgresConnection) async throws -> [AlertEvent] {
        let alert = try await connection.query(
            "SELECT \(StoredAlert.columns) FROM yotqa.alerts WHERE alert_id = $1", alertID)
        guard let row = alert.first else { return [] }
        let record = try StoredAlert(row: row).record
        let rows = try await connection.query(
            "SELECT at, change, state, cause, actor FROM yotqa.alert_events WHERE alert_id = $1 ORDER BY event_id",
            alertID)
        return try rows.map { row throws(PostgresError) in
            guard let change = AlertEvent.Change(rawValue: try row.decode(String.self, "change")),
                let state = AlertState(rawValue: try row.decode(String.self, "state"))
            else { throw PostgresError(.decoding, "unknown change or state in yotqa.alert_events") }
            return AlertEvent(
                identity: record.identity, occurrence: record.occurrence, change: change, state: state,
                at: try row.decode(Date.self, "at"), cause: try row.decode(String.self, "cause"),
                actor: try row.decode(String?.self, "actor"))
        }
    }

    /// The silences in force at `time` (not ended early, started, not yet over).
    static func silences(at time: Date, session: PostgresSession) throws(PostgresError) -> [Silence] {
        try session.query(
            """
            SELECT silence_id, service_id, indicator, reason, author, starts_at, ends_at FROM yotqa.silences
            WHERE ended_at IS NULL AND starts_at <= $1 AND ends_at > $1 ORDER BY silence_id
            """, time
        ).map { row throws(PostgresError) in try Silence(row: row) }
    }

    /// The silences in force at `time` or due to start after it, newest first; with
    /// `includingEnded`, also those ended early or run to their end by then.
    public static func silenceList(
        includingEnded: Bool, at time: Date = Date(), on connection: PostgresConnection
    ) async throws -> [SilenceRecord] {
        try await connection.query(
            """
            SELECT \(SilenceRecord.columns) FROM yotqa.silences
            WHERE $1::boolean OR (ended_at IS NULL AND ends_at > $2) ORDER BY silence_id DESC
            """, includingEnded, time
        ).map { row throws(PostgresError) in try SilenceRecord(row: row) }
    }

    /// One silence, ended or not; nil when there is none with this id.
    public static func silence(id: Int, on connection: PostgresConnection) async throws -> SilenceRecord? {
        try await connection.query("SELECT \(SilenceRecord.columns) FROM yotqa.silences WHERE silence_id = $1", id)
            .first.map { row throws(PostgresError) in try SilenceRecord(row: row) }
    }

    /// The silences in force now.
    public static func silences(at time: Date, on connection: PostgresConnection) async throws -> [Silence] {
        try await connection.withSession { session in try silences(at: time, session: session) }
    }

    /// Adds a silence; it takes effect at the next cycle.
    public static func createSilence(
        service: String?, indicator: String?, reason: String, author: String, startsAt: Date = Date(), endsAt: Date,
        on connection: PostgresConnection
    ) async throws -> Int {
        guard service != nil || indicator != nil else {
            throw AlertActionError("a silence needs a service, an indicator, or both")
        }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw AlertActionError("a silence needs a reason")
        }
        guard endsAt > startsAt else { throw AlertActionError("a silence must end after it starts") }
        let rows = try await connection.query(
            """
            INSERT INTO yotqa.silences (service_id, indicator, reason, author, starts_at, ends_at)
            VALUES ($1, $2, $3, $4, $5, $6) RETURNING silence_id
            """, service, indicator, reason, author, startsAt, endsAt)
        return try rows[0].decode(Int.self, 0)
    }

    /// Ends a silence early; false when there is no such silence in force.
    public static func endSilence(
        _ id: Int, by person: String, on connection: PostgresConnection, at now: Date = Date()
    ) async throws -> Bool {
        let rows = try await connection.query(
            """
            UPDATE yotqa.silences SET ended_at = $2, ended_by = $3
            WHERE silence_id = $1 AND ended_at IS NULL AND ends_at > $2
            """, id, now, person)
        return (rows.affectedRows ?? 0) > 0
    }
}
