import Dates
import Indicators
import Testing

@Suite struct FeedbackSatisfiedTests {
    // As of Monday 2024-04-15, quarters: 1 reports 2024-01-01–2024-03-31.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.feedback (feedback_id, service_id, respondent, received_on, score) VALUES
          ('F1',  'S1', 'child',        '2024-01-10', 5),     -- satisfied
          ('F2',  'S1', 'child',        '2024-02-10', 4),     -- satisfied
          ('F3',  'S1', 'child',        '2024-03-31', 3),     -- 31 March: in the quarter; not satisfied
          ('F4',  'S1', 'parent_carer', '2024-02-01', 6),     -- score outside 1–5 (rule 6): out
          ('F5',  'S1', 'Child',        '2024-02-01', 5),     -- unknown respondent: total only; satisfied
          ('F6',  'S1', 'parent_carer', '2024-02-01', NULL),  -- no score: not in the denominator
          ('F7',  'S1', 'victim',       '2024-01-01', 1),     -- first day of the quarter; not satisfied
          ('F8',  'S1', 'victim',       '2024-03-01', 4),     -- satisfied
          ('F9',  'S1', 'parent_carer', '2024-03-02', 4),     -- satisfied
          ('F10', 'S1', NULL,           '2024-03-03', 2),     -- respondent not recorded: total only; not satisfied
          ('F11', 'S1', 'child',        '2024-04-20', 5),     -- after the as-of date (rule 3): out
          ('F12', 'S1', 'child',        '2024-02-05', 0),     -- score outside 1–5 (rule 6): out
          ('F13', 'S9', 'child',        '2024-02-05', 5),     -- service not in yot.services: no row
          ('F14', 'S1', 'child',        '2023-12-31', 5);     -- the quarter before: not reported
        """

    @Test func countsScoresOfFourOrFiveOverScoredFeedback() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), quarters: 1)
        let values = try await IndicatorFixture.compute(
            "feedback_satisfied", fixture: Self.fixture, settings: settings)
        // Two services × one quarter × (total + three respondents).
        #expect(values.count == 8)

        // Total: scored F1, F2, F3, F5, F7, F8, F9, F10 = 8; satisfied F1, F2, F5, F8, F9 = 5.
        // 5 ÷ 8 = 62.5%.
        let total = try #require(values.one("S1", "2024-01-01"))
        #expect(total.periodEnd == LocalDate("2024-03-31"))
        #expect(total.numerator == 5)
        #expect(total.denominator == 8)
        #expect(total.value == 62.5)
        #expect(total.status == .ok)

        // Children: F1, F2, F3 (F5's 'Child' is unknown, F11 and F12 out): 2 ÷ 3.
        let child = try #require(values.one("S1", "2024-01-01", "respondent=child"))
        #expect(child.numerator == 2)
        #expect(child.denominator == 3)
        #expect(abs((child.value ?? 0) - 66.666_666_666) < 1e-6)  // 66.67%
        #expect(child.status == .insufficientData)

        // Parents and carers: F9 alone (F4 out of range, F6 unscored): 1 ÷ 1.
        let parent = try #require(values.one("S1", "2024-01-01", "respondent=parent_carer"))
        #expect(parent.numerator == 1)
        #expect(parent.denominator == 1)
        #expect(parent.value == 100)

        // Victims: F7 (1) and F8 (4): 1 ÷ 2.
        let victim = try #require(values.one("S1", "2024-01-01", "respondent=victim"))
        #expect(victim.numerator == 1)
        #expect(victim.denominator == 2)
        #expect(victim.value == 50)

        // The breakdown rows add up to the total less the unknown and unrecorded respondents
        // (F5, F10): 3 + 1 + 2 = 8 − 2.
        #expect((child.denominator ?? 0) + (parent.denominator ?? 0) + (victim.denominator ?? 0) == 6)

        // S2 has no feedback: every row is reported, with no value.
        for breakdown in [nil, "respondent=child", "respondent=parent_carer", "respondent=victim"] {
            let empty = try #require(values.one("S2", "2024-01-01", breakdown))
            #expect(empty.denominator == 0)
            #expect(empty.value == nil)
            #expect(empty.status == .insufficientData)
        }
    }
}
