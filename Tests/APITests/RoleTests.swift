import HTTPTypes
import HummingbirdTesting
import Testing

/// What each role may do: a viewer reads; a manager also acknowledges, silences and drills down;
/// an admin also asks for a cycle.
@Suite struct RoleTests {
    @Test(arguments: Mode.allCases)
    func aViewerReadsButMayNotWrite(mode: Mode) async throws {
        try await HandBuilt.with("viewer_\(mode)") { harness in
            let alert = try await HandBuilt.alertID(
                harness.connection, service: "S1", indicator: "court_reports_timely", kind: "threshold")
            let silence = try await harness.connection.query(
                """
                INSERT INTO yotqa.silences (service_id, reason, author, ends_at)
                VALUES ('S1', 'made by hand', 'someone', now() + interval '1 day') RETURNING silence_id
                """)[0].decode(Int.self, 0)
            try await harness.run(mode) { client in
                let refused = [
                    try await client.post(
                        "/v1/alerts/\(alert)/acknowledge", as: .viewer, json: #"{"note": "seen"}"#),
                    try await client.post(
                        "/v1/silences", as: .viewer,
                        json: #"{"service": "S1", "reason": "r", "ends_at": "\#(instant(fromNow: 3600))"}"#),
                    try await client.post("/v1/silences/\(silence)/end", as: .viewer),
                    try await client.get(
                        "/v1/indicators/court_reports_timely/records?service=S1&period_start=2024-01-01", as: .viewer),
                    try await client.post("/v1/cycles", as: .viewer),
                ]
                for response in refused {
                    expectProblem(response, .forbidden)
                    #expect(response.json["detail"].string?.contains("viewer-token") == true)
                }
                // Nothing was written.
                let alerts = try await client.get("/v1/alerts/\(alert)").json
                #expect(alerts["alert"]["state"] == "firing")
                let silences = try await client.get("/v1/silences").json["silences"]
                #expect(silences.array.count == 1)
                #expect(silences[0]["in_force"] == true)
            }
            #expect(try await auditTrail(harness.connection).isEmpty)
        }
    }

    @Test(arguments: Mode.allCases)
    func aManagerWritesButMayNotAskForACycle(mode: Mode) async throws {
        try await HandBuilt.with("manager_\(mode)") { harness in
            let alert = try await HandBuilt.alertID(
                harness.connection, service: "S1", indicator: "court_reports_timely", kind: "threshold")
            try await harness.run(mode) { client in
                let acknowledged = try await client.post(
                    "/v1/alerts/\(alert)/acknowledge", as: .manager, json: #"{"note": "seen"}"#)
                #expect(acknowledged.status == .ok)
                let created = try await client.post(
                    "/v1/silences", as: .manager,
                    json: #"{"indicator": "kpi_ete", "reason": "r", "ends_at": "\#(instant(fromNow: 3600))"}"#)
                #expect(created.status == .created)
                let silence = try #require(created.json["id"].int)
                #expect(try await client.post("/v1/silences/\(silence)/end", as: .manager).status == .ok)
                let records = try await client.get(
                    "/v1/indicators/court_reports_timely/records?service=S1&period_start=2024-01-01", as: .manager)
                #expect(records.status == .ok)
                let cycle = try await client.post("/v1/cycles", as: .manager)
                expectProblem(cycle, .forbidden, path: "/v1/cycles")
                #expect(cycle.json["detail"].string?.contains("admin") == true)
            }
        }
    }

    @Test(arguments: Mode.allCases)
    func anAdminMayDoEverything(mode: Mode) async throws {
        try await HandBuilt.with("admin_\(mode)") { harness in
            let alert = try await HandBuilt.alertID(
                harness.connection, service: "S2", indicator: "court_reports_timely", kind: "threshold")
            try await harness.run(mode) { client in
                #expect(
                    try await client.post("/v1/alerts/\(alert)/acknowledge", as: .admin, json: #"{"note": "n"}"#)
                        .status == .ok)
                let created = try await client.post(
                    "/v1/silences", as: .admin,
                    json: #"{"service": "S2", "reason": "r", "ends_at": "\#(instant(fromNow: 3600))"}"#)
                #expect(created.status == .created)
                let silence = try #require(created.json["id"].int)
                #expect(try await client.post("/v1/silences/\(silence)/end", as: .admin).status == .ok)
                #expect(
                    try await client.get(
                        "/v1/indicators/court_reports_timely/records?service=S2&period_start=2024-01-01", as: .admin
                    ).status == .ok)
                let cycle = try await client.post("/v1/cycles", as: .admin)
                #expect(cycle.status == .accepted)
                #expect(cycle.json["status"] == "queued")
                // A second request while one waits joins it.
                let again = try await client.post("/v1/cycles", as: .admin)
                #expect(again.status == .accepted)
                #expect(again.json["status"] == "queued")
                #expect(again.json["detail"] != cycle.json["detail"])
            }
            let trail = try await auditTrail(harness.connection)
            #expect(trail.filter { $0.hasPrefix("admin-token cycle_trigger") }.count == 2)
            #expect(Set(trail.map { $0.split(separator: " ")[0] }) == ["admin-token"])
        }
    }
}
