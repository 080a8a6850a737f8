import Dates
import Foundation
import Indicators
import Postgres
import Store
import TestSupport
import Testing

@Suite struct CycleRunnerTests {
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One');
        INSERT INTO yot.extracts VALUES ('S1', '2024-04-14 02:00:00+00');
        INSERT INTO yot.court_reports (report_id, child_id, service_id, requested_on, due_on, submitted_on) VALUES
          ('R1', 'C1', 'S1', '2024-01-02', '2024-01-20', '2024-01-19'),
          ('R2', 'C1', 'S1', '2024-01-25', '2024-02-10', '2024-02-12');
        """

    static func runner() throws -> CycleRunner {
        let catalogue = try Catalogue.load(sqlDirectory: TestDatabase.sqlDirectory).only(["court_reports_timely"])
        return CycleRunner(engine: Engine(catalogue: catalogue), logger: TestDatabase.logger)
    }

    static let settings = EngineSettings(asOf: LocalDate("2024-04-15")!, quarters: 2)

    @Test func historyKeepsVersionsNotCopiesAndUnchangedDataIsReused() async throws {
        try await TestDatabase.withScratch("cycles") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await TestDatabase.createSchemas(connection)
            try await connection.withSession { session in try session.runScript(Self.fixture) }
            let runner = try Self.runner()

            // Cycle 1 computes: one service × two quarters = 2 values, both new.
            let first = try await runner.run(on: connection, settings: Self.settings)
            #expect(first.record.computed)
            #expect(first.record.valueCount == 2)
            #expect(first.record.changedCount == 2)

            // Cycle 2, same as-of date and data: kept, nothing written but the cycle row.
            let second = try await runner.run(on: connection, settings: Self.settings)
            #expect(!second.record.computed)
            #expect(second.record.reusedCycleID == first.record.cycleID)
            #expect(second.outcome == nil)
            let stored = try await StoredResults.values(ofCycle: try #require(first.record.cycleID), on: connection)
            #expect(stored == first.outcome?.values.sorted(by: Self.order))

            // Forced, the same data give the same rows: no new version.
            let forced = try await runner.run(on: connection, settings: Self.settings, force: true)
            #expect(forced.record.computed)
            #expect(forced.record.changedCount == 0)
            #expect(forced.outcome?.values == first.outcome?.values)
            #expect(try await Self.count("SELECT count(*) FROM yotqa.indicator_values", connection) == 2)

            // A late extract revises Q4: R3 due 2024-03-01, submitted on time. 1 of 2 on time becomes 2 of 3.
            try await connection.query(
                "INSERT INTO yot.court_reports VALUES ('R3', 'C2', 'S1', '2024-02-01', '2024-03-01', '2024-02-28')")
            try await connection.query("INSERT INTO yot.extracts VALUES ('S1', '2024-04-15 02:00:00+00')")
            let revised = try await runner.run(on: connection, settings: Self.settings)
            #expect(revised.record.computed)
            #expect(revised.record.changedCount == 1)
            let q4 = try #require(revised.outcome?.values.first { $0.periodStart == LocalDate("2024-01-01") })
            #expect(q4.numerator == 2)
            #expect(q4.denominator == 3)

            // The history of that figure: two versions, the first superseded by the revising cycle.
            let history = try await connection.query(
                """
                SELECT numerator, denominator, superseded_by, cycle_id FROM yotqa.indicator_values
                WHERE indicator = 'court_reports_timely' AND period_start = '2024-01-01' ORDER BY valid_from, version_id
                """)
            #expect(history.count == 2)
            #expect(try history[0].decode(Double.self, "numerator") == 1)
            #expect(try history[0].decode(Int?.self, "superseded_by") == revised.record.cycleID)
            #expect(try history[1].decode(Double.self, "numerator") == 2)
            #expect(try history[1].decode(Int?.self, "superseded_by") == nil)
            // Five cycles' worth of runs, three versions in all: not a copy per cycle.
            #expect(try await Self.count("SELECT count(*) FROM yotqa.cycles", connection) == 4)
            #expect(try await Self.count("SELECT count(*) FROM yotqa.indicator_values", connection) == 3)
        }
    }

    @Test func aFailingIndicatorIsRecordedAndTheOthersComplete() async throws {
        try await TestDatabase.withScratch("cyclefail") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await TestDatabase.createSchemas(connection)
            try await connection.withSession { session in try session.runScript(Self.fixture) }
            var catalogue = try Catalogue.load(sqlDirectory: TestDatabase.sqlDirectory).only(["court_reports_timely"])
            catalogue.definitions.append(
                try IndicatorDefinition.parse(sql: BrokenIndicator.sql, file: BrokenIndicator.file))
            let runner = CycleRunner(engine: Engine(catalogue: catalogue), logger: TestDatabase.logger)
            let result = try await runner.run(on: connection, settings: Self.settings)
            #expect(result.record.failedCount == 1)
            #expect(result.record.valueCount == 2)
            #expect(result.outcome?.failures.first?.error.sqlState == "42P01")
            let rows = try await connection.query(
                "SELECT indicator, ok, sqlstate, error FROM yotqa.cycle_indicators WHERE cycle_id = $1 ORDER BY indicator",
                result.record.cycleID)
            #expect(rows.count == 2)
            #expect(try rows[0].decode(String.self, "indicator") == "broken_custom")
            #expect(try rows[0].decode(Bool.self, "ok") == false)
            #expect(try rows[0].decode(String?.self, "error")?.contains("no_such_table") == true)
            #expect(try rows[1].decode(Bool.self, "ok"))
            // A cycle with a failure is never reused: the next one tries again.
            let next = try await runner.run(on: connection, settings: Self.settings)
            #expect(next.record.computed)
        }
    }

    static func order(_ a: IndicatorValue, _ b: IndicatorValue) -> Bool {
        (a.indicator, a.serviceID ?? "", b.periodStart, a.breakdown ?? "")
            < (b.indicator, b.serviceID ?? "", a.periodStart, b.breakdown ?? "")
    }

    static func count(_ sql: String, _ connection: PostgresConnection) async throws -> Int {
        try await connection.query(sql)[0].decode(Int.self, 0)
    }
}
