import Foundation
public import Judgement
import Postgres

/// An alert occurrence as kept in `yotqa.alerts`: its row id and its state.
public struct StoredAlert: Sendable, Equatable {
    public var alertID: Int
    public var record: AlertRecord
}

extension StoredAlert {
    static let columns = """
        alert_id, service_id, indicator, kind, occurrence, state, severity, cause, held_cycles, clear_cycles,
        since, fired_at, acknowledged_by, acknowledged_at, acknowledgement_note, resolved_at,
        suppressed_by_silence, suppressed_by_stale_data
        """

    init(row: PostgresRow) throws(PostgresError) {
        func parse<T: RawRepresentable<String>>(_ column: String, _: T.Type) throws(PostgresError) -> T {
            let text = try row.decode(String.self, column)
            guard let value = T(rawValue: text) else {
                throw PostgresError(.decoding, "unknown \(column) \"\(text)\" in yotqa.alerts")
            }
            return value
        }
        var acknowledgement: AlertRecord.Acknowledgement?
        if let by = try row.decode(String?.self, "acknowledged_by"),
            let at = try row.decode(Date?.self, "acknowledged_at")
        {
            acknowledgement = AlertRecord.Acknowledgement(
                by: by, at: at, note: try row.decode(String?.self, "acknowledgement_note") ?? "")
        }
        var suppression: Suppression?
        if let silence = try row.decode(Int?.self, "suppressed_by_silence") {
            suppression = .silence(id: silence)
        } else if try row.decode(Bool.self, "suppressed_by_stale_data") {
            suppression = .staleData
        }
        self.init(
            alertID: try row.decode(Int.self, "alert_id"),
            record: AlertRecord(
                identity: AlertIdentity(
                    service: try row.decode(String?.self, "service_id"),
                    indicator: try row.decode(String?.self, "indicator"), kind: try parse("kind", AlertKind.self)),
                occurrence: try row.decode(Int.self, "occurrence"), state: try parse("state", AlertState.self),
                severity: try parse("severity", Severity.self), cause: try row.decode(String.self, "cause"),
                heldCycles: try row.decode(Int.self, "held_cycles"),
                clearCycles: try row.decode(Int.self, "clear_cycles"),
                since: try row.decode(Date.self, "since"), firedAt: try row.decode(Date?.self, "fired_at"),
                acknowledgement: acknowledgement, resolvedAt: try row.decode(Date?.self, "resolved_at"),
                suppression: suppression))
    }

    /// The record's columns after `alert_id`, in `columns` order, as statement parameters.
    static func parameters(_ record: AlertRecord) -> [(any PostgresEncodable)?] {
        var silence: Int?
        if case .silence(let id) = record.suppression { silence = id }
        return [
            record.identity.service, record.identity.indicator, record.identity.kind.rawValue, record.occurrence,
            record.state.rawValue, record.severity.rawValue, record.cause, record.heldCycles, record.clearCycles,
            record.since, record.firedAt, record.acknowledgement?.by, record.acknowledgement?.at,
            record.acknowledgement?.note, record.resolvedAt, silence, record.suppression == .staleData,
        ]
    }
}
