import Dates
import Foundation
import Indicators
import Judgement
import Mail
import Postgres
import Store
import TestSupport
import Testing

/// The mail that alert changes cause, queued by real cycles in the cycle's own transaction, then
/// delivered to a real SMTP server (STARTTLS and AUTH) and read back with Python's mail parser.
@Suite(.serialized) struct AlertMailTests {
    /// Six court reports due in 2024 Q4 (January to March), two submitted by their due day:
    /// 2 / 6 = 33.3%, red (below the red bound 75%, target 90%). The numerator 2 is a small count.
    static let fixture = """
        INSERT INTO yot.services VALUES ('TB', 'Torbay');
        INSERT INTO yot.extracts VALUES ('TB', '2024-04-14 02:00:00+00');
        INSERT INTO yot.children (child_id, service_id, born_on)
        SELECT 'CHILD-' || k || n, 'TB', '2008-05-01' FROM unnest(ARRAY['A', 'B']) AS k, generate_series(1, 25) AS n;
        INSERT INTO yot.court_reports (report_id, child_id, service_id, requested_on, due_on, submitted_on) VALUES
          ('REPORT-A1', 'CHILD-A1', 'TB', '2024-01-02', '2024-01-20', '2024-01-19'),
          ('REPORT-A2', 'CHILD-A2', 'TB', '2024-01-05', '2024-01-25', '2024-01-25'),
          ('REPORT-A3', 'CHILD-A3', 'TB', '2024-01-25', '2024-02-10', '2024-02-12'),
          ('REPORT-A4', 'CHILD-A4', 'TB', '2024-02-01', '2024-02-20', '2024-02-21'),
          ('REPORT-A5', 'CHILD-A5', 'TB', '2024-02-10', '2024-03-01', '2024-03-05'),
          ('REPORT-A6', 'CHILD-A6', 'TB', '2024-03-01', '2024-03-20', NULL);
        """
    static let identifiers =
        (1...6).flatMap { ["REPORT-A\($0)", "CHILD-A\($0)"] } + (1...25).flatMap { ["REPORT-B\($0)", "CHILD-B\($0)"] }

    static let settings = EngineSettings(asOf: LocalDate("2024-04-15")!, quarters: 2)
    static let start = Date(timeIntervalSince1970: 1_713_168_000)  // 2024-04-15 08:00 UTC
    static let day: TimeInterval = 86_400

    static let mail = MailSettings(
        from: MailAddress(name: "YOT quality assurance", address: "yotqa@torbay.example"),
        apiURL: "https://yotqa.torbay.example",
        boardChair: [MailAddress(name: "Board chair", address: "chair@torbay.example")],
        recipients: [.critical: [MailAddress(name: nil, address: "manager@torbay.example")]],
        remindEvery: .seconds(86_400), escalateAfter: .seconds(2 * 86_400))

    static func catalogue() throws -> Catalogue {
        try Catalogue.load(sqlDirectory: TestDatabase.sqlDirectory).only(["court_reports_timely"])
    }

    /// The catalogue's example thresholds.
    static func judgement() throws -> JudgementSettings {
        JudgementSettings(thresholds: JudgementSettings.thresholds(of: try catalogue(), overrides: [:]))
    }

    /// The catalogue's thresholds, alerts that fire and resolve in one cycle, and `mail`.
    static func runner(mail: MailSettings? = mail) throws -> CycleRunner {
        let catalogue = try Self.catalogue()
        let judging = CycleJudging(
            judgement: try judgement(), alerts: AlertSettings(policy: AlertPolicy(fireAfter: 1, resolveAfter: 1)),
            mail: mail)
        return CycleRunner(engine: Engine(catalogue: catalogue), judging: judging, logger: TestDatabase.logger)
    }

    struct Queued: Equatable {
        var kind: String
        var id: String
        var recipients: String
    }

    static func queued(_ connection: PostgresConnection) async throws -> [Queued] {
        try await connection.query(
            """
            SELECT kind, header_message_id, array_to_string(recipients, ',') FROM yotqa.outbox ORDER BY message_id
            """
        ).map { row in
            Queued(
                kind: try row.decode(String.self, 0), id: try row.decode(String.self, 1),
                recipients: try row.decode(String.self, 2))
        }
    }

