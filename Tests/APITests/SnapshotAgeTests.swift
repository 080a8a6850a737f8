import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// Every read served from the snapshot says how old its figures are: `Last-Modified` is when the
/// cycle finished, `Age` the seconds since. While cycles fail (the database away), the age grows
/// and a dashboard can show that the figures are stale.
@Suite struct SnapshotAgeTests {
    /// HandBuilt's cycle finished at 2024-04-15T08:00:42Z, a Monday.
    static let finished = Date(timeIntervalSince1970: 1_713_168_042)

    @Test(arguments: Mode.allCases)
    func readsCarryTheCyclesTimeAndAge(mode: Mode) async throws {
        try await HandBuilt.with("age_\(mode)") { harness in
            try await harness.run(mode) { client in
                for uri in ["/v1/indicators?service=S1", "/v1/indicators/kpi_ete/history.csv?service=S1", "/v1/alerts"]
                {
                    let response = try await client.get(uri)
                    #expect(response.status == .ok, "\(uri)")
                    Self.expectAge(response.headers, uri)
                    // A 304 says it too: the client's copy is that old.
                    let tag = try #require(response.headers[.eTag])
                    let cached = try await client.get(uri, headers: [.ifNoneMatch: tag])
                    #expect(cached.status == .notModified)
                    Self.expectAge(cached.headers, uri)
                }
                let ready = try await client.get("/health/ready", as: nil)
                #expect(ready.status == .ok)
                Self.expectAge(ready.headers, "/health/ready")
            }
        }
    }

    static func expectAge(_ headers: HTTPFields, _ uri: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            headers[.lastModified] == "Mon, 15 Apr 2024 08:00:42 GMT", "\(uri)", sourceLocation: sourceLocation)
        let expected = Date().timeIntervalSince(finished)
        let age = headers[.age].flatMap { Double($0) } ?? -1
        #expect(
            abs(age - expected) < 10, "\(uri): Age \(age), expected about \(expected)", sourceLocation: sourceLocation)
    }
}
