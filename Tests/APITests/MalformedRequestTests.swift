import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Odd and hostile requests: never a 5xx (the client checks every response), every error a
/// problem, and nothing acted on by a request that was refused.
@Suite struct MalformedRequestTests {
    static let reads = [
        "/v1/services?", "/v1/services?&&", "/v1/services?=x", "/v1/services?service", "/v1/services?x=%ZZ",
        "/v1/indicators?service=S1%00", "/v1/indicators?service=%E2%80%AE", "/v1/indicators?service=S1%FF",
        "/v1/indicators/%2e%2e?service=S1", "/v1/indicators/..%2F..%2Fetc?service=S1",
        "/v1/indicators/court_reports_timely/history?service=S1&breakdown=",
        "/v1/indicators/court_reports_timely/history?service=S1&breakdown=%00",
        "/v1/indicators/court_reports_timely/records?service=S1&period_start=0000-01-01",
        "/v1/indicators/court_reports_timely/records?service=S1&period_start=9999-12-31",
        "/v1/indicators/court_reports_timely/records?service=S1&period_start=2024-02-30",
        "/v1/indicators/court_reports_timely/records?service=S1&period_start=%00",
        "/v1/indicators/court_reports_timely/records?service=S1&period_start=2024-01-01&breakdown=%00",
        "/v1/alerts?state=", "/v1/alerts?service=%00", "/v1/alerts/1.5", "/v1/alerts/1e3", "/v1/alerts/%20",
        "/v1/cycles?limit=99999999999999999999", "/v1/cycles?limit=%2B5", "/v1/deliveries?limit=",
        "/" + String(repeating: "a/", count: 500), "/v1/" + String(repeating: "x", count: 4000),
        "/v1/services?" + (0..<200).map { "p\($0)=\($0)" }.joined(separator: "&"),
    ]

    @Test(arguments: Mode.allCases)
    func oddReads(mode: Mode) async throws {
        try await HandBuilt.with("odd_reads_\(mode)") { harness in
            try await harness.run(mode) { client in
                for uri in Self.reads {
                    for caller in [Caller.manager, .northManager] {
                        let response = try await client.get(uri, as: caller)
                        if response.status.code >= 400 {
                            #expect(response.contentType == "application/problem+json", "\(uri)")
                        }
                    }
                }
                for header in [
                    "Bearer \u{E9}t\u{E9}", "Bearer " + String(repeating: "x", count: 8000),
                    "Bearer\t\(Caller.viewer.secret)",
                    "Bearer \(Caller.viewer.secret) extra",
                ] {
                    let response = try await client.send(.get, "/v1/services", authorization: header)
                    #expect(response.status == .unauthorized, "\(header.prefix(30))")
                }
                for accept in ["text/csv;q=abc", "text/csv;q=", ";;;,,,", "text/csv;q=-1, application/json;q=nan"] {
                    let response = try await client.get("/v1/indicators?service=S1", headers: [.accept: accept])
                    #expect(response.status == .ok, "\(accept)")
                }
            }
        }
    }

    @Test(arguments: Mode.allCases)
    func oddBodies(mode: Mode) async throws {
        try await HandBuilt.with("odd_bodies_\(mode)") { harness in
            let alert = try await HandBuilt.alertID(
                harness.connection, service: "S1", indicator: "court_reports_timely", kind: "threshold")
            let acknowledge = "/v1/alerts/\(alert)/acknowledge"
            let future = instant(fromNow: 86400)
            let refused: [(uri: String, json: String)] = [
                // Deeply nested, within the size limit.
                (acknowledge, String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)),
                (acknowledge, String(repeating: "{\"a\":", count: 300) + "1" + String(repeating: "}", count: 300)),
                (acknowledge, #"{"note": 1e400}"#),
                (acknowledge, #"{"note": "\ud800"}"#),
                (acknowledge, "{\"note\": \"a\"}\u{0}"),
                (acknowledge, #"{"note": "a"} {"note": "b"}"#),
                (acknowledge, "\u{FEFF}{\"note\": 1}"),
                (acknowledge, #"{"note": true}"#),
                (acknowledge, #"{"note": {"text": "a"}}"#),
                ("/v1/silences", #"{"service": ["S1"], "reason": "r", "ends_at": "\#(future)"}"#),
                ("/v1/silences", #"{"service": "S1", "reason": "r", "ends_at": "\#(future)", "starts_at": 0}"#),
                ("/v1/silences", #"{"service": "S1\u0000", "reason": "r", "ends_at": "\#(future)"}"#),
                ("/v1/silences", #"{"service": null, "indicator": null, "reason": "r", "ends_at": "\#(future)"}"#),
            ]
            try await harness.run(mode) { client in
                for (uri, json) in refused {
                    let response = try await client.post(uri, as: .admin, json: json)
                    #expect(response.status.code >= 400, "\(json.prefix(60))")
                    #expect(response.contentType == "application/problem+json", "\(json.prefix(60))")
                }
                let state = try await client.get("/v1/alerts/\(alert)").json["alert"]["state"]
                #expect(state == "firing")
                #expect(try await client.get("/v1/silences").json["silences"] == [])
            }
            #expect(try await auditTrail(harness.connection).isEmpty)
        }
    }

    /// Text PostgreSQL cannot store (a NUL character, which libpq would cut the text at) is the
    /// client's mistake: a 400 naming the field, not a 5xx, and not a note silently cut short.
    @Test(arguments: Mode.allCases)
    func textWithANulCharacter(mode: Mode) async throws {
        try await HandBuilt.with("nul_text_\(mode)") { harness in
            let alert = try await HandBuilt.alertID(
                harness.connection, service: "S1", indicator: "court_reports_timely", kind: "threshold")
            try await harness.run(mode) { client in
                let note = try await client.post(
                    "/v1/alerts/\(alert)/acknowledge", json: #"{"note": "chased\u0000 by phone"}"#)
                expectProblem(note, .badRequest, field: "note")
                let reason = try await client.post(
                    "/v1/silences",
                    json: #"{"service": "S1", "reason": "new\u0000officer", "ends_at": "\#(instant(fromNow: 600))"}"#)
                expectProblem(reason, .badRequest, field: "reason")
                #expect(try await client.get("/v1/alerts/\(alert)").json["alert"]["state"] == "firing")
            }
        }
    }

    /// A write answers with its result, whatever `If-None-Match` says: a 304 would tell the client
    /// nothing happened when the write was made.
    @Test(arguments: Mode.allCases)
    func writesIgnoreIfNoneMatch(mode: Mode) async throws {
        try await HandBuilt.with("write_inm_\(mode)") { harness in
            let alert = try await HandBuilt.alertID(
                harness.connection, service: "S1", indicator: "court_reports_timely", kind: "threshold")
            try await harness.run(mode) { client in
                let acknowledged = try await client.post(
                    "/v1/alerts/\(alert)/acknowledge", json: #"{"note": "n"}"#, headers: [.ifNoneMatch: "*"])
                #expect(acknowledged.status == .ok)
                #expect(acknowledged.json["state"] == "acknowledged")
                let created = try await client.post(
                    "/v1/silences", json: #"{"service": "S1", "reason": "r", "ends_at": "\#(instant(fromNow: 600))"}"#)
                let id = try #require(created.json["id"].int)
                let ended = try await client.post("/v1/silences/\(id)/end", headers: [.ifNoneMatch: "*"])
                #expect(ended.status == .ok)
                #expect(ended.json["ended_by"] == "manager-token")
            }
        }
    }
}
