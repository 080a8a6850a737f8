import Foundation
import Judgement
import Postgres

/// Email that could not be delivered raises an alert of its own (kind delivery_failed), so that
/// somebody finds out that the people an alert was for were not told. It is raised at once, in the
/// transaction that gives a message up, and then kept by each cycle for as long as no message
/// has been delivered since the last one given up on.
enum DeliveryFailure {
    static let identity = AlertIdentity(service: nil, indicator: nil, kind: .deliveryFailed)

    /// The condition that holds while messages given up on have not been followed by a delivery.
    static func condition(_ session: PostgresSession) throws(PostgresError) -> AlertCondition? {
        let rows = try session.query(
            """
            WITH last_sent AS (
                SELECT coalesce(max(attempted_at), '-infinity') AS at FROM yotqa.deliveries WHERE outcome = 'sent')
            SELECT count(*) AS failed,
                   (SELECT smtp_reply FROM yotqa.deliveries WHERE outcome = 'failed'
                    ORDER BY attempted_at DESC, delivery_id DESC LIMIT 1) AS reply
            FROM yotqa.deliveries AS d, last_sent WHERE d.outcome = 'failed' AND d.attempted_at > last_sent.at
            """)
        let failed = try rows[0].decode(Int.self, "failed")
        guard failed > 0 else { return nil }
        let reply = try rows[0].decode(String?.self, "reply") ?? ""
        let messages = failed == 1 ? "1 email message was" : "\(failed) email messages were"
        return AlertCondition(
            identity: identity, severity: .critical,
            cause:
                "\(messages) given up on since the last one delivered; the last reply: \(reply.isEmpty ? "none" : reply)"
        )
    }

    /// Raises the alert, firing at once, unless one is open already; returns the occurrence it raised.
    static func raise(at now: Date, session: PostgresSession) throws(PostgresError) -> (AlertRecord, Int)? {
        // A cycle never judges this alert from a condition read before this commits.
        try Coordination.lockWrites(session)
        let open = try session.query(
            """
            SELECT \(StoredAlert.columns) FROM yotqa.alerts
            WHERE kind = 'delivery_failed' AND state <> 'resolved' FOR UPDATE
            """)
        guard open.isEmpty, let condition = try condition(session) else { return nil }
        let occurrence = (try AlertStore.lastOccurrences(session)[identity] ?? 0) + 1
        let record = AlertRecord(
            identity: identity, occurrence: occurrence, state: .firing, severity: condition.severity,
            cause: condition.cause, heldCycles: 1, clearCycles: 0, since: now, firedAt: now)
        let event = AlertEvent(
            identity: identity, occurrence: occurrence, change: .fired, state: .firing, at: now, cause: condition.cause)
        let ids = try AlertStore.apply(
            AlertMachine.Step(records: [record], events: [event], dropped: []), existing: [], cycleID: nil,
            session: session)
        guard let id = ids[identity] else { return nil }
        return (record, id)
    }
}
