import API
import HTTPTypes
import HummingbirdTesting
import Testing

/// `GET /metrics`: requests counted by route template, method and status; the alerts gauge.
@Suite struct MetricsTests {
    /// The value of the first sample of `name` whose labels include all of `labels`; nil when none.
    static func sample(_ text: String, _ name: String, _ labels: [String: String]) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix(name + "{") {
            guard let close = line.lastIndex(of: "}") else { continue }
            let labelText = line[line.index(line.startIndex, offsetBy: name.count + 1)..<close]
            let present = labels.allSatisfy { labelText.contains("\($0.key)=\"\($0.value)\"") }
            if present { return Double(line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)) }
        }
        return nil
    }

    @Test(arguments: Mode.allCases)
    func requestsAreCountedByRouteAndStatus(mode: Mode) async throws {
        try await HandBuilt.with("metrics_\(mode)") { harness in
            try await harness.run(mode) { client in
                let services = ["route": "/v1/services", "method": "GET", "status": "200"]
                let refused = ["route": "/v1/indicators/{id}", "method": "GET", "status": "401"]
                let unmatched = ["route": "unmatched", "method": "GET", "status": "404"]
                let before = try await client.get("/metrics").text
                for _ in 1...3 { _ = try await client.get("/v1/services") }
                for _ in 1...2 { _ = try await client.get("/v1/indicators/kpi_ete?service=S1", as: nil) }
                _ = try await client.get("/v1/no/such/route")

                let response = try await client.get("/metrics")
                #expect(response.status == .ok)
                #expect(response.contentType?.hasPrefix("text/plain; version=0.0.4") == true)
                let after = response.text
                #expect(after.contains("# TYPE yotqa_http_requests_total counter"))
                // Other tests count requests in this process too: at least ours were added.
                for (labels, added) in [(services, 3.0), (refused, 2.0), (unmatched, 1.0)] {
                    let was = Self.sample(before, "yotqa_http_requests_total", labels) ?? 0
                    let now = try #require(Self.sample(after, "yotqa_http_requests_total", labels), "\(labels)")
                    #expect(now >= was + added, "\(labels)")
                }
                // The route is the template, never the path with its parameters.
                #expect(!after.contains(#"route="/v1/indicators/kpi_ete""#))
            }
        }
    }

    @Test(arguments: Mode.allCases)
    func alertsByState(mode: Mode) async throws {
        try await HandBuilt.with("metrics_alerts_\(mode)") { harness in
            // As `yotqa serve` does with each snapshot it publishes.
            ServiceMetrics.published(try #require(harness.snapshots.snapshot))
            try await harness.run(mode) { client in
                let text = try await client.get("/metrics").text
                #expect(text.contains("# TYPE yotqa_alerts gauge"))
                for state in ["firing", "acknowledged"] {
                    let value = Self.sample(text, "yotqa_alerts", ["state": state])
                    #expect(value != nil, "\(state)")
                    #expect((value ?? -1) >= 0, "\(state)")
                }
                // The age of the snapshot served, renewed by the scrape itself.
                let age = text.split(separator: "\n").first { $0.hasPrefix("yotqa_snapshot_age_seconds ") }
                #expect(age.flatMap { Double($0.split(separator: " ")[1]) } != nil)
            }
        }
    }
}
