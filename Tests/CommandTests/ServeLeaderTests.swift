import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite("yotqa serve beside a yotqa compute run by hand")
struct ServeLeaderTests {
    /// The daemon leads (it is the only instance) and its schedule would not run another cycle for
    /// an hour, so only the announcement of the hand-run cycle can make it serve that cycle.
    @Test("the leader serves a cycle that yotqa compute committed, without waiting for its own next cycle")
    func leaderServesACycleComputedByHand() async throws {
        let extra = "api:\n  port: 0\nschedule:\n  cycle_every: 1h\n  jitter: 0s\n"
        try await GeneratedData.withDatabase("leaderhears", extra: extra) { _, config in
            let daemon = try Daemon(config: config)
            defer { daemon.stop() }
            let base = try await daemon.address(within: 60)
            #expect(try await ServeCommandTests.waitForReady(base, within: 120), "never ready: \(daemon.log)")
            let before = try await Self.served(base)
            // The daemon's own cycle is as of today; the one by hand is as of GeneratedData.asOf.
            try GeneratedData.succeed(["compute", "--as-of", GeneratedData.asOf, "--force"], config: config)
            let deadline = Date().addingTimeInterval(20)
            var now = before
            while Date() < deadline, now.cycleID == before.cycleID {
                try await Task.sleep(for: .milliseconds(200))
                now = try await Self.served(base)
            }
            #expect(now.cycleID > before.cycleID, "still serving cycle \(before.cycleID): \(daemon.log)")
            #expect(now.asOf == GeneratedData.asOf)
        }
    }

    struct Served: Equatable {
        var cycleID: Int
        var asOf: String
    }

    /// The cycle `GET /health/ready` says is served.
    static func served(_ base: String) async throws -> Served {
        let (body, response) = try await ServeCommandTests.get(base + "/health/ready", token: nil)
        try #require(response.statusCode == 200)
        let object = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        return Served(
            cycleID: try #require(object["cycle_id"] as? Int), asOf: try #require(object["as_of"] as? String))
    }
}
