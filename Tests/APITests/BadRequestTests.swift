import HTTPTypes
import HummingbirdTesting
import Testing

/// 400 problems naming the parameter or body field at fault.
@Suite struct BadRequestTests {
    /// Reads with a bad query: the URI, who asks, and the field the problem must name.
    static let queries: [(uri: String, caller: Caller, field: String)] = [
        ("/v1/services?foo=1", .viewer, "foo"),
        ("/openapi.json?format=yaml", .viewer, "format"),
        ("/metrics?debug=true", .viewer, "debug"),
        ("/v1/indicators?service=S1&sort=asc", .viewer, "sort"),
        ("/v1/indicators?service=S1&service=S2", .viewer, "service"),
        ("/v1/indicators?service=", .viewer, "service"),
        ("/v1/indicators?service=" + String(repeating: "x", count: 201), .viewer, "service"),
        // The token sees several services, so one must be named.
        ("/v1/indicators", .viewer, "service"),
        ("/v1/indicators.csv", .manager, "service"),
        ("/v1/indicators/court_reports_timely", .admin, "service"),
        ("/v1/indicators/court_reports_timely/history", .viewer, "service"),
        ("/v1/indicators/kpi_ete/history?service=S1&breakdown=tier%3Dnone", .viewer, "breakdown"),
        ("/v1/indicators/court_reports_timely/records?service=S1", .manager, "period_start"),
        ("/v1/indicators/court_reports_timely/records?service=S1&period_start=2024-13-01", .manager, "period_start"),
        ("/v1/indicators/court_reports_timely/records?service=S1&period_start=01/01/2024", .manager, "period_start"),
        (
            "/v1/indicators/court_reports_timely/records?service=S1&period_start=2024-01-01&scope=some", .manager,
            "scope"
        ),
        ("/v1/indicators/court_reports_timely/records?service=S1&period_start=2024-01-01&child=C1", .manager, "child"),
        ("/v1/alerts?state=pending", .viewer, "state"),
        ("/v1/alerts?state=FIRING", .viewer, "state"),
        ("/v1/alerts?kind=everything", .viewer, "kind"),
        ("/v1/alerts?since=2024-01-01", .viewer, "since"),
        ("/v1/alerts/abc", .viewer, "id"),
        ("/v1/alerts/0", .viewer, "id"),
        ("/v1/alerts/-3", .viewer, "id"),
        ("/v1/alerts/99999999999999999999999", .viewer, "id"),
        ("/v1/silences?include_ended=yes", .viewer, "include_ended"),
        ("/v1/cycles?limit=0", .viewer, "limit"),
        ("/v1/cycles?limit=501", .viewer, "limit"),
        ("/v1/cycles?limit=ten", .viewer, "limit"),
        ("/v1/cycles?limit=2.5", .viewer, "limit"),
        ("/v1/deliveries?limit=-1", .viewer, "limit"),
        ("/v1/deliveries?offset=10", .viewer, "offset"),
    ]

    @Test(arguments: Mode.allCases)
    func badQueries(mode: Mode) async throws {
        try await HandBuilt.with("bad_query_\(mode)") { harness in
            try await harness.run(mode) { client in
                for (uri, caller, field) in Self.queries {
                    let response = try await client.get(uri, as: caller)
                    expectProblem(response, .badRequest, field: field, path: String(uri.prefix { $0 != "?" }))
                    #expect(response.json["detail"].string?.hasPrefix(field) == true, "\(uri)")
                }
            }
        }
    }

