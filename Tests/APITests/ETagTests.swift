import HTTPTypes
import HummingbirdTesting
import Testing

/// ETags on reads; `If-None-Match` gets a 304 with no body; a change of alerts renews the tag.
@Suite struct ETagTests {
    static let reads = [
        "/v1/services", "/v1/indicators?service=S1", "/v1/indicators.csv?service=S1",
        "/v1/indicators/kpi_ete?service=S1", "/v1/indicators/kpi_ete/history?service=S1",
        "/v1/indicators/kpi_ete/history.csv?service=S1", "/v1/alerts", "/v1/alerts?state=firing", "/v1/cycles",
        "/v1/silences", "/v1/deliveries", "/openapi.json",
    ]

    @Test(arguments: Mode.allCases)
    func aRepeatedReadIsNotModified(mode: Mode) async throws {
        try await HandBuilt.with("etag_\(mode)") { harness in
            try await harness.run(mode) { client in
                var tags: [String: String] = [:]
                for uri in Self.reads {
                    let first = try await client.get(uri)
                    #expect(first.status == .ok, "\(uri)")
                    let tag = try #require(first.headers[.eTag], "\(uri)")
                    #expect(tag.hasPrefix("\"") && tag.hasSuffix("\""), "\(uri): \(tag)")
                    tags[uri] = tag
                    // The same read again: the same tag.
                    #expect(try await client.get(uri).headers[.eTag] == tag, "\(uri)")

                    let cached = try await client.get(uri, headers: [.ifNoneMatch: tag])
                    #expect(cached.status == .notModified, "\(uri)")
                    #expect(cached.body.readableBytes == 0, "\(uri)")
                    #expect(cached.headers[.eTag] == tag, "\(uri)")
                    // Weak, listed among others, or any.
                    for header in ["W/\(tag)", "\"other\", \(tag)", "*"] {
                        let response = try await client.get(uri, headers: [.ifNoneMatch: header])
                        #expect(response.status == .notModified, "\(uri) with \(header)")
                    }
                    let stale = try await client.get(uri, headers: [.ifNoneMatch: "\"0000000000000000\""])
                    #expect(stale.status == .ok, "\(uri)")
                    #expect(stale.body.readableBytes > 0, "\(uri)")
                }
                // Different bodies, different tags.
                #expect(Set(tags.values).count == tags.count)
                // Another token scope sees another body, so another tag.
                let north = try await client.get("/v1/services", as: .northManager)
                #expect(north.headers[.eTag] != tags["/v1/services"])
                // A tag is no licence to skip authentication.
                let anonymous = try await client.get("/v1/services", as: nil, headers: [.ifNoneMatch: "*"])
                expectProblem(anonymous, .unauthorized)
            }
        }
    }

    @Test(arguments: Mode.allCases)
    func anAcknowledgementRenewsTheAlertsTag(mode: Mode) async throws {
        try await HandBuilt.with("etag_ack_\(mode)") { harness in
            let alert = try await HandBuilt.alertID(
                harness.connection, service: "S1", indicator: "court_reports_timely", kind: "threshold")
            try await harness.run(mode) { client in
                let before = try await client.get("/v1/alerts")
                let tag = try #require(before.headers[.eTag])
                let services = try #require(try await client.get("/v1/services").headers[.eTag])
                #expect(before.json["alerts"].first(where: "id", is: .number(Double(alert)))["state"] == "firing")

                let acknowledged = try await client.post(
                    "/v1/alerts/\(alert)/acknowledge", json: #"{"note": "in hand"}"#)
                #expect(acknowledged.status == .ok)

                let after = try await client.get("/v1/alerts", headers: [.ifNoneMatch: tag])
                #expect(after.status == .ok)
                let renewed = try #require(after.headers[.eTag])
                #expect(renewed != tag)
                let listed = after.json["alerts"].first(where: "id", is: .number(Double(alert)))
                #expect(listed["state"] == "acknowledged")
                #expect(listed["acknowledged"]["note"] == "in hand")
                #expect(try await client.get("/v1/alerts", headers: [.ifNoneMatch: renewed]).status == .notModified)
                // The services' open alerts are read from the same alerts: still open, so the same body.
                let servicesAfter = try await client.get("/v1/services", headers: [.ifNoneMatch: services])
                #expect(servicesAfter.status == .notModified)
            }
        }
    }
}
