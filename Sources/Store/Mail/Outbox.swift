public import Foundation
public import Mail
public import Postgres

/// What an outbox message is for (`yotqa.outbox.kind`).
public enum MessageKind: String, Sendable, CaseIterable {
    case alert
    case reminder
    case escalation
    case resolved
    case digest
    case deliveryFailure = "delivery_failure"
    case test
}

/// A message claimed for delivery: it stays pending, out of other senders' reach until its lease
/// runs out.
public struct ClaimedMessage: Sendable, Equatable {
    public var messageID: Int
    public var headerMessageID: String
    public var kind: String
    public var alertID: Int?
    public var recipients: [String]
    public var subject: String
    public var message: String
    /// Tries so far, this one included.
    public var attempts: Int
}

/// The email outbox (`yotqa.outbox`): every message is written here, in the transaction of the
/// change that caused it, before anything tries to send it.
public enum Outbox {
    /// Adds `message`, unless a message with its Message-ID is already there (so causing the same
    /// message twice sends it once). True when it was added.
    @discardableResult
    public static func enqueue(
        _ message: MailMessage, kind: MessageKind, alertID: Int?, at now: Date, session: PostgresSession
    ) throws(PostgresError) -> Bool {
        let recipients = message.envelopeRecipients
        guard !recipients.isEmpty else { return false }
        let rows = try session.query(
            """
            INSERT INTO yotqa.outbox (header_message_id, alert_id, kind, recipients, subject, message, created_at,
                                      next_attempt_at)
            SELECT $1, $2, $3, ARRAY(SELECT json_array_elements_text($4::json)), $5, $6, $7, $7
            ON CONFLICT (header_message_id) DO NOTHING
            RETURNING message_id
            """, message.messageID, alertID, kind.rawValue, Self.json(recipients), message.content.subject,
            message.rendered(), now)
        return !rows.isEmpty
    }

    /// Claims up to `limit` pending messages that are due at `now`, oldest first, by moving their
    /// next try `lease` ahead and counting the try, in a transaction of its own. A message whose
    /// sender dies is tried again when the lease runs out; one another sender holds is skipped.
    public static func claimDue(
        limit: Int, lease: Duration, at now: Date, on connection: PostgresConnection
    ) async throws -> [ClaimedMessage] {
        try await connection.transaction { session in
            try session.query(
                """
                WITH due AS (
                    SELECT message_id FROM yotqa.outbox
                    WHERE state = 'pending' AND next_attempt_at <= $1
                    ORDER BY next_attempt_at, message_id LIMIT $2
                    FOR UPDATE SKIP LOCKED)
                UPDATE yotqa.outbox AS o
                SET attempts = o.attempts + 1, next_attempt_at = $1 + make_interval(secs => $3)
                FROM due WHERE o.message_id = due.message_id
                RETURNING o.message_id, o.header_message_id, o.kind, o.alert_id,
                          array_to_json(o.recipients)::text AS recipients, o.subject, o.message, o.attempts
                """, now, limit, lease.seconds
            ).map { row throws(PostgresError) in
                ClaimedMessage(
                    messageID: try row.decode(Int.self, "message_id"),
                    headerMessageID: try row.decode(String.self, "header_message_id"),
                    kind: try row.decode(String.self, "kind"), alertID: try row.decode(Int?.self, "alert_id"),
                    recipients: try DeliveryLog.recipients(try row.decode(String.self, "recipients")),
                    subject: try row.decode(String.self, "subject"), message: try row.decode(String.self, "message"),
                    attempts: try row.decode(Int.self, "attempts"))
            }.sorted { $0.messageID < $1.messageID }
        }
    }

    /// What became of one try, as the delivery log and the message's state record it.
    public enum Result: String, Sendable {
        case sent
        case retry
        case failed
    }

    /// Records one try: a row of `yotqa.deliveries` with the server's reply, and the message sent,
    /// due again after its back-off, or given up on. The message changes only if this try still
    /// holds it (pending, with the tries counted at its claim); false when another sender claimed
    /// it after the lease ran out, and the try is logged alone.
    static func record(
        _ claimed: ClaimedMessage, result: Result, reply: String, retryAt: Date?, at now: Date, session: PostgresSession
    ) throws(PostgresError) -> Bool {
        try session.query(
            "INSERT INTO yotqa.deliveries (message_id, attempted_at, outcome, smtp_reply) VALUES ($1, $2, $3, $4)",
            claimed.messageID, now, result.rawValue, reply)
        let change =
            switch result {
            case .sent: "state = 'sent', sent_at = $3"
            case .retry: "next_attempt_at = $4"
            case .failed: "state = 'failed'"
            }
        return try !session.query(
            """
            UPDATE yotqa.outbox SET \(change), last_reply = $5
            WHERE message_id = $1 AND state = 'pending' AND attempts = $2 RETURNING message_id
            """, claimed.messageID, claimed.attempts, now, retryAt ?? now, reply
        ).isEmpty
    }

    /// Puts messages that were given up on back in the queue, due now, with their tries counted
    /// afresh: after the relay is fixed. `messageID` nil: every failed message. Returns how many.
    public static func requeueFailed(messageID: Int?, at now: Date, on connection: PostgresConnection) async throws
        -> Int
    {
        try await connection.query(
            """
            UPDATE yotqa.outbox SET state = 'pending', attempts = 0, next_attempt_at = $1
            WHERE state = 'failed' AND ($2::bigint IS NULL OR message_id = $2) RETURNING message_id
            """, now, messageID
        ).count
    }

    /// A JSON array of strings, for a `text[]` parameter (the wrapper sends no arrays).
    static func json(_ strings: [String]) -> String {
        let data = (try? JSONEncoder().encode(strings)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

extension Outbox {
    /// A message's state (pending, sent or failed) and the server's last reply.
    public static func state(headerMessageID: String, on connection: PostgresConnection) async throws
        -> (state: String, reply: String?)
    {
        let rows = try await connection.query(
            "SELECT state, last_reply FROM yotqa.outbox WHERE header_message_id = $1", headerMessageID)
        guard let row = rows.first else { return ("missing", nil) }
        return (try row.decode(String.self, "state"), try row.decode(String?.self, "last_reply"))
    }
}

extension Outbox {
    /// How many messages are in each state.
    public static func counts(on connection: PostgresConnection) async throws -> (pending: Int, sent: Int, failed: Int)
    {
        let row = try await connection.query(
            """
            SELECT count(*) FILTER (WHERE state = 'pending') AS pending, count(*) FILTER (WHERE state = 'sent') AS sent,
                   count(*) FILTER (WHERE state = 'failed') AS failed
            FROM yotqa.outbox
            """)[0]
        return (
            try row.decode(Int.self, "pending"), try row.decode(Int.self, "sent"), try row.decode(Int.self, "failed")
        )
    }
}
