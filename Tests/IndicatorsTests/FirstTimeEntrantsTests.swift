import Dates
import Indicators
import Testing

@Suite struct FirstTimeEntrantsTests {
    // As of 2024-04-15 the last two complete quarters end on 2024-03-31 and 2023-12-31, so the rolling
    // windows are A = 2023-04-01–2024-03-31 and B = 2023-01-01–2023-12-31 (quarter end − 12 months + 1 day).
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.population (service_id, year, population_10_17) VALUES
          ('S1', 2022, 40000),
          ('S1', 2023, 50000),
          ('S1', 2024, 0),       -- invalid (rule 6): window A (ends in 2024) falls back to 2023's 50,000
          ('S1', 2025, 99999);   -- after both windows' end years: never used
          -- S2 has no population at all: its denominator stays 0.
        INSERT INTO yot.children (child_id, service_id, born_on) VALUES
          ('C1',  'S1', '2008-06-01'),
          ('C2',  'S1', '2008-06-01'),
          ('C3',  'S1', '2006-09-01'),
          ('C4',  'S1', '2006-01-20'),
          ('C5',  'S1', '2006-01-10'),
          ('C6',  'S1', '2009-03-01'),
          ('C7',  'S1', '2009-03-01'),
          ('C8',  'S1', NULL),
          ('C9',  'S1', '2010-01-01'),
          ('C10', 'S1', '2014-02-01'),
          ('C11', 'S2', '2009-05-01'),
          ('C13', 'S1', '2010-01-01');
        -- C9 is 7 at this intervention's start: its born_on breaks rule 3, so C9 is left out.
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, start_on) VALUES
          ('I9', 'C9', 'S1', 'prevention', '2017-06-01');
        INSERT INTO yot.offences (offence_id, child_id, committed_on, outcome, outcome_on) VALUES
          -- C1: first proven 2023-05-10, aged 14: in A and B. The second offence does not count again.
          ('O1a',  'C1',  '2023-04-01', 'conviction', '2023-05-10'),
          ('O1b',  'C1',  '2023-12-01', 'youth_caution', '2024-01-05'),
          -- C2: first proven 2022-12-31, the day before B starts: a first-time entrant in neither window.
          ('O2a',  'C2',  '2022-11-01', 'youth_caution', '2022-12-31'),
          ('O2b',  'C2',  '2023-05-01', 'conviction', '2023-06-01'),
          -- C3: first proven 2024-02-01, aged 17: in A only.
          ('O3a',  'C3',  '2024-01-01', 'youth_conditional_caution', '2024-02-01'),
          -- C4 turns 18 on 2024-01-20; first proven the day before, aged 17: in A.
          ('O4a',  'C4',  '2023-12-01', 'conviction', '2024-01-19'),
          -- C5 turns 18 on 2024-01-10, the day of the first proven offence: aged 18, not counted.
          ('O5a',  'C5',  '2023-12-01', 'conviction', '2024-01-10'),
          -- C6: no further action and an unknown outcome ('Conviction') are not proven, so the first
          -- proven offence is 2023-11-01, aged 14: in A and B.
          ('O6a',  'C6',  '2022-03-01', 'no_further_action', '2022-05-01'),
          ('O6b',  'C6',  '2021-12-01', 'Conviction', '2022-01-01'),
          ('O6c',  'C6',  '2023-10-01', 'conviction', '2023-11-01'),
          -- C7: outcome_on after the as-of date (rule 3): not proven, so never a first-time entrant.
          ('O7a',  'C7',  '2024-03-01', 'conviction', '2024-04-20'),
          -- C8 has no born_on, C9 a born_on breaking rule 3: both left out.
          ('O8a',  'C8',  '2023-06-01', 'conviction', '2023-07-01'),
          ('O9a',  'C9',  '2023-08-01', 'conviction', '2023-09-01'),
          -- C10 was 9 at the first proven offence; the later one, at 10, is not a first offence.
          ('O10a', 'C10', '2023-05-01', 'youth_caution', '2023-06-01'),
          ('O10b', 'C10', '2024-02-15', 'youth_caution', '2024-03-01'),
          -- C11, of S2: counted in S2, aged 14, in A and B.
          ('O11a', 'C11', '2023-09-01', 'youth_caution', '2023-10-01'),
          -- C13: first proven 2023-02-01, aged 13: in B only (A starts on 2023-04-01).
          ('O13a', 'C13', '2023-01-10', 'youth_caution', '2023-02-01'),
          -- A child missing from the register reaches no service.
          ('O12a', 'C99', '2023-09-01', 'conviction', '2023-10-01');
        """

    @Test func countsFirstProvenOffencesPerHundredThousand() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), quarters: 2)
        let values = try await IndicatorFixture.compute(
            "first_time_entrants", fixture: Self.fixture, settings: settings)
        // Two services × two windows.
        #expect(values.count == 4)

        // Window A for S1: C1, C3, C4 and C6 (not C13, before A). Population: 2024's row is 0, so 2023's 50,000.
        // 4 ÷ 50,000 × 100,000 = 8.
        let a = try #require(values.one("S1", "2023-04-01"))
        #expect(a.periodEnd == LocalDate("2024-03-31"))
        #expect(a.numerator == 4)
        #expect(a.denominator == 50000)
        #expect(a.value == 8)
        #expect(a.status == .ok)

        // Window B for S1: C1, C6 and C13 (C2's first offence is the day before B).
        // 3 ÷ 50,000 × 100,000 = 6.
        let b = try #require(values.one("S1", "2023-01-01"))
        #expect(b.periodEnd == LocalDate("2023-12-31"))
        #expect(b.numerator == 3)
        #expect(b.denominator == 50000)
        #expect(b.value == 6)
        #expect(b.status == .ok)

        // S2 has C11 but no population: denominator 0, no value, insufficient data.
        let s2 = try #require(values.one("S2", "2023-04-01"))
        #expect(s2.numerator == 1)
        #expect(s2.denominator == 0)
        #expect(s2.value == nil)
        #expect(s2.status == .insufficientData)
    }
}
