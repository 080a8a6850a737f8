import Dates
import Indicators
import Testing

@Suite struct CourtReportsTimelyTests {
    // As of Monday 2024-04-15 the last two complete quarters are 2024-01-01–2024-03-31 (Q4 of
    // 2023/24, ending on the 31 March boundary) and 2023-10-01–2023-12-31.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.court_reports (report_id, child_id, service_id, requested_on, due_on, submitted_on) VALUES
          ('R1',  'C1', 'S1', '2024-01-02', '2024-01-20', '2024-01-20'),  -- on the due day: on time
          ('R2',  'C1', 'S1', '2024-01-25', '2024-02-10', '2024-02-11'),  -- one day late
          ('R3',  'C2', 'S1', '2024-03-10', '2024-03-31', '2024-03-29'),  -- due on 31 March: in Q4, on time
          ('R4',  'C2', 'S1', '2024-03-20', '2024-04-01', NULL),          -- due in the open quarter: not counted
          ('R5',  'C3', 'S1', '2024-02-20', '2024-03-15', NULL),          -- never submitted: late
          ('R6',  'C3', 'S1', '2024-02-25', '2024-03-01', '2024-02-20'),  -- submitted before requested: rule 2, out
          ('R7',  'C4', 'S1', '2024-04-20', '2024-03-05', NULL),          -- requested after the as-of date: rule 3, out
          ('R8',  'C4', 'S1', '2023-12-01', '2023-12-31', '2023-12-30'),  -- Q3, on time
          ('R9',  'C5', 'S1', '2024-01-10', '2024-02-01', '2024-04-16'),  -- submitted after the as-of date: rule 3, out
          ('R10', 'C5', 'S1', '2024-01-05', '2024-01-31', '2024-01-30');  -- on time
        """

    @Test func countsOnTimeReportsOverReportsDue() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), quarters: 2)
        let values = try await IndicatorFixture.compute(
            "court_reports_timely", fixture: Self.fixture, settings: settings)
        // Two services × two quarters, empty ones included.
        #expect(values.count == 4)

        // Q4 2023/24 for S1: due in the quarter and valid are R1, R2, R3, R5, R10;
        // on time are R1 (on the day), R3 and R10. 3 ÷ 5 = 60%.
        let q4 = try #require(values.one("S1", "2024-01-01"))
        #expect(q4.periodEnd == LocalDate("2024-03-31"))
        #expect(q4.numerator == 3)
        #expect(q4.denominator == 5)
        #expect(q4.value == 60)
        #expect(q4.status == .ok)

        // Q3 for S1: R8 alone, on time: 1 ÷ 1 = 100%, below the minimum denominator of 5.
        let q3 = try #require(values.one("S1", "2023-10-01"))
        #expect(q3.numerator == 1)
        #expect(q3.denominator == 1)
        #expect(q3.value == 100)
        #expect(q3.status == .insufficientData)

        // S2 has no reports: reported all the same, with no value.
        let empty = try #require(values.one("S2", "2024-01-01"))
        #expect(empty.denominator == 0)
        #expect(empty.value == nil)
        #expect(empty.status == .insufficientData)
    }
}
