import API
import HTTPTypes
import HummingbirdTesting
import Testing

/// Every route of `YotqaAPI.routeTable` answered with success at least once, in both modes.
@Suite struct RouteCoverageTests {
    /// One request: the route it exercises (as the route table names it), and the status wanted.
    struct Call: Sendable {
        var route: String
        var uri: String
        var caller: Caller?
        var json: String?
        var status: HTTPResponse.Status
    }

    static func calls(alert: Int, systemAlert: Int) -> [Call] {
        let note = #"{"note": "chased with the court team"}"#
        let silence = #"{"service": "S1", "reason": "new liaison officer", "ends_at": "\#(instant(fromNow: 86400))"}"#
        return [
            Call(route: "GET /health/live", uri: "/health/live", caller: nil, status: .ok),
            Call(route: "GET /health/ready", uri: "/health/ready", caller: nil, status: .ok),
            Call(route: "GET /metrics", uri: "/metrics", caller: .viewer, status: .ok),
            Call(route: "GET /openapi.json", uri: "/openapi.json", caller: .viewer, status: .ok),
            Call(route: "GET /v1/services", uri: "/v1/services", caller: .viewer, status: .ok),
            Call(route: "GET /v1/indicators", uri: "/v1/indicators?service=S1", caller: .viewer, status: .ok),
            Call(route: "GET /v1/indicators.csv", uri: "/v1/indicators.csv?service=S2", caller: .viewer, status: .ok),
            Call(
                route: "GET /v1/indicators/{id}", uri: "/v1/indicators/kpi_ete?service=S1", caller: .viewer,
                status: .ok),
            Call(
                route: "GET /v1/indicators/{id}/history",
                uri: "/v1/indicators/kpi_ete/history?service=S1&breakdown=tier%3Dcustody", caller: .viewer,
                status: .ok),
            Call(
                route: "GET /v1/indicators/{id}/history.csv",
                uri: "/v1/indicators/court_reports_timely/history.csv?service=S1", caller: .viewer, status: .ok),
            Call(
                route: "GET /v1/indicators/{id}/records",
                uri: "/v1/indicators/court_reports_timely/records?service=S1&period_start=2024-01-01",
                caller: .manager, status: .ok),
            Call(route: "GET /v1/alerts", uri: "/v1/alerts?state=firing", caller: .viewer, status: .ok),
            Call(route: "GET /v1/alerts/{id}", uri: "/v1/alerts/\(alert)", caller: .viewer, status: .ok),
            Call(
                route: "POST /v1/alerts/{id}/acknowledge", uri: "/v1/alerts/\(alert)/acknowledge", caller: .manager,
                json: note, status: .ok),
            Call(
                route: "POST /v1/alerts/{id}/acknowledge", uri: "/v1/alerts/\(systemAlert)/acknowledge",
                caller: .admin, json: note, status: .ok),
            Call(route: "GET /v1/silences", uri: "/v1/silences", caller: .viewer, status: .ok),
            Call(route: "POST /v1/silences", uri: "/v1/silences", caller: .manager, json: silence, status: .created),
            Call(route: "GET /v1/cycles", uri: "/v1/cycles", caller: .viewer, status: .ok),
            Call(route: "POST /v1/cycles", uri: "/v1/cycles", caller: .admin, status: .accepted),
            Call(route: "GET /v1/deliveries", uri: "/v1/deliveries", caller: .viewer, status: .ok),
        ]
    }

    @Test(arguments: Mode.allCases)
    func everyRouteAnswersWithSuccess(mode: Mode) async throws {
        try await HandBuilt.with("routes_\(mode)") { harness in
            let alert = try await HandBuilt.alertID(
                harness.connection, service: "S1", indicator: "court_reports_timely", kind: "threshold")
            let systemAlert = try await HandBuilt.alertID(
                harness.connection, service: nil, indicator: "kpi_send_plan", kind: "compute_failed")
            let covered = try await harness.run(mode) { client in
                var covered: Set<String> = []
                for call in Self.calls(alert: alert, systemAlert: systemAlert) {
                    let method = HTTPRequest.Method(String(call.route.prefix { $0 != " " }))!
                    let response =
                        method == .post
                        ? try await client.post(call.uri, as: call.caller, json: call.json)
                        : try await client.get(call.uri, as: call.caller)
                    #expect(response.status == call.status, "\(call.uri): \(response.text)")
                    #expect(response.headers[.contentType] != nil, "\(call.uri)")
                    covered.insert(call.route)
                }
                // The silence just made, ended early.
                let silences = try await client.get("/v1/silences").json["silences"]
                let silence = try #require(silences[0]["id"].int)
                let ended = try await client.post("/v1/silences/\(silence)/end", as: .manager)
                #expect(ended.status == .ok, "\(ended.text)")
                covered.insert("POST /v1/silences/{id}/end")
                return covered
            }
            let table = Set(YotqaAPI.routeTable.map { "\($0.method) \($0.path)" })
            #expect(covered == table)
        }
    }
}
