import Dates
import Indicators
import Testing

@Suite struct KpiOocdCompletionTests {
    // As of Monday 2024-04-15 with two quarters: Q4 2023/24 = 2024-01-01–2024-03-31 and
    // Q3 = 2023-10-01–2023-12-31. The population is its own, not E(P): no outcome_status rows.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, start_on, end_on, end_reason) VALUES
          ('O1',  'C1',  'S1', 'community_resolution',      '2023-12-01', '2024-01-15', 'completed'),   -- counted, completed
          ('O2',  'C2',  'S1', 'youth_caution',             '2024-01-05', '2024-03-31', 'completed'),   -- 31 March: in Q4
          ('O3',  'C3',  'S1', 'youth_conditional_caution', '2023-11-01', '2024-02-01', 'breached'),    -- counted, not completed
          ('O4',  'C4',  'S1', 'youth_caution',             '2024-01-05', '2024-02-01', NULL),          -- no end_reason: out
          ('O5',  'C5',  'S1', 'youth_caution',             '2024-01-05', '2024-02-01', 'Completed'),   -- unknown end_reason: out
          ('O6',  'C6',  'S1', 'youth_caution',             '2024-01-05', '2024-04-01', 'completed'),   -- 1 April: open quarter
          ('O7',  'C7',  'S1', 'referral_order',            '2023-06-01', '2024-02-01', 'completed'),   -- court tier: out
          ('O8',  'C8',  'S1', 'youth_caution',             '2024-02-10', '2024-02-01', 'completed'),   -- ends before start: out
          ('O9',  'C9',  'S1', 'community_resolution',      '2024-01-05', '2024-03-01', 'transferred'), -- counted, not completed
          ('O10', 'C10', 'S1', 'caution',                   '2024-01-05', '2024-02-01', 'completed'),   -- unknown kind: out
          ('O11', 'C11', 'S1', 'community_resolution',      '2023-12-20', '2024-01-20', 'completed'),   -- counted, completed
          ('O12', 'C12', 'S1', 'community_resolution',      '2023-12-20', '2024-02-20', 'other'),       -- counted, not completed
          ('O13', 'C13', 'S1', 'youth_caution',             '2023-09-01', '2023-12-31', 'completed'),   -- 31 Dec: Q3
          ('O14', 'C14', 'S1', 'youth_caution',             '2024-05-01', NULL,         'completed'),   -- starts after as-of
          ('O15', 'C15', 'S1', 'bail_supervision',          '2024-01-05', '2024-02-01', 'completed'),   -- other tier: out
          ('O16', 'C16', 'S9', 'youth_caution',             '2024-01-05', '2024-02-01', 'completed');   -- S9 is no service
        """

    @Test func countsCompletedOverOutOfCourtEndsWithAReason() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), quarters: 2)
        let values = try await IndicatorFixture.compute(
            "kpi_oocd_completion", fixture: Self.fixture, settings: settings)
        // Two services × two quarters, no breakdown.
        #expect(values.count == 4)
        #expect(values.allSatisfy { $0.breakdown == nil })
        // S1 Q4: out of court, ended in Q4, with a known end_reason: O1, O2, O3, O9, O11, O12 = 6;
        // completed: O1, O2, O11 = 3. 3 ÷ 6 = 50%, denominator 6: ok. Without the exclusions the
        // figure would differ (O5, O7, O8, O10, O15 are all 'completed'-like).
        expectKpiFigure(values, "S1", "2024-01-01", nil, 3, 6, 50, .ok)
        // S1 Q3: O13 alone, completed: 1 ÷ 1.
        expectKpiFigure(values, "S1", "2023-10-01", nil, 1, 1, 100, .insufficientData)
        // S2 has none: reported with no value.
        expectKpiFigure(values, "S2", "2024-01-01", nil, 0, 0, nil, .insufficientData)
    }
}
