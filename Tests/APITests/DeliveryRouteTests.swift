import HTTPTypes
import HummingbirdTesting
import Testing

/// The email delivery log, from rows of `yotqa.outbox` and `yotqa.deliveries`.
@Suite struct DeliveryRouteTests {
    /// Two messages: one sent at the second try, one given up on.
    static let rows = """
        INSERT INTO yotqa.outbox (header_message_id, alert_id, kind, recipients, subject, message, state, attempts,
                                  sent_at)
        VALUES ('<1@yotqa>', (SELECT min(alert_id) FROM yotqa.alerts), 'alert',
                ARRAY['chair@example.org', 'b, "c"@example.org'], 'Red: court reports', 'From: x', 'sent', 2,
                '2024-04-15 09:06+00'),
               ('<2@yotqa>', NULL, 'digest', ARRAY['d@example.org'], 'Daily digest', 'From: x', 'failed', 1, NULL);
        INSERT INTO yotqa.deliveries (message_id, attempted_at, outcome, smtp_reply) VALUES
          ((SELECT message_id FROM yotqa.outbox WHERE header_message_id = '<1@yotqa>'), '2024-04-15 09:01+00',
           'retry', '451 4.3.0 try later'),
          ((SELECT message_id FROM yotqa.outbox WHERE header_message_id = '<1@yotqa>'), '2024-04-15 09:06+00',
           'sent', '250 2.0.0 OK'),
          ((SELECT message_id FROM yotqa.outbox WHERE header_message_id = '<2@yotqa>'), '2024-04-15 09:03+00',
           'failed', '550 5.1.1 no such user');
        """

    @Test(arguments: Mode.allCases)
    func attemptsNewestFirst(mode: Mode) async throws {
        try await HandBuilt.with("deliveries_\(mode)") { harness in
            let alert = try await harness.connection.query("SELECT min(alert_id) FROM yotqa.alerts")[0]
                .decode(Int.self, 0)
            try await harness.run(mode) { client in
                #expect(try await client.get("/v1/deliveries").json == ["deliveries": []])
                try await harness.connection.withSession { session in try session.runScript(Self.rows) }

                let deliveries = try await client.get("/v1/deliveries").json["deliveries"].array
                #expect(deliveries.map(\.["outcome"]) == ["sent", "failed", "retry"])
                #expect(deliveries.map(\.["message_id"]) == ["<1@yotqa>", "<2@yotqa>", "<1@yotqa>"])
                let sent = deliveries[0]
                #expect(sent["kind"] == "alert")
                #expect(sent["alert_id"] == .number(Double(alert)))
                #expect(sent["recipients"] == ["chair@example.org", "b, \"c\"@example.org"])
                #expect(sent["subject"] == "Red: court reports")
                #expect(sent["attempted_at"] == "2024-04-15T09:06:00Z")
                #expect(sent["reply"] == "250 2.0.0 OK")
                #expect(sent["message_state"] == "sent")
                #expect(deliveries[2]["outbox_id"] == sent["outbox_id"])
                #expect(deliveries[2]["reply"] == "451 4.3.0 try later")
                #expect(deliveries[2]["message_state"] == "sent")
                #expect(deliveries[1]["alert_id"].isAbsent)
                #expect(deliveries[1]["message_state"] == "failed")
                #expect(deliveries[1]["reply"] == "550 5.1.1 no such user")

                let one = try await client.get("/v1/deliveries?limit=1").json["deliveries"]
                #expect(one == [sent])
            }
        }
    }
}
