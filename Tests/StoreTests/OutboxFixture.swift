import Foundation
import Mail
import Postgres
import Store
import TestSupport
import Testing

/// Messages and settings for the outbox tests, and a transport to a real SMTP server on loopback.
enum OutboxFixture {
    static let start = Date(timeIntervalSince1970: 1_795_420_800)  // 2026-11-23 08:00 UTC

    static let settings = MailSettings(
        from: MailAddress(name: "yotqa", address: "yotqa@council.example"),
        boardChair: [MailAddress(name: "Chair", address: "chair@council.example")],
        recipients: [.critical: [MailAddress(name: nil, address: "manager@council.example")]],
        retry: MailSettings.RetryPolicy(maxAttempts: 3, firstDelay: .seconds(60), maxDelay: .seconds(600)))

    static func message(_ number: Int) -> MailMessage {
        MailMessage(
            from: settings.from, to: [MailAddress(name: nil, address: "manager@council.example")],
            content: MailContent(subject: "Message \(number)", text: "Text \(number)", html: "<p>HTML \(number)</p>"),
            messageID: "test-\(number)@council.example", inReplyTo: nil, references: [], date: start, headers: [])
    }

    /// Queues messages 1...count, due at `start`.
    static func queue(_ count: Int, on connection: PostgresConnection) async throws {
        try await connection.transaction { session in
            for number in 1...count {
                try Outbox.enqueue(message(number), kind: .test, alertID: nil, at: start, session: session)
            }
        }
    }

    static func sender(_ sink: SMTPSink, lease: Duration = .seconds(300)) -> OutboxSender {
        OutboxSender(
            transport: SMTPTransport(
                settings: SMTPSettings(host: "127.0.0.1", port: sink.port, security: .plain, timeout: .seconds(10))),
            settings: settings, lease: lease, logger: .init(label: "test"))
    }

    /// `start` plus `seconds`, as the clock a sender reads.
    static func at(_ seconds: TimeInterval) -> @Sendable () -> Date {
        { start.addingTimeInterval(seconds) }
    }

    static func states(_ connection: PostgresConnection) async throws -> [String: Int] {
        var states: [String: Int] = [:]
        for row in try await connection.query("SELECT state, count(*) FROM yotqa.outbox GROUP BY state") {
            states[try row.decode(String.self, 0)] = try row.decode(Int.self, 1)
        }
        return states
    }

    /// The Message-ID header of each message the server received, in arrival order.
    static func receivedIDs(_ sink: SMTPSink) throws -> [String] {
        try sink.messages().map { mail in
            try #require(try mail.inspect().header("Message-ID"), "a message without a Message-ID")
        }
    }
}
