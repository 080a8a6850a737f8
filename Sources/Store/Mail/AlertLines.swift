import Foundation
import Indicators
import Judgement
import Mail
import Postgres

/// Alerts as the digest lists them: the service's name and the indicator's title, the cause as
/// the alert keeps it (a failed query's database message left out), and who acknowledged but not
/// their note, which is free text that could name a child.
struct AlertLines {
    let titles: [String: String]
    let names: [String: String]

    init(catalogue: Catalogue, names: [String: String]) {
        titles = Dictionary(catalogue.definitions.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        self.names = names
    }

    /// Alerts fired, acknowledged or resolved after `since` (all, when nil) up to `until`, oldest
    /// first; `state` says which of the three happened.
    func events(since: Date?, until: Date, on connection: PostgresConnection) async throws -> [DigestFacts.AlertLine] {
        try await connection.query(
            """
            SELECT e.alert_id, e.change, e.at, e.cause, e.actor, a.service_id, a.indicator, a.kind, a.severity
            FROM yotqa.alert_events AS e JOIN yotqa.alerts AS a USING (alert_id)
            WHERE e.change IN ('fired', 'acknowledged', 'resolved') AND ($1::timestamptz IS NULL OR e.at > $1)
              AND e.at <= $2
            ORDER BY e.at, e.event_id
            """, since, until
        ).map { row throws(PostgresError) in
            try line(row, at: try row.decode(Date.self, "at"), state: try row.decode(String.self, "change"))
        }
    }

    /// Alerts firing or acknowledged now: critical first, then the longest open.
    func open(on connection: PostgresConnection) async throws -> [DigestFacts.AlertLine] {
        try await connection.query(
            """
            SELECT alert_id, state, fired_at, cause, acknowledged_by AS actor, service_id, indicator, kind, severity
            FROM yotqa.alerts WHERE state IN ('firing', 'acknowledged')
            ORDER BY severity = 'critical' DESC, fired_at, alert_id
            """
        ).map { row throws(PostgresError) in
            try line(row, at: try row.decode(Date.self, "fired_at"), state: try row.decode(String.self, "state"))
        }
    }

    func line(_ row: PostgresRow, at: Date, state: String) throws(PostgresError) -> DigestFacts.AlertLine {
        let kind = try row.decode(String.self, "kind")
        let service = try row.decode(String?.self, "service_id")
        let indicator = try row.decode(String?.self, "indicator")
        let cause =
            kind == AlertKind.computeFailed.rawValue
            ? "the indicator's query failed (the database's message is in GET /v1/cycles)"
            : try row.decode(String.self, "cause")
        return DigestFacts.AlertLine(
            alertID: try row.decode(Int.self, "alert_id"), severity: try row.decode(String.self, "severity"),
            kind: kind, serviceName: service.map { names[$0] ?? $0 },
            indicatorTitle: indicator.map { titles[$0] ?? $0 },
            cause: cause, at: at, state: state,
            by: state == "acknowledged" ? try row.decode(String?.self, "actor") : nil, note: nil)
    }
}
