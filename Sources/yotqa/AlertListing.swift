import Foundation
import Judgement
import Store

/// Alerts for a terminal (a table) or for scripts (one JSON object per line).
enum AlertListing {
    static func table(_ alerts: [StoredAlert]) -> String {
        guard !alerts.isEmpty else { return "no alerts\n" }
        let rows = alerts.map { alert -> [String] in
            let record = alert.record
            var state = record.state.rawValue
            if let suppression = record.suppression { state += " (held back: \(suppression))" }
            return [
                String(alert.alertID), record.identity.description, String(record.occurrence), state,
                record.severity.rawValue, timestamp(record.since), record.cause,
            ]
        }
        return ResultTable.layout(
            [["id", "alert", "occurrence", "state", "severity", "since", "cause"]] + rows, numeric: [0, 2])
    }

    static func json(_ alert: StoredAlert) throws -> String {
        let record = alert.record
        let object: [String: Any] = [
            "alert_id": alert.alertID, "service_id": record.identity.service ?? NSNull(),
            "indicator": record.identity.indicator ?? NSNull(), "kind": record.identity.kind.rawValue,
            "occurrence": record.occurrence, "state": record.state.rawValue, "severity": record.severity.rawValue,
            "since": timestamp(record.since), "cause": record.cause,
            "fired_at": record.firedAt.map(timestamp) ?? NSNull(),
            "acknowledged_by": record.acknowledgement?.by ?? NSNull(),
            "acknowledged_at": record.acknowledgement.map { timestamp($0.at) } ?? NSNull(),
            "acknowledgement_note": record.acknowledgement?.note ?? NSNull(),
            "resolved_at": record.resolvedAt.map(timestamp) ?? NSNull(),
            "held_back_by": record.suppression.map(\.description) ?? NSNull(),
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    static func line(_ event: AlertEvent, format json: Bool) -> String {
        guard json else {
            let actor = event.actor.map { " by \($0)" } ?? ""
            return "\(timestamp(event.at))  \(event.change.rawValue)\(actor) → \(event.state.rawValue): \(event.cause)"
        }
        let object: [String: Any] = [
            "at": timestamp(event.at), "change": event.change.rawValue, "state": event.state.rawValue,
            "cause": event.cause, "actor": event.actor ?? NSNull(),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// ISO 8601 in UTC, to the second.
    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
