import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// 413 for a body over the limit and 415 for one that is not JSON; nothing is acted on.
@Suite struct BodyLimitTests {
    @Test(arguments: Mode.allCases)
    func tooLargeOrNotJSON(mode: Mode) async throws {
        try await HandBuilt.with("body_\(mode)") { harness in
            let alert = try await HandBuilt.alertID(
                harness.connection, service: "S1", indicator: "court_reports_timely", kind: "threshold")
            let acknowledge = "/v1/alerts/\(alert)/acknowledge"
            try await harness.run(mode) { client in
                let large = #"{"note": "\#(String(repeating: "n", count: APIHarness.maxBodyBytes))"}"#
                expectProblem(try await client.post(acknowledge, json: large), .contentTooLarge, path: acknowledge)
                let silence = #"{"service": "S1", "reason": "\#(String(repeating: "r", count: 5000))", "ends_at": "x"}"#
                expectProblem(try await client.post("/v1/silences", json: silence), .contentTooLarge)
                // A body just within the limit is read.
                let within = #"{"note": "\#(String(repeating: "n", count: 1900))"}"#
                #expect(within.utf8.count <= APIHarness.maxBodyBytes)
                let fits = try await client.post(acknowledge, json: within)
                #expect(fits.status == .ok)

                let others = try await HandBuilt.alertID(
                    harness.connection, service: "S2", indicator: "court_reports_timely", kind: "threshold")
                for contentType in ["text/plain", "application/x-www-form-urlencoded", "application/xml"] {
                    expectProblem(
                        try await client.post(
                            "/v1/alerts/\(others)/acknowledge", json: #"{"note": "n"}"#, contentType: contentType),
                        .unsupportedMediaType)
                }
                expectProblem(
                    try await client.post(
                        "/v1/alerts/\(others)/acknowledge", json: #"{"note": "n"}"#, contentType: nil),
                    .unsupportedMediaType)
                expectProblem(
                    try await client.post("/v1/alerts/\(others)/acknowledge", json: nil), .unsupportedMediaType)
                // The parameters of the media type are allowed.
                let charset = try await client.post(
                    "/v1/alerts/\(others)/acknowledge", json: #"{"note": "n"}"#,
                    contentType: "application/json; charset=utf-8")
                #expect(charset.status == .ok)
            }
            #expect(try await auditTrail(harness.connection).count == 2)
        }
    }
}
