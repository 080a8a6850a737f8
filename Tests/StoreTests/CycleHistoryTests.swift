import Dates
import Foundation
import Postgres
import Store
import Testing

@Suite struct CycleHistoryTests {
    /// Cycle 1 computed with two failures, cycle 2 kept cycle 1's results, cycle 3 computed cleanly.
    static let fixture = """
        INSERT INTO yotqa.cycles (as_of, started_at, finished_at, fingerprint, settings, computed, reused_cycle_id,
                                  indicator_count, failed_count, value_count, changed_count) VALUES
          ('2026-07-01', '2026-07-01 09:00+00', '2026-07-01 09:01+00', 'f1', '{"quarters": 8}', true, NULL, 3, 2,
           10, 10),
          ('2026-07-01', '2026-07-01 09:15+00', '2026-07-01 09:15+00', 'f1', '{"quarters": 8}', false, 1, 3, 2,
           10, 0),
          ('2026-07-02', '2026-07-02 09:00+00', '2026-07-02 09:02+00', 'f2', '{"quarters": 8}', true, NULL, 3, 0,
           30, 4);
        INSERT INTO yotqa.cycle_indicators (cycle_id, indicator, ok, sqlstate, error, milliseconds,
                                            first_period_start) VALUES
          (1, 'reviews_in_date', false, '57014', 'canceling statement due to statement timeout', 60000, NULL),
          (1, 'court_reports_timely', true, NULL, NULL, 120, '2026-01-01'),
          (1, 'custody_rate', false, NULL, NULL, 5, NULL),
          (3, 'reviews_in_date', true, NULL, NULL, 900, '2026-01-01'),
          (3, 'court_reports_timely', true, NULL, NULL, 110, '2026-01-01'),
          (3, 'custody_rate', true, NULL, NULL, 40, '2026-01-01');
        """

    @Test func recentCyclesComeNewestFirstWithTheirFailures() async throws {
        try await withSchemas("cycle_history") { connection in
            #expect(try await CycleHistory.recent(limit: 5, on: connection).isEmpty)
            try await connection.withSession { session in try session.runScript(Self.fixture) }

            let cycles = try await CycleHistory.recent(limit: 5, on: connection)
            #expect(cycles.map(\.record.cycleID) == [3, 2, 1])
            #expect(cycles[0].failures.isEmpty)
            #expect(cycles[1].failures.isEmpty)
            #expect(
                cycles[2].failures == [
                    CycleSummary.Failure(indicator: "custody_rate", error: ""),
                    CycleSummary.Failure(
                        indicator: "reviews_in_date", error: "canceling statement due to statement timeout"),
                ])

            let first = cycles[2].record
            #expect(first.asOf == LocalDate("2026-07-01"))
            #expect(first.startedAt == Date(timeIntervalSince1970: 1_782_896_400))
            #expect(first.computed)
            #expect(first.failedCount == 2)
            #expect(first.valueCount == 10)
            #expect(first.settingsJSON.contains("quarters"))
            #expect(!cycles[1].record.computed)
            #expect(cycles[1].record.reusedCycleID == 1)

            let two = try await CycleHistory.recent(limit: 2, on: connection)
            #expect(two == Array(cycles.prefix(2)))
        }
    }

    @Test func latestIsTheLastCycleOrNil() async throws {
        try await withSchemas("cycle_latest") { connection in
            #expect(try await CycleHistory.latest(on: connection) == nil)
            try await connection.withSession { session in try session.runScript(Self.fixture) }
            let latest = try #require(try await CycleHistory.latest(on: connection))
            #expect(latest.cycleID == 3)
            #expect(latest.asOf == LocalDate("2026-07-02"))
            #expect(latest.changedCount == 4)
            #expect(latest == (try await CycleHistory.recent(limit: 1, on: connection)).first?.record)
        }
    }
}
