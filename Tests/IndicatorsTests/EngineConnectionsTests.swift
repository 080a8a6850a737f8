import Dates
import Indicators
import Synthetic
import TestSupport
import Testing

/// A cycle shared out over several connections gives exactly what one connection gives: the same
/// values in the same (catalogue) order, the same failures and the same record counts, whatever
/// order the work is taken in.
@Suite struct EngineConnectionsTests {
    @Test func severalConnectionsGiveWhatOneGives() async throws {
        let spec = SyntheticSpec(services: 3, children: 600, seed: 11)
        let generator = SyntheticGenerator(spec: spec)
        let batches = (0..<generator.serviceCount).map { generator.batch(forService: $0) }
        try await TestDatabase.withScratch("engine_connections") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await IndicatorFixture.prepare(connection, synthetic: batches)
            var catalogue = try Catalogue.load(sqlDirectory: IndicatorFixture.sql)
            catalogue.definitions.append(IndicatorFixture.broken)
            let engine = Engine(catalogue: catalogue)
            let one = try await engine.compute(on: connection, settings: EngineSettings(asOf: spec.asOf))
            // Costs that put the catalogue's last indicators first, so the order of work differs.
            let costs = Dictionary(
                uniqueKeysWithValues: catalogue.definitions.enumerated().map { ($0.element.id, $0.offset) })
            let three = try await engine.compute(
                on: connection, settings: EngineSettings(asOf: spec.asOf, connections: 3), costs: costs)

            #expect(one.values.count > 1000)
            #expect(three.values == one.values)
            #expect(three.records == one.records)
            #expect(three.records?.isEmpty == false)
            #expect(one.failures.map(\.indicator) == ["broken_custom"])
            #expect(three.failures.map(\.indicator) == ["broken_custom"])
            #expect(three.failures.first?.error.sqlState == "42P01")
            #expect(Set(three.milliseconds.keys) == Set(catalogue.definitions.map(\.id)))
            // Values come indicator by indicator, in catalogue order.
            let order = catalogue.definitions.map(\.id)
            var seen: [String] = []
            for value in three.values where seen.last != value.indicator { seen.append(value.indicator) }
            #expect(seen == order.filter { seen.contains($0) })
            #expect(Set(seen).count == seen.count)
        }
    }
}
