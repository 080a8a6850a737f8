import Foundation
import Mail
import Postgres
import Store
import TestSupport
import Testing

/// The outbox against a real PostgreSQL and a real SMTP server (aiosmtpd) on loopback.
@Suite(.serialized) struct OutboxDeliveryTests {
    typealias F = OutboxFixture

    @Test func aMessageCausedTwiceIsQueuedOnce() async throws {
        try await withSchemas("outbox_once") { connection in
            let first = try await connection.transaction { session in
                try Outbox.enqueue(F.message(1), kind: .test, alertID: nil, at: F.start, session: session)
            }
            let second = try await connection.transaction { session in
                try Outbox.enqueue(F.message(1), kind: .test, alertID: nil, at: F.start, session: session)
            }
            #expect(first)
            #expect(!second)
            #expect(try await F.states(connection) == ["pending": 1])
        }
    }

    /// The server down: every message is kept and retried after its back-off; then up: each
    /// arrives exactly once, and nothing is sent again.
    @Test func serverDownThenUpDeliversEveryMessageExactlyOnce() async throws {
        let sink = try SMTPSink.start()
        try await withSchemas("outbox_down_up") { connection in
            try await F.queue(5, on: connection)
            sink.stop()
            let down = try await F.sender(sink).deliverDue(on: connection, now: F.at(0))
            #expect(down.retried == 5)
            #expect(down.sent == 0)
            #expect(try await F.states(connection) == ["pending": 5])
            let replies = try await connection.query("SELECT DISTINCT outcome FROM yotqa.deliveries")
            #expect(try replies.map { try $0.decode(String.self, 0) } == ["retry"])

            try sink.restart()
            // Not due before the first delay (60 s) has passed.
            #expect(try await F.sender(sink).deliverDue(on: connection, now: F.at(59)).sent == 0)
            let up = try await F.sender(sink).deliverDue(on: connection, now: F.at(60))
            #expect(up.sent == 5)
            #expect(try await F.sender(sink).deliverDue(on: connection, now: F.at(7200)).sent == 0)

            let ids = try F.receivedIDs(sink)
            #expect(ids.sorted() == (1...5).map { "<test-\($0)@council.example>" })
            #expect(try await F.states(connection) == ["sent": 5])
            let attempts = try await connection.query("SELECT count(*) FROM yotqa.deliveries")[0].decode(Int.self, 0)
            #expect(attempts == 10, "one failed and one good attempt per message")
        }
    }

    /// 4xx at the end of DATA: retried after 60 s, then 120 s, and given up on at the third try
    /// (max_attempts 3), which raises a delivery_failed alert and queues its notice.
    @Test func temporaryRefusalsAreRetriedThenGivenUpWithAnAlert() async throws {
        let sink = try SMTPSink.start()
        sink.replyAtData("451 4.3.0 Try again later")
        try await withSchemas("outbox_4xx") { connection in
            try await F.queue(1, on: connection)
            #expect(try await F.sender(sink).deliverDue(on: connection, now: F.at(0)).retried == 1)
            let due = try await connection.query("SELECT next_attempt_at, last_reply FROM yotqa.outbox")[0]
            #expect(try due.decode(Date.self, 0) == F.start.addingTimeInterval(60))
            #expect(try due.decode(String.self, 1).hasPrefix("451 4.3.0 Try again later"))
            // 60 s after the first try, then 60 × 2 = 120 s after the second.
            #expect(try await F.sender(sink).deliverDue(on: connection, now: F.at(60)).retried == 1)
            #expect(try await F.sender(sink).deliverDue(on: connection, now: F.at(179)).retried == 0)
            let third = try await F.sender(sink).deliverDue(on: connection, now: F.at(180))
            #expect(third.failed == 1)
            #expect(try sink.messages().isEmpty)

            let alerts = try await AlertStore.list(on: connection)
            #expect(alerts.map(\.record.identity.kind) == [.deliveryFailed])
            #expect(alerts.first?.record.state == .firing)
            #expect(alerts.first?.record.cause.contains("451 4.3.0 Try again later") == true)
            let notice = try await connection.query(
                "SELECT kind, array_to_json(recipients)::text, state FROM yotqa.outbox WHERE kind = 'delivery_failure'")
            #expect(notice.count == 1)
            #expect(try notice.first?.decode(String.self, 1) == #"["manager@council.example"]"#)
            let outcomes = try await connection.query(
                """
                SELECT outcome FROM yotqa.deliveries JOIN yotqa.outbox USING (message_id)
                WHERE header_message_id = 'test-1@council.example' ORDER BY delivery_id
                """
            ).map { try $0.decode(String.self, 0) }
            #expect(outcomes == ["retry", "retry", "failed"])
        }
    }

    /// 5xx is final: given up on at the first try. The alert's condition holds until a message is
    /// delivered again, after the failed one is requeued.
    @Test func permanentRefusalGivesUpAtOnceUntilRequeued() async throws {
        let sink = try SMTPSink.start()
        sink.replyAtRecipient("550 5.1.1 No such user")
        try await withSchemas("outbox_5xx") { connection in
            try await F.queue(1, on: connection)
            let first = try await F.sender(sink).deliverDue(on: connection, now: F.at(0))
            // The message and the delivery_failed notice it raised, both refused by RCPT.
            #expect(first.failed == 2)
            #expect(try await F.states(connection) == ["failed": 2])
            let reply = try await connection.query("SELECT last_reply FROM yotqa.outbox ORDER BY message_id")[0]
            #expect(try reply.decode(String.self, 0) == "550 5.1.1 No such user")
            #expect(try await AlertStore.list(on: connection).count == 1, "one alert, not one per failed message")

            sink.replyAtRecipient(nil)
            #expect(try await Outbox.requeueFailed(messageID: nil, at: F.at(10)(), on: connection) == 2)
            #expect(try await F.sender(sink).deliverDue(on: connection, now: F.at(10)).sent == 2)
            #expect(try sink.messages().count == 2)
        }
    }

    /// A sender that claimed a message and died before recording it: the message stays pending,
    /// out of reach while its lease runs, then goes out once.
    @Test func aSenderThatDiesMidSendLosesNothing() async throws {
        let sink = try SMTPSink.start()
        try await withSchemas("outbox_crash") { connection in
            try await F.queue(1, on: connection)
            let claimed = try await Outbox.claimDue(limit: 10, lease: .seconds(300), at: F.start, on: connection)
            #expect(claimed.map(\.attempts) == [1])
            #expect(try await F.sender(sink).deliverDue(on: connection, now: F.at(299)).sent == 0)
            let after = try await F.sender(sink).deliverDue(on: connection, now: F.at(300))
            #expect(after.sent == 1)
            #expect(try F.receivedIDs(sink) == ["<test-1@council.example>"])
            let attempts = try await connection.query("SELECT attempts FROM yotqa.outbox")[0].decode(Int.self, 0)
            #expect(attempts == 2)
        }
    }
}
