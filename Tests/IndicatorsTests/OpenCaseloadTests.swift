import Dates
import Indicators
import Testing

@Suite struct OpenCaseloadTests {
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One');
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, start_on, end_on) VALUES
          ('I1', 'C1', 'S1', 'referral_order', '2024-01-10', NULL),
          ('I2', 'C2', 'S1', 'youth_caution', '2024-02-29', '2024-03-31'),  -- ends on 31 March: closed then
          ('I3', 'C3', 'S1', 'prevention', '2024-03-31', NULL),            -- starts on 31 March: open then
          ('I4', 'C4', 'S1', 'prevention', '2024-01-01', '2023-12-01'),    -- ends before it starts: out
          ('I5', 'C5', 'S1', 'prevention', '2024-01-01', '2024-04-20'),    -- ends after the as-of date: out
          ('I6', 'C6', 'S1', 'weird', '2024-01-01', NULL),                 -- unknown kind: still counted
          ('I7', 'C7', 'S1', 'remand', '2024-03-01', '2024-03-15');        -- open only mid-month
        """

    @Test func countsInterventionsOpenAtEachMonthEnd() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), months: 2)
        let values = try await IndicatorFixture.compute("open_caseload", fixture: Self.fixture, settings: settings)
        #expect(values.count == 2)
        // 31 March: I1, I3 and I6 (I2 ended that day; I7 ended on the 15th). 3.
        let march = try #require(values.one("S1", "2024-03-01"))
        #expect(march.periodEnd == LocalDate("2024-03-31"))
        #expect(march.numerator == 3)
        #expect(march.denominator == nil)
        #expect(march.value == 3)
        #expect(march.status == .ok)
        // 29 February (a leap year): I1, I2 (started that day) and I6. 3.
        let february = try #require(values.one("S1", "2024-02-01"))
        #expect(february.periodEnd == LocalDate("2024-02-29"))
        #expect(february.value == 3)
    }
}
