import HTTPTypes
import HummingbirdTesting
import Testing

/// 409 problems: a state that does not allow the action.
@Suite struct ConflictTests {
    @Test(arguments: Mode.allCases)
    func actingTwiceOrOnTheWrongState(mode: Mode) async throws {
        try await HandBuilt.with("conflict_\(mode)") { harness in
            let firing = try await HandBuilt.alertID(
                harness.connection, service: "S1", indicator: "court_reports_timely", kind: "threshold")
            let resolved = try await HandBuilt.alertID(
                harness.connection, service: "S1", indicator: "kpi_ete", kind: "spc_concern")
            try await harness.run(mode) { client in
                let note = #"{"note": "looked into it"}"#
                expectProblem(
                    try await client.post("/v1/alerts/\(resolved)/acknowledge", json: note), .conflict,
                    path: "/v1/alerts/\(resolved)/acknowledge")
                #expect(try await client.post("/v1/alerts/\(firing)/acknowledge", json: note).status == .ok)
                let again = try await client.post("/v1/alerts/\(firing)/acknowledge", as: .admin, json: note)
                expectProblem(again, .conflict)
                // The first acknowledgement stands.
                let alert = try await client.get("/v1/alerts/\(firing)").json["alert"]
                #expect(alert["acknowledged"]["by"] == "manager-token")

                let created = try await client.post(
                    "/v1/silences", json: #"{"service": "S1", "reason": "r", "ends_at": "\#(instant(fromNow: 600))"}"#)
                let id = try #require(created.json["id"].int)
                #expect(try await client.post("/v1/silences/\(id)/end").status == .ok)
                let ended = try await client.post("/v1/silences/\(id)/end", as: .admin)
                expectProblem(ended, .conflict, path: "/v1/silences/\(id)/end")
                let listed = try await client.get("/v1/silences?include_ended=true").json["silences"][0]
                #expect(listed["ended_by"] == "manager-token")
            }
            let trail = try await auditTrail(harness.connection)
            #expect(trail.filter { $0.contains(" acknowledge ") }.count == 1)
            #expect(trail.filter { $0.contains(" silence_end ") }.count == 1)
        }
    }

    /// Acknowledgements sent at once: one wins, the others are told it is no longer firing.
    @Test(arguments: Mode.allCases)
    func concurrentAcknowledgements(mode: Mode) async throws {
        try await HandBuilt.with("conflict_race_\(mode)") { harness in
            let firing = try await HandBuilt.alertID(
                harness.connection, service: "S1", indicator: "court_reports_timely", kind: "threshold")
            let statuses = try await harness.run(mode) { client in
                try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                    for index in 1...6 {
                        group.addTask {
                            try await client.post(
                                "/v1/alerts/\(firing)/acknowledge", json: #"{"note": "attempt \#(index)"}"#
                            ).status
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
            }
            #expect(statuses.filter { $0 == .ok }.count == 1)
            #expect(statuses.filter { $0 == .conflict }.count == 5)
            let trail = try await auditTrail(harness.connection)
            #expect(trail == ["manager-token acknowledge alert \(firing)"])
        }
    }
}
