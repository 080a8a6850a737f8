import HTTPTypes
import HummingbirdTesting
import Testing

/// HEAD, which HTTP asks every general-purpose server to support: the header of the GET, with the
/// same status, entity tag and length, and no body; the same token rules.
@Suite struct HeadTests {
    static let reads = [
        "/health/live", "/health/ready", "/v1/services", "/v1/indicators?service=S1", "/v1/indicators.csv?service=S1",
        "/v1/indicators/court_reports_timely?service=S1", "/v1/indicators/court_reports_timely/history?service=S1",
        "/v1/alerts", "/v1/cycles", "/openapi.json",
    ]

    @Test(arguments: Mode.allCases)
    func headIsTheGetWithoutItsBody(mode: Mode) async throws {
        try await HandBuilt.with("head_\(mode)") { harness in
            try await harness.run(mode) { client in
                for uri in Self.reads {
                    let get = try await client.get(uri, as: .viewer)
                    let head = try await client.send(.head, uri, authorization: "Bearer \(Caller.viewer.secret)")
                    #expect(get.status == .ok, "\(uri)")
                    #expect(head.status == get.status, "\(uri)")
                    #expect(head.body.readableBytes == 0, "\(uri)")
                    #expect(head.headers[.eTag] == get.headers[.eTag], "\(uri)")
                    #expect(head.headers[.contentType] == get.headers[.contentType], "\(uri)")
                    // The length the GET's body has, not the empty one's.
                    let length = get.body.readableBytes
                    #expect(
                        head.headers[.contentLength] == nil || head.headers[.contentLength] == "\(length)", "\(uri)")
                }
                // The token rules of the GET: none is 401, a viewer may not see drill-downs.
                let anonymous = try await client.send(.head, "/v1/services", authorization: nil)
                #expect(anonymous.status == .unauthorized)
                #expect(anonymous.body.readableBytes == 0)
                let records = "/v1/indicators/court_reports_timely/records?service=S1&period_start=2024-01-01"
                let viewer = try await client.send(.head, records, authorization: "Bearer \(Caller.viewer.secret)")
                #expect(viewer.status == .forbidden)
                // An unknown route is still a 404, with a valid token.
                let unknown = try await client.send(
                    .head, "/v1/nothing", authorization: "Bearer \(Caller.viewer.secret)")
                #expect(unknown.status == .notFound)
                if mode == .live { #expect(unknown.body.readableBytes == 0, "NIO's encoder sends no body to a HEAD") }
            }
        }
    }
}
