import HTTPTypes
import HummingbirdTesting
import Testing

/// Acknowledging an alert that real cycles fired: the alert, its history and the audit log.
@Suite struct AlertWriteTests {
    @Test(arguments: Mode.allCases)
    func acknowledgingAFiredAlert(mode: Mode) async throws {
        try await CycleFixture.with("acknowledge_\(mode)") { harness, _ in
            let id = try await CycleFixture.firedAlert(harness.connection)
            try await harness.run(mode) { client in
                let before = try await client.get("/v1/alerts/\(id)").json
                #expect(before["alert"]["state"] == "firing")
                #expect(before["alert"]["kind"] == "threshold")
                #expect(before["alert"]["service"] == "S1")
                #expect(before["alert"]["indicator"] == "court_reports_timely")
                #expect(before["alert"]["acknowledged"].isAbsent)
                #expect(before["history"].array.map(\.["change"]) == ["fired"])

                let response = try await client.post(
                    "/v1/alerts/\(id)/acknowledge", json: #"{"note": "  reports chased with the court team  "}"#)
                #expect(response.status == .ok)
                #expect(response.contentType == "application/json; charset=utf-8")
                let acknowledged = response.json
                #expect(acknowledged["id"] == .number(Double(id)))
                #expect(acknowledged["state"] == "acknowledged")
                #expect(acknowledged["acknowledged"]["by"] == "manager-token")
                // The note is kept trimmed.
                #expect(acknowledged["acknowledged"]["note"] == "reports chased with the court team")
                #expect(acknowledged["acknowledged"]["at"].string?.hasSuffix("Z") == true)

                let after = try await client.get("/v1/alerts/\(id)").json
                #expect(after["alert"] == acknowledged)
                let history = after["history"].array
                #expect(history.map(\.["change"]) == ["fired", "acknowledged"])
                #expect(history[1]["actor"] == "manager-token")
                #expect(history[1]["state"] == "acknowledged")
                #expect(history[1]["cause"] == "reports chased with the court team")
                #expect(history[0]["actor"].isAbsent)

                // The list shows it at once, filtered by state and kind.
                let acknowledgedOnes = try await client.get("/v1/alerts?state=acknowledged").json["alerts"]
                #expect(acknowledgedOnes.array.map(\.["id"].int) == [id])
                #expect(try await client.get("/v1/alerts?state=firing&kind=threshold").json["alerts"] == [])
                #expect(
                    try await client.get("/v1/alerts?service=S1&kind=threshold").json["alerts"].array.count == 1)
            }
            let audit = try await harness.connection.query(
                "SELECT actor, action, target, detail FROM yotqa.audit_log ORDER BY audit_id")
            #expect(audit.count == 1)
            #expect(try audit[0].decode(String.self, "actor") == "manager-token")
            #expect(try audit[0].decode(String.self, "action") == "acknowledge")
            #expect(try audit[0].decode(String.self, "target") == "alert \(id)")
            #expect(try audit[0].decode(String.self, "detail") == "reports chased with the court team")
            let row = try await harness.connection.query(
                "SELECT state, acknowledged_by FROM yotqa.alerts WHERE alert_id = $1", id)
            #expect(try row[0].decode(String.self, "state") == "acknowledged")
            #expect(try row[0].decode(String.self, "acknowledged_by") == "manager-token")
        }
    }
}
