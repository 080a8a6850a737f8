import Dates
import Indicators
import Testing

@Suite struct CustodyRateTests {
    // As of 2024-04-15 the windows are A = 2023-04-01–2024-03-31 and B = 2023-01-01–2023-12-31.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.population (service_id, year, population_10_17) VALUES
          ('S1', 2023, 2000),
          ('S1', 2024, -1);   -- invalid (rule 6): window A, ending in 2024, uses 2023's 2,000
          -- S2 has no population.
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, start_on, end_on) VALUES
          ('I1',  'C1', 'S1', 'detention_training_order', '2023-04-01', NULL),          -- A's first day: A, B
          ('I2',  'C2', 'S1', 'other_custody', '2024-03-31', NULL),                     -- A's last day: A
          ('I3',  'C3', 'S1', 'detention_training_order', '2023-03-31', '2023-09-30'),  -- B only
          ('I4',  'C4', 'S1', 'detention_training_order', '2024-04-01', NULL),          -- the open quarter: none
          ('I5',  'C5', 'S1', 'referral_order', '2023-06-01', NULL),                    -- not custody
          ('I6',  'C6', 'S1', 'Detention_Training_Order', '2023-07-01', NULL),          -- unknown kind (rule 1): out
          ('I7',  'C7', 'S1', 'detention_training_order', '2023-08-01', '2023-07-01'),  -- ends before it starts: out
          ('I8',  'C8', 'S1', 'detention_training_order', '2023-09-01', '2024-04-20'),  -- ends after the as-of: out
          ('I9',  'C1', 'S1', 'other_custody', '2023-10-01', NULL),                     -- C1 again: counts again (A, B)
          ('I10', 'C9', 'S2', 'detention_training_order', '2023-05-01', NULL),          -- S2: A, B
          ('I11', 'C9', 'S1', 'detention_training_order', NULL, NULL),                  -- no start_on: out
          ('I12', 'C2', 'S1', 'detention_training_order', '2023-02-01', '2023-08-01');  -- B only
        """

    @Test func countsCustodialSentencesPerThousand() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), quarters: 2)
        let values = try await IndicatorFixture.compute("custody_rate", fixture: Self.fixture, settings: settings)
        #expect(values.count == 4)

        // A for S1: I1, I2, I9 (sentences, not children: C1 twice). 3 ÷ 2,000 × 1,000 = 1.5.
        let a = try #require(values.one("S1", "2023-04-01"))
        #expect(a.periodEnd == LocalDate("2024-03-31"))
        #expect(a.numerator == 3)
        #expect(a.denominator == 2000)
        #expect(a.value == 1.5)
        #expect(a.status == .ok)

        // B for S1: I1, I3, I9, I12. 4 ÷ 2,000 × 1,000 = 2.
        let b = try #require(values.one("S1", "2023-01-01"))
        #expect(b.numerator == 4)
        #expect(b.denominator == 2000)
        #expect(b.value == 2)

        // S2: I10, in the intervention's service, but no population: no value.
        let s2 = try #require(values.one("S2", "2023-04-01"))
        #expect(s2.numerator == 1)
        #expect(s2.denominator == 0)
        #expect(s2.value == nil)
        #expect(s2.status == .insufficientData)
    }
}
