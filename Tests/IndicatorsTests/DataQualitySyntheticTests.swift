import Dates
import Indicators
import Synthetic
import TestSupport
import Testing

/// data_quality_issues against the synthetic generator's planted records: each planted record
/// breaks exactly one rule and every other record none, so per rule (over all services and the
/// no-service row) the indicator counts exactly `plantedIssues`, and the total is their sum.
@Suite struct DataQualitySyntheticTests {
    @Test func countsWhatTheGeneratorPlanted() async throws {
        let spec = SyntheticSpec(services: 3, children: 600, seed: 5)
        let generator = SyntheticGenerator(spec: spec)
        var planted: [Int: Int] = [:]
        let batches = (0..<generator.serviceCount).map { generator.batch(forService: $0) }
        for batch in batches { planted.merge(batch.plantedIssues, uniquingKeysWith: +) }
        let values: [IndicatorValue] = try await TestDatabase.withScratch("dq_synthetic") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await IndicatorFixture.prepare(connection, synthetic: batches)
            let catalogue = try Catalogue.load(sqlDirectory: IndicatorFixture.sql).only([
                "data_quality_issues"
            ])
            let outcome = try await Engine(catalogue: catalogue).compute(
                on: connection, settings: EngineSettings(asOf: spec.asOf))
            if let failure = outcome.failures.first { throw failure }
            return outcome.values
        }
        for rule in 1...6 {
            let counted = values.filter { $0.breakdown == "rule=\(rule)" }.reduce(0) {
                $0 + ($1.numerator ?? 0)
            }
            #expect(counted == Double(planted[rule] ?? 0), "rule \(rule)")
        }
        let total = values.filter { $0.breakdown == nil }.reduce(0) { $0 + ($1.numerator ?? 0) }
        #expect(total == Double(planted.values.reduce(0, +)))
        #expect(total > 0)
    }
}
