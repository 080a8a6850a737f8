import HTTPTypes
import HummingbirdTesting
import Testing

/// A token limited to S1 (`north-manager`): S1 is its default service, S2 is refused or absent,
/// and alerts about no service are still visible.
@Suite struct ServiceScopeTests {
    @Test(arguments: Mode.allCases)
    func reads(mode: Mode) async throws {
        try await HandBuilt.with("scope_reads_\(mode)") { harness in
            let connection = harness.connection
            let north = try await HandBuilt.alertID(
                connection, service: "S1", indicator: "court_reports_timely", kind: "threshold")
            let south = try await HandBuilt.alertID(
                connection, service: "S2", indicator: "court_reports_timely", kind: "threshold")
            let system = try await HandBuilt.alertID(
                connection, service: nil, indicator: "kpi_send_plan", kind: "compute_failed")
            let resolved = try await HandBuilt.alertID(
                connection, service: "S1", indicator: "kpi_ete", kind: "spc_concern")
            try await harness.run(mode) { client in
                let services = try await client.get("/v1/services", as: .northManager).json["services"]
                #expect(services.array.map { $0["id"] } == ["S1"])

                // Its only service is the default.
                let list = try await client.get("/v1/indicators", as: .northManager)
                #expect(list.status == .ok)
                #expect(list.json["service"] == ["id": "S1", "name": "North"])
                let detail = try await client.get("/v1/indicators/court_reports_timely", as: .northManager)
                #expect(detail.json["service"]["id"] == "S1")
                let history = try await client.get("/v1/indicators/court_reports_timely/history", as: .northManager)
                #expect(history.json["history"].array.count == 3)
                let csv = try await client.get("/v1/indicators.csv", as: .northManager)
                #expect(csv.status == .ok)
                #expect(csv.text.contains("S1,North,"))
                #expect(!csv.text.contains("S2"))

                // Another service is refused, by name or as the default of nothing.
                for uri in [
                    "/v1/indicators?service=S2", "/v1/indicators.csv?service=S2",
                    "/v1/indicators/court_reports_timely?service=S2",
                    "/v1/indicators/court_reports_timely/history?service=S2",
                    "/v1/indicators/court_reports_timely/history.csv?service=S2",
                    "/v1/indicators/court_reports_timely/records?service=S2&period_start=2024-01-01",
                    "/v1/alerts?service=S2",
                ] {
                    let response = try await client.get(uri, as: .northManager)
                    expectProblem(response, .forbidden)
                    #expect(response.json["detail"].string?.contains("north-manager") == true, "\(uri)")
                }

                // Alerts: its service's and those of no service; another service's are absent.
                let alerts = try await client.get("/v1/alerts", as: .northManager).json["alerts"]
                #expect(alerts.array.map(\.["id"].int) == [north, system, resolved])
                #expect(alerts.array.allSatisfy { $0["service"] != "S2" })
                let everyone = try await client.get("/v1/alerts", as: .viewer).json["alerts"]
                #expect(everyone.array.count == 4)
                expectProblem(try await client.get("/v1/alerts/\(south)", as: .northManager), .notFound)
                #expect(try await client.get("/v1/alerts/\(system)", as: .northManager).status == .ok)
                expectProblem(
                    try await client.post(
                        "/v1/alerts/\(south)/acknowledge", as: .northManager, json: #"{"note": "not mine"}"#),
                    .notFound)
            }
        }
    }

    @Test(arguments: Mode.allCases)
    func silences(mode: Mode) async throws {
        try await HandBuilt.with("scope_silences_\(mode)") { harness in
            try await harness.run(mode) { client in
                let ends = instant(fromNow: 7200)
                // The all-services manager silences S2, and one indicator everywhere.
                let south = try await client.post(
                    "/v1/silences", as: .manager, json: #"{"service": "S2", "reason": "r", "ends_at": "\#(ends)"}"#)
                let everywhere = try await client.post(
                    "/v1/silences", as: .manager,
                    json: #"{"indicator": "kpi_ete", "reason": "r", "ends_at": "\#(ends)"}"#)
                #expect(south.status == .created)
                #expect(everywhere.status == .created)

                // The S1 manager may not silence S2, nor every service at once.
                for json in [
                    #"{"service": "S2", "reason": "r", "ends_at": "\#(ends)"}"#,
                    #"{"indicator": "kpi_ete", "reason": "r", "ends_at": "\#(ends)"}"#,
                ] {
                    expectProblem(
                        try await client.post("/v1/silences", as: .northManager, json: json), .forbidden,
                        path: "/v1/silences")
                }
                let own = try await client.post(
                    "/v1/silences", as: .northManager,
                    json: #"{"service": "S1", "indicator": "kpi_ete", "reason": "r", "ends_at": "\#(ends)"}"#)
                #expect(own.status == .created)
                #expect(own.json["author"] == "north-manager")

                // It sees and ends only its own service's silences.
                let seen = try await client.get("/v1/silences", as: .northManager).json["silences"]
                #expect(seen.array.map { $0["id"] } == [own.json["id"]])
                let all = try await client.get("/v1/silences", as: .viewer).json["silences"]
                #expect(all.array.count == 3)
                for other in [south, everywhere] {
                    let id = try #require(other.json["id"].int)
                    expectProblem(
                        try await client.post("/v1/silences/\(id)/end", as: .northManager), .notFound,
                        path: "/v1/silences/\(id)/end")
                }
                let ownID = try #require(own.json["id"].int)
                #expect(try await client.post("/v1/silences/\(ownID)/end", as: .northManager).status == .ok)
            }
        }
    }
}
