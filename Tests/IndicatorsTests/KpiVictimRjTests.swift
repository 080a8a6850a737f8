import Dates
import Indicators
import Testing

@Suite struct KpiVictimRjTests {
    // As of Monday 2024-04-15 with one quarter: Q4 2023/24 = 2024-01-01–2024-03-31. Victims of
    // interventions of any kind count (bail and an unknown kind included); no outcome_status needed.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, start_on, end_on) VALUES
          ('I1', 'C1', 'S1', 'referral_order',   '2023-06-01', '2024-02-01'),
          ('I2', 'C2', 'S1', 'bail_supervision', '2024-01-01', '2024-03-31'),  -- any kind; 31 March: in Q4
          ('I3', 'C3', 'S1', 'Unknown',          '2024-01-01', '2024-02-15'),  -- unknown kind: kept for victims
          ('I4', 'C4', 'S1', 'youth_caution',    '2024-01-01', '2024-04-01'),  -- 1 April: open quarter
          ('I5', 'C5', 'S1', 'youth_caution',    '2024-03-01', '2024-02-01'),  -- ends before start: out
          ('I6', 'C6', 'S1', 'youth_caution',    '2024-01-01', NULL),          -- not ended
          ('I7', 'C7', 'S2', 'prevention',       '2024-01-01', '2024-03-01'),
          ('I8', 'C8', 'S1', 'youth_caution',    '2024-01-01', '2024-04-20');  -- ends after the as-of date: out
        INSERT INTO yot.victims (victim_id, intervention_id, consented_to_contact, rj_engaged) VALUES
          ('V1',  'I1',  true,  true),   -- counted, engaged
          ('V2',  'I1',  true,  false),  -- counted, not engaged
          ('V3',  'I1',  false, true),   -- no consent: out
          ('V4',  'I2',  true,  true),   -- counted, engaged
          ('V5',  'I3',  true,  NULL),   -- counted, not engaged (not recorded)
          ('V6',  'I4',  true,  true),   -- open quarter: out
          ('V7',  'I5',  true,  true),   -- invalid dates: out
          ('V8',  'I6',  true,  true),   -- not ended: out
          ('V9',  'I99', true,  true),   -- missing intervention: reaches no service
          ('V10', 'I2',  NULL,  true),   -- consent not recorded: out
          ('V11', 'I7',  true,  true),   -- S2
          ('V12', 'I3',  true,  true),   -- counted, engaged
          ('V13', 'I8',  true,  true);   -- invalid dates: out
        """

    @Test func countsEngagedOverConsentingVictims() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), quarters: 1)
        let values = try await IndicatorFixture.compute("kpi_victim_rj", fixture: Self.fixture, settings: settings)
        #expect(values.count == 2)
        // S1 Q4: consenting victims of interventions ended in Q4: V1, V2, V4, V5, V12 = 5; engaged
        // V1, V4, V12 = 3. 3 ÷ 5 = 60%, denominator 5: ok.
        expectKpiFigure(values, "S1", "2024-01-01", nil, 3, 5, 60, .ok)
        // S2 Q4: V11: 1 ÷ 1.
        expectKpiFigure(values, "S2", "2024-01-01", nil, 1, 1, 100, .insufficientData)
    }
}