    /// Fired, reminded after a day, escalated to the chair after two, quiet once acknowledged,
    /// and a resolved notice when the figure recovers; every message in one thread.
    @Test func anAlertsLifeIsMailedInOneThread() async throws {
        try await withSchemas("alert_mail") { connection in
            try await connection.withSession { session in try session.runScript(Self.fixture) }
            let runner = try Self.runner()
            let fired = try await runner.run(on: connection, settings: Self.settings, at: Self.start)
            #expect(fired.judged.queuedMail == 1)
            let alertID = try #require(try await AlertStore.list(on: connection).first?.alertID)
            let root = "alert-\(alertID)-1713168000@torbay.example"
            #expect(
                try await Self.queued(connection) == [
                    Queued(kind: "alert", id: root, recipients: "manager@torbay.example")
                ])

            // Half a day later: nothing is owed yet.
            _ = try await runner.run(
                on: connection, settings: Self.settings, force: true, at: Self.start + Self.day / 2)
            #expect(try await Self.queued(connection).count == 1)
            // A day after the notice the first reminder is owed, with no cycle in between: the
            // sender's minute-by-minute look queues it (23 h 59 m is too early).
            let followUps = AlertFollowUps(
                settings: Self.mail, catalogue: try Self.catalogue(), judgement: try Self.judgement())
            #expect(try await followUps.enqueueDue(at: Self.start + Self.day - 60, on: connection) == 0)
            #expect(try await followUps.enqueueDue(at: Self.start + Self.day, on: connection) == 1)
            #expect(try await followUps.enqueueDue(at: Self.start + Self.day + 60, on: connection) == 0)
            // Two days after the first notice: the escalation to the chair, with the managers, and
            // no reminder beside it (the escalation goes to them too; the next reminder counts
            // from it).
            _ = try await runner.run(on: connection, settings: Self.settings, at: Self.start + 2 * Self.day)
            let reminded = try await Self.queued(connection)
            let thread = alertID.description
            #expect(
                reminded.dropFirst().map { $0.kind + " " + $0.id + " " + $0.recipients } == [
                    "reminder alert-\(thread)-1713168000.reminder-1@torbay.example manager@torbay.example",
                    "escalation alert-\(thread)-1713168000.escalation@torbay.example "
                        + "chair@torbay.example,manager@torbay.example",
                ])

            // Acknowledged: no more reminders.
            _ = try await AlertStore.acknowledge(
                alertID: alertID, by: "manager-token", note: "looking at it", on: connection,
                at: Self.start + 2 * Self.day + 60)
            _ = try await runner.run(on: connection, settings: Self.settings, at: Self.start + 4 * Self.day)
            #expect(try await followUps.enqueueDue(at: Self.start + 4 * Self.day, on: connection) == 0)
            #expect(try await Self.queued(connection).count == 3)

