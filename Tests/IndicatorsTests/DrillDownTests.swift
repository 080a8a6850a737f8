import Dates
import Indicators
import TestSupport
import Testing

@Suite struct DrillDownTests {
    @Test func listsTheRecordsCountedAgainstAFigureByIdentifier() async throws {
        try await TestDatabase.withScratch("drilldown") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await IndicatorFixture.prepare(connection, fixture: CourtReportsTimelyTests.fixture)
            let catalogue = try Catalogue.load(sqlDirectory: TestDatabase.sqlDirectory).only(["court_reports_timely"])
            let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), quarters: 2)
            let start = try #require(LocalDate("2024-01-01"))
            // Against the figure (higher is better): the valid reports due in the quarter that were
            // late: R2 (a day late) and R5 (never submitted). R6, R7 and R9 break rules and are out.
            let against = try await Engine(catalogue: catalogue).drillDown(
                "court_reports_timely", service: "S1", periodStart: start, breakdown: nil, againstOnly: true,
                on: connection, settings: settings)
            #expect(against.map(\.unitID) == ["R2", "R5"])
            #expect(against.allSatisfy { $0.numerator == 0 && $0.denominator == 1 })
            // All records counted: the five of the denominator.
            let all = try await Engine(catalogue: catalogue).drillDown(
                "court_reports_timely", service: "S1", periodStart: start, breakdown: nil, againstOnly: false,
                on: connection, settings: settings)
            #expect(all.map(\.unitID) == ["R1", "R10", "R2", "R3", "R5"])
        }
    }
}