    @Test(arguments: Mode.allCases)
    func badBodies(mode: Mode) async throws {
        try await HandBuilt.with("bad_body_\(mode)") { harness in
            let alert = try await HandBuilt.alertID(
                harness.connection, service: "S1", indicator: "court_reports_timely", kind: "threshold")
            let acknowledge = "/v1/alerts/\(alert)/acknowledge"
            let future = instant(fromNow: 86400)
            let bodies: [(uri: String, json: String, field: String)] = [
                (acknowledge, "{}", "note"),
                (acknowledge, #"{"note": "   "}"#, "note"),
                (acknowledge, #"{"note": null}"#, "note"),
                (acknowledge, #"{"note": 5}"#, "note"),
                (acknowledge, #"{"note": ["a"]}"#, "note"),
                (acknowledge, #"{"note": "\#(String(repeating: "n", count: 2001))"}"#, "note"),
                (acknowledge, #"{"note": "seen", "urgent": true}"#, "urgent"),
                ("/v1/silences", #"{"service": "S1", "ends_at": "\#(future)"}"#, "reason"),
                ("/v1/silences", #"{"service": "S1", "reason": "r"}"#, "ends_at"),
                ("/v1/silences", #"{"service": "S1", "reason": "r", "ends_at": "2020-01-01T00:00:00Z"}"#, "ends_at"),
                ("/v1/silences", #"{"service": "S1", "reason": "r", "ends_at": "tomorrow"}"#, "ends_at"),
                ("/v1/silences", #"{"service": "S1", "reason": "r", "ends_at": "2030-01-01"}"#, "ends_at"),
                ("/v1/silences", #"{"service": "S1", "reason": "r", "ends_at": 1900000000}"#, "ends_at"),
                // Days that do not exist, years of five digits, and year 0 are refused, not rolled
                // over or sent on to PostgreSQL.
                ("/v1/silences", #"{"service": "S1", "reason": "r", "ends_at": "2030-02-30T00:00:00Z"}"#, "ends_at"),
                ("/v1/silences", #"{"service": "S1", "reason": "r", "ends_at": "2031-02-29T12:00:00Z"}"#, "ends_at"),
                ("/v1/silences", #"{"service": "S1", "reason": "r", "ends_at": "99999-01-01T00:00:00Z"}"#, "ends_at"),
                (
                    "/v1/silences",
                    #"{"service": "S1", "reason": "r", "starts_at": "0000-01-01T00:00:00Z", "ends_at": "\#(future)"}"#,
                    "starts_at"
                ),
                (
                    "/v1/silences",
                    #"{"service": "S1", "reason": "r", "starts_at": "2031-01-01T00:00:00Z", "ends_at": "2030-01-01T00:00:00Z"}"#,
                    "ends_at"
                ),
                (
                    "/v1/silences", #"{"service": "S1", "reason": "r", "starts_at": "soon", "ends_at": "\#(future)"}"#,
                    "starts_at"
                ),
                ("/v1/silences", #"{"reason": "r", "ends_at": "\#(future)"}"#, "service"),
                ("/v1/silences", #"{"service": "S9", "reason": "r", "ends_at": "\#(future)"}"#, "service"),
                ("/v1/silences", #"{"indicator": "nothing", "reason": "r", "ends_at": "\#(future)"}"#, "indicator"),
                ("/v1/silences", #"{"service": "S1", "reason": "r", "ends_at": "\#(future)", "by": "x"}"#, "by"),
            ]
            try await harness.run(mode) { client in
                for (uri, json, field) in bodies {
                    let response = try await client.post(uri, as: .manager, json: json)
                    expectProblem(response, .badRequest, field: field, path: uri)
                }
                // A body that is not a JSON object names the body as the field at fault.
                for json in ["{not json", "[]", #""note""#, "", "null"] {
                    let response = try await client.post(acknowledge, as: .manager, json: json)
                    expectProblem(response, .badRequest, field: "body", path: acknowledge)
                }
                // A bad id in the path of a write.
                expectProblem(
                    try await client.post("/v1/silences/first/end", as: .manager), .badRequest, field: "id")
                expectProblem(
                    try await client.post("/v1/alerts/x/acknowledge", as: .manager, json: #"{"note": "n"}"#),
                    .badRequest, field: "id")
                // A query parameter on a write.
                expectProblem(
                    try await client.post("/v1/cycles?now=1", as: .admin), .badRequest, field: "now")
                // None of it was acted on.
                let state = try await client.get("/v1/alerts/\(alert)").json["alert"]["state"]
                #expect(state == "firing")
                #expect(try await client.get("/v1/silences").json["silences"].array.isEmpty)
            }
            #expect(try await auditTrail(harness.connection).isEmpty)
        }
    }
}
