public import Foundation
public import Postgres

/// One try at delivering an outbox message (a row of `yotqa.deliveries`), with the message it was for.
public struct DeliveryAttempt: Sendable, Equatable {
    public var deliveryID: Int
    public var messageID: Int
    /// The message's Message-ID header.
    public var headerMessageID: String
    /// alert, reminder, escalation, resolved, digest, delivery_failure or test.
    public var kind: String
    /// nil for a message about no one alert (a digest, a test).
    public var alertID: Int?
    public var recipients: [String]
    public var subject: String
    public var attemptedAt: Date
    /// sent, retry (a temporary failure: the message stays pending) or failed (given up on).
    public var outcome: String
    /// The SMTP server's reply; empty when there was none.
    public var reply: String
    /// The message's state now (pending, sent or failed), which a later attempt may have changed.
    public var messageState: String

    public init(
        deliveryID: Int, messageID: Int, headerMessageID: String, kind: String, alertID: Int?, recipients: [String],
        subject: String, attemptedAt: Date, outcome: String, reply: String, messageState: String
    ) {
        self.deliveryID = deliveryID
        self.messageID = messageID
        self.headerMessageID = headerMessageID
        self.kind = kind
        self.alertID = alertID
        self.recipients = recipients
        self.subject = subject
        self.attemptedAt = attemptedAt
        self.outcome = outcome
        self.reply = reply
        self.messageState = messageState
    }
}

/// Reading the email outbox's delivery history (`yotqa.deliveries` joined to `yotqa.outbox`).
public enum DeliveryLog {
    /// The latest `limit` delivery attempts, newest first.
    public static func recent(limit: Int, on connection: PostgresConnection) async throws -> [DeliveryAttempt] {
        // The wrapper decodes no arrays: recipients come as a JSON array of strings.
        try await connection.query(
            """
            SELECT d.delivery_id, d.message_id, o.header_message_id, o.kind, o.alert_id,
                   array_to_json(o.recipients)::text AS recipients, o.subject, d.attempted_at, d.outcome,
                   d.smtp_reply, o.state
            FROM yotqa.deliveries AS d JOIN yotqa.outbox AS o USING (message_id)
            ORDER BY d.attempted_at DESC, d.delivery_id DESC LIMIT $1
            """, max(limit, 0)
        ).map { row throws(PostgresError) in
            DeliveryAttempt(
                deliveryID: try row.decode(Int.self, "delivery_id"), messageID: try row.decode(Int.self, "message_id"),
                headerMessageID: try row.decode(String.self, "header_message_id"),
                kind: try row.decode(String.self, "kind"), alertID: try row.decode(Int?.self, "alert_id"),
                recipients: try Self.recipients(try row.decode(String.self, "recipients")),
                subject: try row.decode(String.self, "subject"), attemptedAt: try row.decode(Date.self, "attempted_at"),
                outcome: try row.decode(String.self, "outcome"), reply: try row.decode(String.self, "smtp_reply"),
                messageState: try row.decode(String.self, "state"))
        }
    }

    /// How many outbox messages have been sent, and how many given up on (pending ones count in neither).
    public static func totals(on connection: PostgresConnection) async throws -> (sent: Int, failed: Int) {
        let rows = try await connection.query(
            """
            SELECT count(*) FILTER (WHERE state = 'sent') AS sent, count(*) FILTER (WHERE state = 'failed') AS failed
            FROM yotqa.outbox
            """)
        return (try rows[0].decode(Int.self, "sent"), try rows[0].decode(Int.self, "failed"))
    }

    /// A JSON array of strings, as `array_to_json` writes a `text[]`.
    static func recipients(_ json: String) throws(PostgresError) -> [String] {
        do {
            return try JSONDecoder().decode([String].self, from: Data(json.utf8))
        } catch {
            throw PostgresError(.decoding, "recipients in yotqa.outbox are not a JSON array of strings: \(json)")
        }
    }
}
