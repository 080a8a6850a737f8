import Foundation
import Postgres
import TestSupport
import Testing

/// Email end to end through the yotqa binary: a real cycle's alerts and the digest delivered by
/// `yotqa serve` to a real SMTP server, the relay check, and a restart with messages pending.
@Suite(.serialized) struct MailCommandTests {
    /// A mail section sending to the sink as plain SMTP on localhost, retrying after a second.
    static func mailSection(_ sink: SMTPSink) -> String {
        """
        alerts:
          fire_after: 1
        mail:
          smtp:
            host: 127.0.0.1
            port: \(sink.port)
            security: none
            allow_plain_localhost: true
            timeout: 5s
          from: "YOT quality assurance <yotqa@council.example>"
          api_url: https://yotqa.council.example
          board_chair: ["Smith, Jo <chair@council.example>"]
          recipients:
            critical: [manager@council.example]
            warning: [qa@council.example]
          retry:
            first_delay: 1s
            max_delay: 1m

        """
    }

    @Test func sendTestEmailShowsTheConversation() async throws {
        let sink = try SMTPSink.start()
        let config = try YotqaProcess.writeConfig(conninfo: "host=127.0.0.1 port=1", extra: Self.mailSection(sink))
        defer { try? FileManager.default.removeItem(atPath: config) }
        let sent = try YotqaProcess.run(["send-test-email", "it@council.example"], config: config)
        #expect(sent.status == 0, "\(sent.stdout) \(sent.stderr)")
        #expect(sent.stdout.contains("C: RCPT TO:<it@council.example>"))
        #expect(sent.stdout.contains("sent (sent): 250"))
        #expect(try sink.messages().map(\.recipients) == [["it@council.example"]])

        sink.replyAtRecipient("550 5.7.1 Relaying denied")
        let refused = try YotqaProcess.run(["send-test-email", "it@council.example"], config: config)
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("550 5.7.1 Relaying denied"))
    }

    /// The generated data set's alerts, queued by `compute` and delivered by `serve`, each once; the
    /// digest on demand; and no child, intervention, offence or report identifier in any of them.
    @Test func serveDeliversTheAlertsOfAFullDataSetWithNoChildIdentifier() async throws {
        let sink = try SMTPSink.start()
        try await GeneratedData.withDatabase("mail_full", extra: Self.mailSection(sink)) { conninfo, config in
            try GeneratedData.succeed(["compute", "--as-of", GeneratedData.asOf], config: config)
            let connection = try await TestDatabase.connect(conninfo)
            let queued = try await Self.count("SELECT count(*) FROM yotqa.outbox", connection)
            #expect(queued > 0, "the generated data set fires no alert")
            #expect(try sink.messages().isEmpty, "compute queues; it does not send")

            // Restart with messages pending: serve, with the relay down, keeps them; then up.
            sink.stop()
            let first = try Daemon(config: config, arguments: ["serve", "--no-start-cycle"])
            defer { first.stop() }
            _ = try await first.address(within: 60)
            try await Self.waitFor("a failed attempt", within: 30) {
                try await Self.count("SELECT count(*) FROM yotqa.deliveries WHERE outcome = 'retry'", connection) > 0
            }
            #expect(try first.terminate(within: 15) == 0)
            try sink.restart()
            let second = try Daemon(config: config, arguments: ["serve", "--no-start-cycle"])
            defer { second.stop() }
            _ = try await second.address(within: 60)
            try await Self.waitFor("every message sent", within: 90) {
                try await Self.count("SELECT count(*) FROM yotqa.outbox WHERE state <> 'sent'", connection) == 0
            }
            #expect(try second.terminate(within: 15) == 0)
            try GeneratedData.succeed(["digest", "--send"], config: config)

            // Every message queued arrived, once: the alerts compute queued, the digest on demand, and
            // the weekly digest when serve starts less than a day after its slot (Monday 08:00).
            let received = try sink.messages()
            let ids = try received.map { try #require(try $0.inspect().header("Message-ID")) }
            let total = try await Self.count("SELECT count(*) FROM yotqa.outbox", connection)
            #expect(total >= queued + 1)
            #expect(try await Self.count("SELECT count(*) FROM yotqa.outbox WHERE state <> 'sent'", connection) == 0)
            #expect(ids.count == total)
            #expect(Set(ids).count == ids.count, "a message arrived twice")
            let digest = try #require(received.last)
            #expect(digest.recipients == ["chair@council.example"])
            // A display name with a comma, unquoted in the config, is quoted in the header.
            #expect(try digest.inspect().header("To") == "\"Smith, Jo\" <chair@council.example>")
            #expect(try digest.inspect().defects.isEmpty)

            let identifiers = try await Self.identifiers(connection)
            #expect(identifiers.count > 1000)
            for mail in received {
                let words = Self.words(mail.raw)
                let leaked = words.intersection(identifiers)
                #expect(leaked.isEmpty, "identifiers \(leaked.sorted().prefix(5)) in message \(mail.number)")
                let parsed = try mail.inspect()
                #expect(parsed.defects.isEmpty, "\(parsed.defects)")
                for part in parsed.parts {
                    #expect(Self.words(part.text).intersection(identifiers).isEmpty)
                    #expect(!Self.hasSmallCount(part.text), "a count of 1 to 4 in message \(mail.number)")
                }
            }
        }
    }

    /// SIGTERM while the relay is slow to confirm a message (it holds the 250 for 30 s, and the SMTP
    /// timeout is 20 s): the daemon still exits 0 within schedule.stop_timeout, and the message it
    /// was sending stays claimed in the outbox, to be sent again, not lost.
    @Test func aStopWaitsNoLongerThanItsTimeoutForASlowRelay() async throws {
        let sink = try SMTPSink.start()
        sink.delayAtData(seconds: 30)
        let extra =
            Self.mailSection(sink).replacingOccurrences(of: "timeout: 5s", with: "timeout: 20s")
            + "api:\n  port: 0\nschedule:\n  stop_timeout: 3s\n"
        try await GeneratedData.withDatabase("mail_slow_stop", extra: extra) { conninfo, config in
            try GeneratedData.succeed(["compute", "--as-of", GeneratedData.asOf], config: config)
            let daemon = try Daemon(config: config, arguments: ["serve", "--no-start-cycle"])
            defer { daemon.stop() }
            _ = try await daemon.address(within: 60)
            // Stored by the sink at once; its 250 is 30 s away.
            _ = try await sink.waitForMessages(count: 1, timeout: .seconds(30))
            let asked = Date()
            #expect(try daemon.terminate(within: 15) == 0)
            let took = Date().timeIntervalSince(asked)
            // Without the deadline it would wait out the 20 s SMTP timeout.
            #expect(took < 10, "stopped in \(took) s; stop_timeout is 3 s")
            #expect(daemon.log.contains("stopping took longer than schedule.stop_timeout"), "\(daemon.log)")
            let connection = try await TestDatabase.connect(conninfo)
            let claimed = try await Self.count(
                "SELECT count(*) FROM yotqa.outbox WHERE state = 'pending' AND attempts = 1", connection)
            #expect(claimed == 1, "the message in hand is still to be sent")
            sink.delayAtData(seconds: nil)
        }
    }

    /// Every identifier of a child or a record about one in the data set.
    static func identifiers(_ connection: PostgresConnection) async throws -> Set<String> {
        var found: Set<String> = []
        for query in [
            "SELECT child_id FROM yot.children", "SELECT intervention_id FROM yot.interventions",
            "SELECT offence_id FROM yot.offences", "SELECT report_id FROM yot.court_reports",
        ] {
            for row in try await connection.query(query) { found.insert(try row.decode(String.self, 0)) }
        }
        return found
    }

    /// The message cut into words at anything but letters, digits, `-` and `_`.
    static func words(_ text: String) -> Set<String> {
        Set(text.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }.map(String.init))
    }

    /// "N of M" with N from 1 to 4: the small-number rule's counts must be [c].
    static func hasSmallCount(_ text: String) -> Bool {
        text.range(of: #"(^|[^0-9.,])[1-4] of [0-9]"#, options: .regularExpression) != nil
    }

    static func count(_ sql: String, _ connection: PostgresConnection) async throws -> Int {
        try await connection.query(sql)[0].decode(Int.self, 0)
    }

    static func waitFor(_ what: String, within seconds: Double, _ check: () async throws -> Bool) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await check() { return }
            try await Task.sleep(for: .milliseconds(250))
        }
        Issue.record("timed out waiting for \(what)")
    }
}
