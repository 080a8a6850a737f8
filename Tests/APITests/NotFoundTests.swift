import HTTPTypes
import HummingbirdTesting
import Testing

/// 404 problems: an unknown route (with a valid token), indicator, service, alert, silence or figure.
@Suite struct NotFoundTests {
    @Test(arguments: Mode.allCases)
    func unknownThings(mode: Mode) async throws {
        try await HandBuilt.with("not_found_\(mode)") { harness in
            let pending = try await HandBuilt.alertID(
                harness.connection, service: "S1", indicator: "kpi_ete", kind: "threshold")
            try await harness.run(mode) { client in
                let reads = [
                    "/v1/nothing", "/v2/services", "/v1/services/S1", "/v1/indicators/court_reports_timely/nothing",
                    "/v1/indicators/no_such_indicator?service=S1",
                    "/v1/indicators/no_such_indicator/history?service=S1",
                    "/v1/indicators/no_such_indicator/history.csv?service=S1",
                    "/v1/indicators?service=S9", "/v1/indicators.csv?service=S9",
                    "/v1/indicators/court_reports_timely?service=S9", "/v1/alerts/999999",
                    // A pending alert is not an alert yet.
                    "/v1/alerts/\(pending)",
                ]
                for uri in reads {
                    expectProblem(
                        try await client.get(uri, as: .viewer), .notFound, path: String(uri.prefix { $0 != "?" }))
                }
                // An unknown route says which, and where the routes are listed.
                let route = try await client.get("/v1/nothing")
                #expect(route.json["detail"].string?.contains("/v1/nothing") == true)
                // An unknown method on a known path.
                expectProblem(
                    try await client.send(.delete, "/v1/alerts", authorization: "Bearer \(Caller.admin.secret)"),
                    .notFound)

                let managed = [
                    try await client.get(
                        "/v1/indicators/no_such_indicator/records?service=S1&period_start=2024-01-01", as: .manager),
                    try await client.get(
                        "/v1/indicators/court_reports_timely/records?service=S9&period_start=2024-01-01",
                        as: .manager),
                    // No figure for that period, or for that breakdown.
                    try await client.get(
                        "/v1/indicators/court_reports_timely/records?service=S1&period_start=2020-01-01",
                        as: .manager),
                    try await client.get(
                        "/v1/indicators/kpi_ete/records?service=S1&period_start=2024-01-01&breakdown=tier%3Dnone",
                        as: .manager),
                    try await client.post("/v1/alerts/999999/acknowledge", as: .manager, json: #"{"note": "n"}"#),
                    try await client.post("/v1/alerts/\(pending)/acknowledge", as: .manager, json: #"{"note": "n"}"#),
                    try await client.post("/v1/silences/999999/end", as: .manager),
                ]
                for response in managed { expectProblem(response, .notFound) }
            }
        }
    }
}
