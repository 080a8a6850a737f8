import HTTPTypes
import HummingbirdTesting
import Testing

/// 401 with a `WWW-Authenticate` challenge for a missing, malformed or unknown token, on every
/// route but health; and the scheme read case-insensitively.
@Suite struct AuthenticationTests {
    static let refused: [(label: String, authorization: String?)] = [
        ("no header", nil),
        ("wrong scheme", "Basic \(Caller.viewer.secret)"),
        ("scheme alone", "Bearer"),
        ("empty token", "Bearer    "),
        ("unknown token", "Bearer yotqa-test-secret-nobody-0123456789abcdef"),
        ("token with a byte changed", "Bearer " + Caller.viewer.secret.dropLast() + "0"),
        ("bare secret", Caller.viewer.secret),
    ]

    @Test(arguments: Mode.allCases)
    func everyRouteButHealthNeedsAKnownToken(mode: Mode) async throws {
        try await HandBuilt.with("auth_\(mode)") { harness in
            try await harness.run(mode) { client in
                for route in [
                    "/v1/services", "/v1/indicators?service=S1", "/metrics", "/openapi.json", "/v1/cycles",
                    "/v1/nothing/here",
                ] {
                    for (label, authorization) in Self.refused {
                        let response = try await client.send(.get, route, authorization: authorization)
                        expectProblem(response, .unauthorized, path: String(route.prefix { $0 != "?" }))
                        #expect(response.headers[.wwwAuthenticate] == #"Bearer realm="yotqa""#, "\(label)")
                    }
                }
                let write = try await client.send(
                    .post, "/v1/cycles", authorization: "Bearer not-a-token", body: nil)
                expectProblem(write, .unauthorized)
                #expect(write.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)

                for health in ["/health/live", "/health/ready"] {
                    #expect(try await client.send(.get, health, authorization: nil).status == .ok)
                    #expect(try await client.send(.get, health, authorization: "Bearer nonsense").status == .ok)
                }
            }
        }
    }

    @Test(arguments: Mode.allCases)
    func theSchemeIsCaseInsensitive(mode: Mode) async throws {
        try await HandBuilt.with("auth_scheme_\(mode)") { harness in
            try await harness.run(mode) { client in
                for scheme in ["Bearer", "bearer", "BEARER"] {
                    let response = try await client.send(
                        .get, "/v1/services", authorization: "\(scheme) \(Caller.viewer.secret)")
                    #expect(response.status == .ok, "\(scheme)")
                }
            }
        }
    }
}