            // 25 more reports on time in Q4: 27 / 31 = 87.1%, amber (between 75% and 90%), which
            // clears the red threshold alert (amber warnings are off): resolved, and mailed to the
            // chair too, who had the escalation.
            try await connection.query(
                """
                INSERT INTO yot.court_reports (report_id, child_id, service_id, requested_on, due_on, submitted_on)
                SELECT 'REPORT-B' || n, 'CHILD-B' || n, 'TB', '2024-01-02', '2024-02-01', '2024-01-30'
                FROM generate_series(1, 25) AS n
                """)
            try await connection.query("INSERT INTO yot.extracts VALUES ('TB', '2024-04-15 02:00:00+00')")
            let resolved = try await runner.run(on: connection, settings: Self.settings, at: Self.start + 5 * Self.day)
            #expect(resolved.judged.events.map(\.change) == [.resolved])
            let last = try #require(try await Self.queued(connection).last)
            #expect(
                last
                    == Queued(
                        kind: "resolved", id: "alert-\(thread)-1713168000.resolved@torbay.example",
                        recipients: "chair@torbay.example,manager@torbay.example"))

            // Delivered to a real SMTP server, every message parses cleanly, in the alert's thread.
            let sink = try SMTPSink.start(.init(security: .starttls(required: true), auth: ("yotqa", "relay-pass")))
            let sender = OutboxSender(
                transport: SMTPTransport(
                    settings: SMTPSettings(
                        host: "127.0.0.1", port: sink.port, security: .starttls, username: "yotqa",
                        password: "relay-pass", caFile: sink.certificateFile?.path)),
                settings: Self.mail, logger: TestDatabase.logger)
            #expect(try await sender.deliverDue(on: connection, now: { Self.start + 6 * Self.day }).sent == 4)
            let received = try sink.messages()
            #expect(received.count == 4)
            #expect(received.allSatisfy { $0.tls && $0.authUser == "yotqa" })
            for mail in received {
                let parsed = try mail.inspect()
                #expect(parsed.defects.isEmpty, "\(parsed.defects)")
                #expect(parsed.lineLengthsOk)
                #expect(parsed.contentType == "multipart/alternative")
                #expect(parsed.parts.map(\.contentType) == ["text/plain", "text/html"])
                #expect(parsed.header("From") == "YOT quality assurance <yotqa@torbay.example>")
                #expect(parsed.header("Auto-Submitted") == "auto-generated")
                for identifier in Self.identifiers {
                    #expect(!mail.raw.contains(identifier), "\(identifier) in \(parsed.header("Subject") ?? "")")
                }
                if parsed.header("Message-ID") != "<\(root)>" {
                    #expect(parsed.header("In-Reply-To") == "<\(root)>")
                    #expect(parsed.header("References") == "<\(root)>")
                }
            }
            let first = try received[0].inspect()
            #expect(first.header("Subject") == "[RED] Torbay: court reports on time 33% (target 90%)")
            #expect(first.header("To") == "manager@torbay.example")
            let text = try #require(first.parts.first?.text)
            // 2 of 6 on time: the 2 is a small count, shown as [c], and so is the 6, which with the
            // value would give the 2 back. Wilson at 95%, p = 1/3, n = 6,
            // z² = 3.8416: centre (1/3 + 3.8416/12) / (1 + 3.8416/6) = 0.65346 / 1.64027 = 0.39838,
            // half-width 1.96 × √(0.037037 + 0.026678) / 1.64027 = 0.30163: 9.7% to 70.0%.
            #expect(text.contains("33.3%"))
            #expect(text.contains("[c]"))
            #expect(text.contains("[c] of [c]"))
            #expect(!text.contains("of 6"))
            #expect(text.contains("9.7% to 70.0%"))
            #expect(text.contains("https://yotqa.torbay.example/v1/alerts/\(alertID)"))
            #expect(text.contains("2024-01-01 to 2024-03-31"))
            let escalation = try received[2].inspect()
            #expect(escalation.header("To") == "Board chair <chair@torbay.example>, manager@torbay.example")
            #expect(escalation.header("Subject")?.hasPrefix("[ESCALATED]") == true)
        }
    }

    /// A silenced alert sends nothing; when the silence ends, the alert is mailed then.
    @Test func aSilencedAlertSendsNothingUntilTheSilenceEnds() async throws {
        try await withSchemas("alert_mail_silence") { connection in
            try await connection.withSession { session in try session.runScript(Self.fixture) }
            let silence = try await AlertStore.createSilence(
                service: "TB", indicator: nil, reason: "restructure", author: "manager-token",
                startsAt: Self.start - 60, endsAt: Self.start + 10 * Self.day, on: connection)
            let runner = try Self.runner()
            _ = try await runner.run(on: connection, settings: Self.settings, at: Self.start)
            _ = try await runner.run(
                on: connection, settings: Self.settings, force: true, at: Self.start + 3 * Self.day)
            #expect(try await AlertStore.list(on: connection).map(\.record.state) == [.firing])
            #expect(try await Self.queued(connection).isEmpty)

            #expect(
                try await AlertStore.endSilence(
                    silence, by: "manager-token", on: connection, at: Self.start + 3 * Self.day + 60))
            _ = try await runner.run(
                on: connection, settings: Self.settings, force: true, at: Self.start + 3 * Self.day + 120)
            #expect(try await Self.queued(connection).map(\.kind) == ["alert"])
        }
    }

    /// With mail off, cycles queue nothing.
    @Test func withoutMailNothingIsQueued() async throws {
        try await withSchemas("alert_mail_off") { connection in
            try await connection.withSession { session in try session.runScript(Self.fixture) }
            let result = try await Self.runner(mail: nil).run(on: connection, settings: Self.settings, at: Self.start)
            #expect(result.judged.events.map(\.change) == [.fired])
            #expect(try await Self.queued(connection).isEmpty)
        }
    }
}
