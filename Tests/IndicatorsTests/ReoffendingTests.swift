import Dates
import Indicators
import TestSupport
import Testing

/// `reoffending_binary` and `reoffending_frequency`: one cohort, two arithmetics.
@Suite struct ReoffendingTests {
    // As of 2024-10-01, seven quarters reach back to the cohort P = 2023-01-01–2023-03-31, whose
    // 18 months end on 2024-09-30 (2023-03-31 + 18 months). P2 = 2023-04-01–2023-06-30 and
    // Q = 2024-07-01–2024-09-30 are cohorts too. All children but R11 are in S1.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.children (child_id, service_id, born_on) VALUES
          ('R1', 'S1', '2008-05-01'), ('R2', 'S1', '2007-03-01'), ('R3', 'S1', '2008-09-01'),
          ('R4', 'S1', '2005-02-15'), ('R5', 'S1', '2005-01-05'), ('R6', 'S1', '2009-01-01'),
          ('R8', 'S1', '2009-01-01'), ('R9', 'S1', NULL), ('R10', 'S1', '2010-01-01'),
          ('R11', 'S2', '2009-06-01'), ('R13', 'S1', '2008-01-01'), ('R14', 'S1', '2008-01-01'),
          ('R15', 'S1', '2008-01-01');
        INSERT INTO yot.interventions
          (intervention_id, child_id, service_id, kind, start_on, end_on, released_on) VALUES
          -- R3's release on 2023-03-20 is an index event in P. The intervention is S2's, but a cohort
          -- uses the child's service, S1.
          ('X3',  'R3',  'S2', 'detention_training_order', '2022-06-01', '2023-09-20', '2023-03-20'),
          -- R10 was 7 at this start: R10's born_on breaks rule 3 and R10 is left out.
          ('X10', 'R10', 'S1', 'prevention', '2017-12-01', NULL, NULL),
          -- Releases that are not index events: an end before the start (rule 2), an unknown kind
          -- (rule 1), a kind outside the custody tier, a missing child (rule 4).
          ('X13', 'R13', 'S1', 'detention_training_order', '2022-05-01', '2022-04-01', '2023-02-01'),
          ('X14', 'R14', 'S1', 'DTO', '2022-05-01', NULL, '2023-02-01'),
          ('X15', 'R15', 'S1', 'referral_order', '2022-05-01', NULL, '2023-02-01'),
          ('X16', 'R99', 'S1', 'detention_training_order', '2022-05-01', NULL, '2023-02-01');
        INSERT INTO yot.offences (offence_id, child_id, committed_on, outcome, outcome_on) VALUES
          -- R1, index 2023-01-15 (aged 14). Its 12 months end on 2024-01-15, its 18 on 2024-07-15.
          ('O1a', 'R1', '2022-12-01', 'conviction', '2023-01-15'),
          ('O1b', 'R1', '2023-01-15', 'youth_caution', '2023-03-01'),  -- committed on the index date: not one
          ('O1c', 'R1', '2023-06-01', 'conviction', '2024-07-16'),     -- proven 18 months + 1 day after: not one
          ('O1d', 'R1', '2024-01-15', 'conviction', '2024-07-15'),     -- exactly 12 and 18 months: a reoffence
          -- R2, index 2023-02-10 (aged 15); two offences proven at one hearing are two reoffences.
          ('O2a', 'R2', '2023-01-20', 'conviction', '2023-02-10'),
          ('O2b', 'R2', '2023-05-01', 'conviction', '2023-09-01'),
          ('O2c', 'R2', '2023-05-02', 'conviction', '2023-09-01'),
          -- R3, index 2023-03-20 (the release, aged 14): one reoffence. Its outcome_on also puts R3 in
          -- P2's cohort, with index 2023-05-20 and no reoffence.
          ('O3a', 'R3', '2023-04-10', 'youth_caution', '2023-05-20'),
          -- R4 turns 18 on 2023-02-15: index 2023-02-14 (the earliest event in P), aged 17: in P.
          -- O4b, proven when R4 was 18, was committed before the index: not a reoffence. O4c was
          -- committed within 12 months but proven on 2024-08-15, 18 months (2024-08-14) + 1 day
          -- after: not a reoffence either, so R4 has none. (R4 is 19 then: in no cohort of Q.)
          ('O4a', 'R4', '2023-01-01', 'youth_caution', '2023-02-14'),
          ('O4b', 'R4', '2023-02-01', 'conviction', '2023-03-10'),
          ('O4c', 'R4', '2023-06-01', 'conviction', '2024-08-15'),
          -- R5 turns 18 on 2023-01-05, the index date: aged 18, not in the cohort.
          ('O5a', 'R5', '2022-12-01', 'conviction', '2023-01-05'),
          -- R6, index 2023-03-31 (P's last day). No reoffence: O6e was committed on the index date
          -- (the test is strict); no further action, an outcome_on after the as-of date and an
          -- unknown outcome ('Conviction') are not proven.
          ('O6a', 'R6', '2023-02-01', 'youth_caution', '2023-03-31'),
          ('O6e', 'R6', '2023-03-31', 'youth_caution', '2023-03-31'),
          ('O6b', 'R6', '2023-06-01', 'no_further_action', '2023-08-01'),
          ('O6c', 'R6', '2023-07-01', 'conviction', '2024-12-01'),
          ('O6d', 'R6', '2023-05-01', 'Conviction', '2023-06-01'),
          -- R8, index 2024-08-01 in Q. O8b was committed after the as-of date (rule 3): not a reoffence,
          -- although it was "proven" before.
          ('O8a', 'R8', '2024-07-01', 'conviction', '2024-08-01'),
          ('O8b', 'R8', '2024-10-05', 'conviction', '2024-09-20'),
          -- R9 has no born_on, R10 a born_on breaking rule 3: neither is in a cohort.
          ('O9a', 'R9', '2023-01-01', 'conviction', '2023-02-01'),
          ('O10a', 'R10', '2023-01-01', 'conviction', '2023-02-01'),
          -- R11, of S2: index 2023-03-01 and one reoffence.
          ('O11a', 'R11', '2023-02-01', 'youth_caution', '2023-03-01'),
          ('O11b', 'R11', '2023-04-01', 'conviction', '2023-06-01');
        """

    // P's cohort in S1: R1, R2, R3, R4 and R6 (R5 was 18; R9 and R10 are left out; R13, R14 and R15
    // have no index event). Reoffenders: R1 (O1d), R2 (O2b, O2c), R3 (O3a).

    @Test func binaryCountsChildrenWithAReoffence() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-10-01")), quarters: 7)
        let values = try await IndicatorFixture.compute(
            "reoffending_binary", fixture: Self.fixture, settings: settings)
        #expect(values.count == 14)

        // 3 ÷ 5 = 60%. The as-of date is after 2024-09-30, so the cohort is final.
        let p = try #require(values.one("S1", "2023-01-01"))
        #expect(p.periodEnd == LocalDate("2023-03-31"))
        #expect(p.numerator == 3)
        #expect(p.denominator == 5)
        #expect(p.value == 60)
        #expect(p.status == .ok)

        // P2: R3 again (a child may be in several cohorts), no reoffence: 0 ÷ 1. Provisional, but a
        // denominator below 5 takes precedence.
        let p2 = try #require(values.one("S1", "2023-04-01"))
        #expect(p2.numerator == 0)
        #expect(p2.denominator == 1)
        #expect(p2.value == 0)
        #expect(p2.status == .insufficientData)

        // Q: R1 (index 2024-07-15, O1d's outcome) and R8, whose O8b cannot count: 0 ÷ 2.
        let q = try #require(values.one("S1", "2024-07-01"))
        #expect(q.numerator == 0)
        #expect(q.denominator == 2)

        // S2's P: R11, 1 ÷ 1 = 100%.
        let s2 = try #require(values.one("S2", "2023-01-01"))
        #expect(s2.numerator == 1)
        #expect(s2.denominator == 1)
        #expect(s2.value == 100)
    }

    @Test func aCohortIsProvisionalUpToEighteenMonthsAfterItsEnd() async throws {
        // As of 2024-09-30, exactly 18 months after P's end: still provisional. Same seven quarters,
        // same figures (no date of the fixture falls on 2024-10-01).
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-09-30")), quarters: 7)
        let values = try await IndicatorFixture.compute(
            "reoffending_binary", fixture: Self.fixture, settings: settings)
        let p = try #require(values.one("S1", "2023-01-01"))
        #expect(p.numerator == 3)
        #expect(p.denominator == 5)
        #expect(p.value == 60)
        #expect(p.status == .provisional)
    }

    @Test func frequencyCountsReoffencesPerReoffender() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-10-01")), quarters: 7)
        let values = try await IndicatorFixture.compute(
            "reoffending_frequency", fixture: Self.fixture, settings: settings)
        #expect(values.count == 14)

        // P: reoffences O1d, O2b, O2c, O3a = 4; reoffenders R1, R2, R3 = 3. 4 ÷ 3; 3 is below 5.
        let p = try #require(values.one("S1", "2023-01-01"))
        #expect(p.numerator == 4)
        #expect(p.denominator == 3)
        #expect(abs(try #require(p.value) - 4.0 / 3.0) < 1e-12)
        #expect(p.status == .insufficientData)

        // P2: R3 has no reoffence after 2023-05-20: no reoffender, no value.
        let p2 = try #require(values.one("S1", "2023-04-01"))
        #expect(p2.numerator == 0)
        #expect(p2.denominator == 0)
        #expect(p2.value == nil)

        // S2's P: O11b by R11: 1 ÷ 1.
        let s2 = try #require(values.one("S2", "2023-01-01"))
        #expect(s2.numerator == 1)
        #expect(s2.denominator == 1)
        #expect(s2.value == 1)

        // With a minimum denominator of 1, P is ok (final, 3 reoffenders). S2's P2 (R11 again, index
        // 2023-06-01, no reoffence) has no reoffender: no value, so insufficient data all the same.
        var lenient = settings
        lenient.minimumDenominator = 1
        let again = try await IndicatorFixture.compute(
            "reoffending_frequency", fixture: Self.fixture, settings: lenient)
        #expect(try #require(again.one("S1", "2023-01-01")).status == .ok)
        #expect(try #require(again.one("S2", "2023-04-01")).status == .insufficientData)
    }

    @Test func drillDownListsTheOffencesAndTheChildren() async throws {
        try await TestDatabase.withScratch("reoffending_drilldown") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await IndicatorFixture.prepare(connection, fixture: Self.fixture)
            let catalogue = try Catalogue.load(sqlDirectory: TestDatabase.sqlDirectory)
                .only(["reoffending_binary", "reoffending_frequency"])
            let engine = Engine(catalogue: catalogue)
            let settings = EngineSettings(asOf: try #require(LocalDate("2024-10-01")), quarters: 7)
            let p = try #require(LocalDate("2023-01-01"))

            // Binary: the cohort's children; against the figure, the three who reoffended.
            let cohort = try await engine.drillDown(
                "reoffending_binary", service: "S1", periodStart: p, breakdown: nil, againstOnly: false,
                on: connection, settings: settings)
            #expect(cohort.map(\.unitID) == ["R1", "R2", "R3", "R4", "R6"])
            let reoffenders = try await engine.drillDown(
                "reoffending_binary", service: "S1", periodStart: p, breakdown: nil, againstOnly: true,
                on: connection, settings: settings)
            #expect(reoffenders.map(\.unitID) == ["R1", "R2", "R3"])

            // Frequency: each reoffence by its offence_id (numerator 1), each reoffender by child_id
            // (denominator 1); against the figure, the reoffences.
            let units = try await engine.drillDown(
                "reoffending_frequency", service: "S1", periodStart: p, breakdown: nil, againstOnly: false,
                on: connection, settings: settings)
            #expect(units.map(\.unitID) == ["O1d", "O2b", "O2c", "O3a", "R1", "R2", "R3"])
            #expect(units.filter { $0.unitID.hasPrefix("O") }.allSatisfy { $0.numerator == 1 && $0.denominator == 0 })
            #expect(units.filter { $0.unitID.hasPrefix("R") }.allSatisfy { $0.numerator == 0 && $0.denominator == 1 })
            let reoffences = try await engine.drillDown(
                "reoffending_frequency", service: "S1", periodStart: p, breakdown: nil, againstOnly: true,
                on: connection, settings: settings)
            #expect(reoffences.map(\.unitID) == ["O1d", "O2b", "O2c", "O3a"])
        }
    }
}
