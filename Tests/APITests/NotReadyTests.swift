import API
import HTTPTypes
import HummingbirdTesting
import Indicators
import Testing

/// 503 problems: before a cycle has completed (an empty snapshot store), and when the database
/// does not answer.
@Suite struct NotReadyTests {
    @Test(arguments: Mode.allCases)
    func beforeTheFirstCycle(mode: Mode) async throws {
        try await HandBuilt.with("not_ready_\(mode)", publish: false) { harness in
            try await harness.run(mode, unready: true) { client in
                #expect(try await client.get("/health/live", as: nil).status == .ok)
                let ready = try await client.get("/health/ready", as: nil)
                expectProblem(ready, .serviceUnavailable, path: "/health/ready")
                #expect(ready.headers[.retryAfter] != nil)
                for uri in [
                    "/v1/services", "/v1/indicators?service=S1", "/v1/indicators.csv?service=S1",
                    "/v1/indicators/court_reports_timely?service=S1",
                    "/v1/indicators/court_reports_timely/history?service=S1",
                    "/v1/indicators/court_reports_timely/history.csv?service=S1", "/v1/alerts",
                ] {
                    let response = try await client.get(uri)
                    expectProblem(response, .serviceUnavailable, path: String(uri.prefix { $0 != "?" }))
                    #expect(response.headers[.retryAfter] != nil, "\(uri)")
                }
                expectProblem(
                    try await client.get(
                        "/v1/indicators/court_reports_timely/records?service=S1&period_start=2024-01-01",
                        as: .manager),
                    .serviceUnavailable)
                expectProblem(
                    try await client.post(
                        "/v1/silences",
                        json: #"{"service": "S1", "reason": "r", "ends_at": "\#(instant(fromNow: 60))"}"#
                    ), .serviceUnavailable)
                // Reads of PostgreSQL still answer; a token is still checked first.
                #expect(try await client.get("/v1/cycles").status == .ok)
                expectProblem(try await client.get("/v1/services", as: nil), .unauthorized)
            }
        }
    }

    @Test(arguments: Mode.allCases)
    func whenTheDatabaseDoesNotAnswer(mode: Mode) async throws {
        try await HandBuilt.with("no_database_\(mode)") { harness in
            var down = harness
            down.api.database = APIHarness.unreachableDatabase()
            let alert = try await HandBuilt.alertID(
                harness.connection, service: "S1", indicator: "court_reports_timely", kind: "threshold")
            try await down.run(mode, unready: true) { client in
                let ready = try await client.get("/health/ready", as: nil)
                expectProblem(ready, .serviceUnavailable)
                #expect(ready.json["detail"].string?.contains("database") == true)
                // The snapshot is still served.
                #expect(try await client.get("/v1/services").status == .ok)
                for response in [
                    try await client.get("/v1/cycles"), try await client.get("/v1/deliveries"),
                    try await client.get("/v1/silences"), try await client.get("/v1/alerts/\(alert)"),
                    try await client.post("/v1/alerts/\(alert)/acknowledge", json: #"{"note": "n"}"#),
                ] {
                    expectProblem(response, .serviceUnavailable)
                }
            }
        }
    }
}
