import Dates
import Indicators
import Testing

@Suite struct ReviewsInDateTests {
    // As of Monday 2023-07-10 the last two complete quarters end on D = 2023-06-30 (window
    // [D − 3 months, D] = [2023-03-30, 2023-06-30]: PostgreSQL clamps 06-30 − 3 months to 03-30, not
    // 03-31) and D = 2023-03-31 (window [2022-12-31, 2023-03-31]). A unit is a referral order (RO),
    // youth rehabilitation order (YRO) or detention and training order (DTO) open on D (start_on <=
    // D, end_on null or after D) with start_on <= D − 3 months.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, start_on, end_on) VALUES
          ('R1',  'C1',  'S1', 'referral_order', '2023-01-10', NULL),              -- June only (started after 12-31)
          ('R2',  'C2',  'S1', 'referral_order', '2023-03-30', NULL),              -- June: start_on = D − 3 months
          ('R3',  'C3',  'S1', 'youth_rehabilitation_order', '2023-03-31', NULL),  -- 03-31 > 03-30: in neither
          ('R4',  'C4',  'S1', 'detention_training_order', '2022-06-01', '2023-06-30'),  -- March only: ends on June's D
          ('R5',  'C5',  'S1', 'youth_rehabilitation_order', '2022-10-01', NULL),  -- both
          ('R6',  'C6',  'S1', 'referral_order', '2022-06-01', NULL),              -- both, never reviewed
          ('R7',  'C7',  'S1', 'prevention', '2022-06-01', NULL),                  -- not an order: out
          ('R8',  'C8',  'S1', 'YRO', '2022-06-01', NULL),                         -- unknown kind: out
          ('R10', 'C10', 'S1', 'referral_order', '2022-06-01', '2023-08-01'),      -- end_on after the as-of date: out
          ('R11', 'C11', 'S1', 'referral_order', '2022-11-01', NULL),              -- both
          ('R12', 'C12', 'S1', 'referral_order', '2022-09-01', NULL),              -- both
          ('R13', 'C13', 'S1', 'referral_order', '2022-09-01', NULL),              -- both
          ('R15', 'C15', 'S1', 'youth_rehabilitation_order', '2023-01-15', NULL),  -- June only
          ('R16', 'C16', 'S1', 'referral_order', '2022-06-01', '2023-03-31');      -- ends on March's D: in neither
        INSERT INTO yot.milestones (milestone_id, intervention_id, kind, done_on) VALUES
          ('M1',  'R1',  'review', '2023-03-30'),              -- June: the window's first day
          ('M2',  'R2',  'initial_assessment', '2023-04-10'),  -- June
          ('M3',  'R3',  'review', '2023-05-01'),
          ('M4',  'R4',  'review', '2022-12-31'),              -- March: the window's first day
          ('M5a', 'R5',  'review', '2022-12-30'),              -- a day before March's window
          ('M5b', 'R5',  'review', '2023-03-29'),              -- March; a day before June's window
          ('M7',  'R7',  'review', '2023-05-01'),
          ('M8',  'R8',  'review', '2023-05-01'),
          ('M10', 'R10', 'review', '2023-05-01'),
          ('M11a', 'R11', 'review', '2022-11-15'),             -- in neither window
          ('M11b', 'R11', 'review', '2023-05-20'),             -- June: every review counts, not only the first
          ('M12a', 'R12', 'initial_assessment', '2023-02-01'), -- March
          ('M12b', 'R12', 'Review', '2023-05-01'),             -- unknown kind: dropped, so not June
          ('M13', 'R13', 'intervention_plan', '2023-05-01'),   -- a plan is not a review
          ('M15', 'R15', 'review', '2023-06-30'),              -- June: the window's last day, D itself
          ('M16', 'R16', 'review', '2023-03-01'),
          ('M99', 'R99', 'review', '2023-05-01');              -- orphan: counts for nothing
        """

    @Test func countsOrdersReviewedInTheLastThreeMonths() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2023-07-10")), quarters: 2)
        let values = try await IndicatorFixture.compute("reviews_in_date", fixture: Self.fixture, settings: settings)
        #expect(values.count == 4)

        // D = 2023-06-30: units R1, R2, R5, R6, R11, R12, R13, R15; reviewed in [03-30, 06-30]: R1
        // (03-30), R2 (04-10), R11 (05-20), R15 (06-30). 4 ÷ 8 = 50%.
        let june = try #require(values.one("S1", "2023-04-01"))
        #expect(june.periodEnd == LocalDate("2023-06-30"))
        #expect(june.numerator == 4)
        #expect(june.denominator == 8)
        #expect(june.value == 50)
        #expect(june.status == .ok)

        // D = 2023-03-31: units R4, R5, R6, R11, R12, R13; reviewed in [12-31, 03-31]: R4 (12-31), R5
        // (03-29), R12 (02-01). 3 ÷ 6 = 50%.
        let march = try #require(values.one("S1", "2023-01-01"))
        #expect(march.numerator == 3)
        #expect(march.denominator == 6)
        #expect(march.value == 50)
        #expect(march.status == .ok)

        // S2 has no orders: reported, with no value.
        let empty = try #require(values.one("S2", "2023-04-01"))
        #expect(empty.denominator == 0)
        #expect(empty.value == nil)
        #expect(empty.status == .insufficientData)
    }
}
