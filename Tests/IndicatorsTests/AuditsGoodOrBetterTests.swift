import Dates
import Indicators
import Testing

@Suite struct AuditsGoodOrBetterTests {
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, start_on) VALUES
          ('I1', 'C1', 'S1', 'referral_order', '2023-11-01'),
          ('I2', 'C2', 'S1', 'youth_caution', '2023-12-01'),
          ('I3', 'C3', 'S2', 'referral_order', '2023-12-01');
        INSERT INTO yot.case_audits (audit_id, intervention_id, audited_on, rating, oversight_sufficient) VALUES
          ('A1', 'I1', '2024-01-10', 'good', true),
          ('A2', 'I1', '2024-02-10', 'outstanding', true),
          ('A3', 'I2', '2024-03-31', 'requires_improvement', false),  -- 31 March: still in the quarter
          ('A4', 'I2', '2024-02-01', 'Good', true),                   -- unknown rating (case matters): out
          ('A5', 'I2', '2024-03-01', NULL, NULL),                     -- no rating: not in the denominator
          ('A6', 'I1', '2024-04-01', 'good', true),                   -- the open quarter
          ('A7', 'I9', '2024-02-01', 'good', true),                   -- missing intervention: reaches no service
          ('A8', 'I3', '2024-01-05', 'inadequate', true),
          ('A9', 'I1', '2024-03-15', 'inadequate', NULL);
        """

    @Test func countsGoodAndOutstandingOverRatedAudits() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), quarters: 1)
        let values = try await IndicatorFixture.compute(
            "audits_good_or_better", fixture: Self.fixture, settings: settings)
        #expect(values.count == 2)
        // S1, 2024-01-01–2024-03-31: rated audits A1, A2, A3, A9; good or better A1, A2: 2 ÷ 4 = 50%.
        let s1 = try #require(values.one("S1", "2024-01-01"))
        #expect(s1.numerator == 2)
        #expect(s1.denominator == 4)
        #expect(s1.value == 50)
        #expect(s1.status == .insufficientData)
        // S2: A8 alone, inadequate: 0 ÷ 1 = 0%.
        let s2 = try #require(values.one("S2", "2024-01-01"))
        #expect(s2.numerator == 0)
        #expect(s2.denominator == 1)
        #expect(s2.value == 0)
    }
}
