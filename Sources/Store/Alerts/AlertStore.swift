public import Foundation
public import Judgement
public import Postgres

/// Alert state in schema yotqa: occurrences, their events, and silences.
public enum AlertStore {
    /// The open occurrences (pending, firing, acknowledged), locked until the caller's transaction
    /// ends, so an acknowledgement made meanwhile is never overwritten by a cycle.
    static func lockOpen(_ session: PostgresSession) throws(PostgresError) -> [StoredAlert] {
        try session.query("SELECT \(StoredAlert.columns) FROM yotqa.alerts WHERE state <> 'resolved' FOR UPDATE")
            .map { row throws(PostgresError) in try StoredAlert(row: row) }
    }

    /// The highest occurrence of every alert that has ever been recorded.
    static func lastOccurrences(_ session: PostgresSession) throws(PostgresError) -> [AlertIdentity: Int] {
        var result: [AlertIdentity: Int] = [:]
        let rows = try session.query(
            "SELECT service_id, indicator, kind, max(occurrence) AS occurrence FROM yotqa.alerts GROUP BY 1, 2, 3")
        for row in rows {
            guard let kind = AlertKind(rawValue: try row.decode(String.self, "kind")) else { continue }
            let identity = AlertIdentity(
                service: try row.decode(String?.self, "service_id"),
                indicator: try row.decode(String?.self, "indicator"),
                kind: kind)
            result[identity] = try row.decode(Int.self, "occurrence")
        }
        return result
    }

    /// Writes one cycle's step: updates the occurrences it touched, inserts the new ones, forgets
    /// the dropped pending ones, and records the events against `cycleID`. Returns the id of every
    /// occurrence it kept.
    @discardableResult
    static func apply(
        _ step: AlertMachine.Step, existing: [StoredAlert], cycleID: Int?, session: PostgresSession
    ) throws(PostgresError) -> [AlertIdentity: Int] {
        var ids = Dictionary(existing.map { ($0.record.identity, $0.alertID) }, uniquingKeysWith: { first, _ in first })
        for identity in step.dropped {
            guard let id = ids[identity] else { continue }
            try session.query("DELETE FROM yotqa.alerts WHERE alert_id = $1 AND state = 'pending'", id)
        }
        var updates: [(id: Int, parameters: [(any PostgresEncodable)?])] = []
        for record in step.records {
            let parameters = StoredAlert.parameters(record) + [cycleID]
            if let id = ids[record.identity] {
                updates.append((id, parameters))
            } else {
                let rows = try session.query(
                    """
                    INSERT INTO yotqa.alerts (service_id, indicator, kind, occurrence, state, severity, cause,
                        held_cycles, clear_cycles, since, fired_at, acknowledged_by, acknowledged_at,
                        acknowledgement_note, resolved_at, suppressed_by_silence, suppressed_by_stale_data, cycle_id)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
                    RETURNING alert_id
                    """, parameters: parameters)
                ids[record.identity] = try rows[0].decode(Int.self, 0)
            }
        }
        try update(updates, session: session)
        for event in step.events {
            guard let id = ids[event.identity] else { continue }
            try insert(event, alertID: id, cycleID: cycleID, session: session)
        }
        return ids
    }

    /// The columns `StoredAlert.parameters` gives values for, then the cycle's id.
    static let writtenColumns = [
        "service_id", "indicator", "kind", "occurrence", "state", "severity", "cause", "held_cycles", "clear_cycles",
        "since", "fired_at", "acknowledged_by", "acknowledged_at", "acknowledgement_note", "resolved_at",
        "suppressed_by_silence", "suppressed_by_stale_data", "cycle_id",
    ]

    /// Rewrites the occurrences `rows` name, in one statement: a cycle moves every open alert's
    /// counts (860 nationally), and a statement each was half of a cycle on unchanged data.
    /// The rows travel as one JSON array of objects holding each value's text, read back with the
    /// table's own row type, so every value is parsed as its column's type, as a parameter is.
    static func update(
        _ rows: [(id: Int, parameters: [(any PostgresEncodable)?])], session: PostgresSession
    ) throws(PostgresError) {
        guard !rows.isEmpty else { return }
        let objects: [[String: String?]] = rows.map { row in
            assert(row.parameters.count == writtenColumns.count, "a value for each of writtenColumns")
            var object: [String: String?] = ["alert_id": String(row.id)]
            for (column, value) in zip(writtenColumns, row.parameters) { object[column] = .some(value?.postgresText) }
            return object
        }
        let json: String
        do {
            json = String(decoding: try JSONEncoder().encode(objects), as: UTF8.self)
        } catch {
            throw PostgresError(.usage, "the alerts to update could not be written as JSON: \(error)")
        }
        let columns = writtenColumns.joined(separator: ", ")
        let values = writtenColumns.map { "u.\($0)" }.joined(separator: ", ")
        try session.query(
            """
            UPDATE yotqa.alerts AS a SET (\(columns)) = (\(values))
            FROM jsonb_populate_recordset(NULL::yotqa.alerts, $1::jsonb) AS u
            WHERE a.alert_id = u.alert_id
            """, json)
    }

    static func insert(_ event: AlertEvent, alertID: Int, cycleID: Int?, session: PostgresSession) throws(PostgresError)
    {
        try session.query(
            """
            INSERT INTO yotqa.alert_events (alert_id, at, cycle_id, change, state, cause, actor)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """, alertID, event.at, cycleID, event.change.rawValue, event.state.rawValue, event.cause, event.actor)
    }

    /// Acknowledges a firing alert in one transaction, with the row locked against a cycle.
    /// Throws `AlertActionError` when the alert does not exist or is not firing.
    public static func acknowledge(
        alertID: Int, by person: String, note: String, on connection: PostgresConnection, at now: Date = Date()
    ) async throws -> StoredAlert {
        try await connection.transaction { session in
            let rows = try session.query(
                "SELECT \(StoredAlert.columns) FROM yotqa.alerts WHERE alert_id = $1 FOR UPDATE", alertID)
            guard let row = rows.first else { throw AlertActionError("no alert \(alertID)") }
            let stored = try StoredAlert(row: row)
            let (record, event) = try AlertMachine.acknowledge(stored.record, by: person, note: note, at: now)
            try apply(
                AlertMachine.Step(records: [record], events: [event], dropped: []), existing: [stored], cycleID: nil,
                session: session)
            try Coordination.announceAlerts(session: session)
            return StoredAlert(alertID: stored.alertID, record: record)
        }
    }
}
