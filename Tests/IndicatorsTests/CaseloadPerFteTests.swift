import Dates
import Indicators
import Testing

@Suite struct CaseloadPerFteTests {
    // As of 2024-04-15 the last two months end on D = 2024-03-31 and D = 2024-02-29.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two'), ('S3', 'Three');
        INSERT INTO yot.practitioners (practitioner_id, service_id, case_holding, fte, started_on, left_on) VALUES
          ('P1', 'S1', true,  1.00, '2020-01-01', NULL),          -- employed on both days
          ('P2', 'S1', true,  0.50, '2024-03-01', NULL),          -- started in March: 31 March only
          ('P3', 'S1', true,  1.00, '2020-01-01', '2024-03-31'),  -- left on 31 March: 29 February only
          ('P4', 'S1', true,  0.00, '2020-01-01', NULL),          -- fte 0 (rule 6): not in the sum
          ('P5', 'S1', true,  2.00, '2020-01-01', NULL),          -- fte 2.0 (rule 6): not in the sum
          ('P6', 'S1', false, 1.00, '2020-01-01', NULL),          -- holds no cases: not in the sum
          ('P7', 'S2', true,  1.00, '2020-01-01', NULL);          -- S2's
        INSERT INTO yot.interventions
          (intervention_id, child_id, service_id, kind, start_on, end_on, case_manager_id, allocated_on) VALUES
          ('I1',  'C1',  'S1', 'referral_order', '2024-01-05', NULL, 'P1', '2024-01-10'),
          ('I2',  'C2',  'S1', 'referral_order', '2024-01-01', NULL, 'P7', '2024-01-02'),  -- held by S2's P7: S1's
          ('I3',  'C3',  'S1', 'referral_order', '2024-01-01', NULL, 'P1', NULL),  -- null allocated_on: not allocated
          ('I4',  'C4',  'S1', 'referral_order', '2024-01-01', NULL, NULL, NULL),          -- no case manager
          ('I5',  'C5',  'S1', 'referral_order', '2024-02-01', NULL, 'P1', '2024-03-15'),  -- allocated in March
          ('I6',  'C6',  'S1', 'referral_order', '2024-01-01', NULL, 'P1', '2024-04-20'),  -- allocated after as-of: out
          ('I7',  'C7',  'S1', 'referral_order', '2024-01-01', NULL, 'PX', '2024-01-01'),  -- missing case manager: out
          ('I8',  'C8',  'S1', 'prevention', '2024-01-01', NULL, 'P4', '2024-01-01'),  -- P4's (fte 0): counted
          ('I9',  'C9',  'S1', 'prevention', '2024-01-01', '2024-03-31', 'P1', '2024-01-01'),  -- ends on 31 March
          ('I10', 'C10', 'S1', 'prevention', '2024-03-01', '2024-02-01', 'P1', '2024-03-01'),  -- ends before it starts
          ('I11', 'C11', 'S1', 'prevention', '2024-01-01', '2024-04-20', 'P1', '2024-01-01'),  -- ends after as-of
          ('I12', 'C12', 'S1', 'youth_caution', '2024-01-01', NULL, 'P3', '2024-01-01'),   -- P3's: counted in March too
          ('I13', 'C13', 'S1', 'weird', '2024-01-01', NULL, 'P1', '2024-01-01'),           -- unknown kind: counted
          ('I14', 'C14', 'S2', 'referral_order', '2024-01-01', NULL, 'P1', '2024-01-01');  -- S2's, held by S1's P1
        """

    @Test func dividesAllocatedInterventionsByCaseHoldingFte() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), months: 2)
        let values = try await IndicatorFixture.compute("caseload_per_fte", fixture: Self.fixture, settings: settings)
        #expect(values.count == 6)

        // 31 March, S1: I1, I2, I5, I8, I12, I13 = 6 (I9 ended that day). FTE: P1 1.0 + P2 0.5 = 1.5
        // (P3 left that day). 6 ÷ 1.5 = 4.
        let march = try #require(values.one("S1", "2024-03-01"))
        #expect(march.periodEnd == LocalDate("2024-03-31"))
        #expect(march.numerator == 6)
        #expect(march.denominator == 1.5)
        #expect(march.value == 4)
        #expect(march.status == .ok)

        // 29 February, S1: I1, I2, I8, I9, I12, I13 = 6 (I5 not yet allocated). FTE: P1 1.0 + P3 1.0
        // = 2.0 (P2 not yet employed). 6 ÷ 2 = 3.
        let february = try #require(values.one("S1", "2024-02-01"))
        #expect(february.numerator == 6)
        #expect(february.denominator == 2)
        #expect(february.value == 3)

        // S2: I14 ÷ P7's 1.0 = 1. FTE is not a count: a denominator of 1 is not insufficient.
        let s2 = try #require(values.one("S2", "2024-03-01"))
        #expect(s2.numerator == 1)
        #expect(s2.denominator == 1)
        #expect(s2.value == 1)
        #expect(s2.status == .ok)

        // S3 employs no one: no value, insufficient data.
        let s3 = try #require(values.one("S3", "2024-03-01"))
        #expect(s3.denominator == 0)
        #expect(s3.value == nil)
        #expect(s3.status == .insufficientData)
    }
}
