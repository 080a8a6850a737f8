import Dates
import Indicators
import Testing

@Suite struct OversightSufficientTests {
    // As of Monday 2024-04-15, quarters: 2 reports 2024-01-01–2024-03-31 and 2023-10-01–2023-12-31.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, start_on) VALUES
          ('I1', 'C1', 'S1', 'referral_order', '2023-09-01'),
          ('I2', 'C2', 'S1', 'youth_caution', '2023-12-01'),
          ('I3', 'C3', 'S2', 'referral_order', '2023-12-01'),
          ('I4', 'C4', 'S9', 'referral_order', '2023-12-01');  -- service S9 is not in yot.services
        INSERT INTO yot.case_audits (audit_id, intervention_id, audited_on, rating, oversight_sufficient) VALUES
          ('A1',  'I1', '2024-01-10', 'good', true),                  -- sufficient
          ('A2',  'I1', '2024-02-10', 'Good', true),                  -- unknown rating leaves only the rating indicator: kept, sufficient
          ('A3',  'I2', '2024-03-31', 'requires_improvement', false), -- 31 March: in the quarter, not sufficient
          ('A4',  'I2', '2024-02-01', 'good', NULL),                  -- oversight not recorded: not in the denominator
          ('A5',  'I1', '2024-04-20', 'good', true),                  -- after the as-of date (rule 3): out (and in no complete quarter)
          ('A6',  'I1', '2023-12-20', 'good', true),                  -- the earlier quarter, sufficient
          ('A7',  'I9', '2024-02-01', 'good', true),                  -- missing intervention: reaches no service
          ('A8',  'I3', '2024-01-05', 'outstanding', true),           -- S2, sufficient
          ('A9',  'I1', '2024-03-15', NULL, true),                    -- no rating: still judged on oversight, sufficient
          ('A10', 'I1', '2024-01-01', 'inadequate', false),           -- first day of the quarter, not sufficient
          ('A11', 'I4', '2024-01-05', 'good', true),                  -- intervention of a missing service: no row
          ('A12', 'I2', '2023-12-31', 'good', false);                 -- last day of the earlier quarter, not sufficient
        """

    @Test func countsSufficientOversightOverAuditsThatJudgedIt() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), quarters: 2)
        let values = try await IndicatorFixture.compute(
            "oversight_sufficient", fixture: Self.fixture, settings: settings)
        // Two services × two quarters; nothing for S9 or for A7's missing intervention.
        #expect(values.count == 4)

        // S1, 2024-01-01–2024-03-31: judged A1, A2, A3, A9, A10 (A4 NULL, A5 after the as-of
        // date); sufficient A1, A2, A9. 3 ÷ 5 = 60%, denominator 5: ok.
        let s1 = try #require(values.one("S1", "2024-01-01"))
        #expect(s1.periodEnd == LocalDate("2024-03-31"))
        #expect(s1.numerator == 3)
        #expect(s1.denominator == 5)
        #expect(s1.value == 60)
        #expect(s1.status == .ok)

        // S1, 2023-10-01–2023-12-31: A6 (true) and A12 (false): 1 ÷ 2 = 50%, below 5.
        let earlier = try #require(values.one("S1", "2023-10-01"))
        #expect(earlier.numerator == 1)
        #expect(earlier.denominator == 2)
        #expect(earlier.value == 50)
        #expect(earlier.status == .insufficientData)

        // S2: A8 alone, sufficient: 1 ÷ 1 = 100%. A11 (service S9) is not here.
        let s2 = try #require(values.one("S2", "2024-01-01"))
        #expect(s2.numerator == 1)
        #expect(s2.denominator == 1)
        #expect(s2.value == 100)
        #expect(s2.status == .insufficientData)

        // S2's earlier quarter is empty: reported, with no value.
        let empty = try #require(values.one("S2", "2023-10-01"))
        #expect(empty.denominator == 0)
        #expect(empty.value == nil)
        #expect(empty.status == .insufficientData)
    }
}
