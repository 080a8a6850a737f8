import Foundation
import Postgres
import Store
import Testing

@Suite struct DeliveryLogTests {
    /// Three messages: one sent at the second try, one given up on, one still pending, never tried.
    static let fixture = """
        INSERT INTO yotqa.alerts (service_id, indicator, kind, occurrence, state, severity, cause, held_cycles,
                                  clear_cycles, since, fired_at)
        VALUES ('S1', 'court_reports_timely', 'threshold', 1, 'firing', 'critical', '66.7% < 75%', 2, 0,
                '2026-07-01 09:00+00', '2026-07-01 09:00+00');
        INSERT INTO yotqa.outbox (header_message_id, alert_id, kind, recipients, subject, message, state, attempts,
                                  sent_at)
        VALUES ('<1@yotqa>', (SELECT min(alert_id) FROM yotqa.alerts), 'alert',
                ARRAY['a@example.org', 'b, "c"@example.org'], 'Red: court reports', 'From: x', 'sent', 2,
                '2026-07-01 09:06+00'),
               ('<2@yotqa>', NULL, 'digest', ARRAY['d@example.org'], 'Daily digest', 'From: x', 'failed', 1, NULL),
               ('<3@yotqa>', NULL, 'test', ARRAY[]::text[], 'Test', 'From: x', 'pending', 0, NULL);
        INSERT INTO yotqa.deliveries (message_id, attempted_at, outcome, smtp_reply) VALUES
          ((SELECT message_id FROM yotqa.outbox WHERE header_message_id = '<1@yotqa>'), '2026-07-01 09:01+00',
           'retry', '451 4.3.0 try later'),
          ((SELECT message_id FROM yotqa.outbox WHERE header_message_id = '<1@yotqa>'), '2026-07-01 09:06+00',
           'sent', '250 2.0.0 OK'),
          ((SELECT message_id FROM yotqa.outbox WHERE header_message_id = '<2@yotqa>'), '2026-07-01 09:03+00',
           'failed', '550 5.1.1 no such user');
        """

    @Test func attemptsAreListedNewestFirstWithTheirMessages() async throws {
        try await withSchemas("deliveries") { connection in
            #expect(try await DeliveryLog.recent(limit: 10, on: connection).isEmpty)
            try await connection.withSession { session in try session.runScript(Self.fixture) }
            let alertID = try await connection.query("SELECT alert_id FROM yotqa.alerts")[0].decode(Int.self, 0)

            let attempts = try await DeliveryLog.recent(limit: 10, on: connection)
            #expect(attempts.map(\.outcome) == ["sent", "failed", "retry"])
            #expect(attempts.map(\.headerMessageID) == ["<1@yotqa>", "<2@yotqa>", "<1@yotqa>"])
            let sent = attempts[0]
            #expect(sent.kind == "alert")
            #expect(sent.alertID == alertID)
            #expect(sent.recipients == ["a@example.org", "b, \"c\"@example.org"])
            #expect(sent.subject == "Red: court reports")
            #expect(sent.attemptedAt == Date(timeIntervalSince1970: 1_782_896_760))
            #expect(sent.reply == "250 2.0.0 OK")
            #expect(sent.messageState == "sent")
            #expect(attempts[2].messageID == sent.messageID)
            #expect(attempts[2].reply == "451 4.3.0 try later")
            // The retry's message has been sent since: the state is the message's now.
            #expect(attempts[2].messageState == "sent")
            #expect(attempts[1].alertID == nil)
            #expect(attempts[1].recipients == ["d@example.org"])
            #expect(attempts[1].messageState == "failed")

            #expect(try await DeliveryLog.recent(limit: 1, on: connection) == [sent])
        }
    }

    @Test func totalsCountMessagesNotAttempts() async throws {
        try await withSchemas("mail_totals") { connection in
            let empty = try await DeliveryLog.totals(on: connection)
            #expect(empty.sent == 0 && empty.failed == 0)
            try await connection.withSession { session in try session.runScript(Self.fixture) }
            let totals = try await DeliveryLog.totals(on: connection)
            #expect(totals.sent == 1)
            #expect(totals.failed == 1)
        }
    }
}
