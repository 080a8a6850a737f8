import Dates
import Indicators
import Testing

/// The deadline indicators other than first contact, each with its own milestone, kinds, days and
/// clock (TimelinessTests covers first contact and a configured deadline). One quarter each.
@Suite struct TimelinessByRuleTests {
    // As of Wednesday 2023-02-15 the last complete quarter is 2022-10-01–2022-12-31. An initial
    // assessment is due 20 working days after start_on for a referral order (RO) and 15 for a youth
    // rehabilitation order (YRO) or detention and training order (DTO). Christmas Day and Boxing
    // Day 2022 fell on a Sunday and a Monday: the bank holidays are Mon 12-26 and Tue 12-27 (the
    // substitute day), then Mon 2023-01-02 (New Year's Day substitute).
    static let assessmentFixture = """
        INSERT INTO yot.services VALUES ('S1', 'One');
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, start_on) VALUES
          -- Mon 12-05: Tue 6–Fri 9 (1–4), Mon 12–Fri 16 (5–9), Mon 19–Fri 23 (10–14), weekend,
          -- holidays Mon 26 and Tue 27, Wed 28 (15): a YRO or DTO is due 12-28 (weekends alone:
          -- 12-26). An RO goes on: Thu 29 (16), Fri 30 (17), weekend, holiday Mon 01-02, Tue 3 (18),
          -- Wed 4 (19), Thu 5 (20): due 2023-01-05.
          ('A1', 'C1', 'S1', 'youth_rehabilitation_order', '2022-12-05'),
          ('A2', 'C2', 'S1', 'detention_training_order', '2022-12-05'),
          ('A3', 'C3', 'S1', 'referral_order', '2022-12-05'),
          ('A4', 'C4', 'S1', 'referral_order', '2022-12-05'),
          -- Mon 10-03, RO: Tue 4–Fri 7 (1–4), 10–14 (5–9), 17–21 (10–14), 24–28 (15–19), Mon 31
          -- (20): due 10-31, passed.
          ('A5', 'C5', 'S1', 'referral_order', '2022-10-03'),
          ('A6', 'C6', 'S1', 'prevention', '2022-10-03'),  -- no assessment rule: out
          -- Tue 11-01, YRO: Wed 2–Fri 4 (1–3), 7–11 (4–8), 14–18 (9–13), Mon 21 (14), Tue 22 (15):
          -- due 11-22, passed.
          ('A7', 'C7', 'S1', 'youth_rehabilitation_order', '2022-11-01'),
          -- Mon 10-03, YRO: due Mon 10-24 (15).
          ('A8', 'C8', 'S1', 'youth_rehabilitation_order', '2022-10-03'),
          -- Mon 11-14, DTO: Tue 15–Fri 18 (1–4), 21–25 (5–9), 28–12-02 (10–14), Mon 12-05 (15): due 12-05.
          ('A9', 'C9', 'S1', 'detention_training_order', '2022-11-14');
        INSERT INTO yot.milestones (milestone_id, intervention_id, kind, done_on) VALUES
          ('M1', 'A1', 'initial_assessment', '2022-12-28'),  -- on the due day after Christmas: on time
          ('M2', 'A2', 'initial_assessment', '2022-12-29'),  -- one day late
          ('M3', 'A3', 'initial_assessment', '2023-01-05'),  -- RO, on the due day: on time
          ('M4', 'A4', 'initial_assessment', '2023-01-06'),  -- RO, one day late
          ('M5', 'A5', 'intervention_plan', '2022-10-05'),   -- a plan, not an assessment: A5 is late
          ('M6', 'A6', 'initial_assessment', '2022-10-04'),
          ('M7a', 'A7', 'review', '2022-11-02'),              -- another kind
          ('M7b', 'A7', 'Initial_Assessment', '2022-11-03'),  -- unknown kind: dropped, so A7 is late
          ('M8', 'A8', 'initial_assessment', '2022-10-10'),
          ('M9', 'A9', 'initial_assessment', '2022-12-02');
        """

    @Test func assessmentsAreDuePerKindAcrossChristmas() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2023-02-15")), quarters: 1)
        let values = try await IndicatorFixture.compute(
            "assessment_timely", fixture: Self.assessmentFixture, settings: settings)
        #expect(values.count == 1)
        // Counted A1 (on), A2 (late), A3 (on), A4 (late), A5 (late), A7 (late), A8 (on), A9 (on);
        // A6 is left out. 4 ÷ 8 = 50%.
        let q3 = try #require(values.one("S1", "2022-10-01"))
        #expect(q3.numerator == 4)
        #expect(q3.denominator == 8)
        #expect(q3.value == 50)
        #expect(q3.status == .ok)
    }

    // As of Monday 2023-07-10 the last complete quarter is 2023-04-01–2023-06-30. An intervention
    // plan is due 20 working days after start_on for an RO, 15 for a YRO or DTO. Bank holidays:
    // Good Friday 04-07, Easter Monday 04-10, Early May 05-01, the coronation 05-08 (one-off),
    // Spring 05-29.
    static let planFixture = """
        INSERT INTO yot.services VALUES ('S1', 'One');
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, start_on) VALUES
          -- Fri 04-28, RO: weekend, holiday Mon 05-01, Tue 2–Fri 5 (1–4), coronation Mon 8, Tue 9–Fri
          -- 12 (5–8), 15–19 (9–13), 22–26 (14–18), holiday Mon 29, Tue 30 (19), Wed 31 (20): due 05-31.
          ('P1', 'C1', 'S1', 'referral_order', '2023-04-28'),
          ('P2', 'C2', 'S1', 'referral_order', '2023-04-28'),
          -- Fri 06-30, YRO: Mon 07-03–Fri 7 (1–5), 10–14 (6–10), 17–21 (11–15): due 07-21, not passed.
          ('P3', 'C3', 'S1', 'youth_rehabilitation_order', '2023-06-30'),
          ('P4', 'C4', 'S1', 'youth_rehabilitation_order', '2023-06-30'),
          -- Tue 05-02, DTO: Wed 3–Fri 5 (1–3), coronation Mon 8, Tue 9–Fri 12 (4–7), 15–19 (8–12),
          -- Mon 22 (13), Tue 23 (14), Wed 24 (15): due 05-24, passed.
          ('P5', 'C5', 'S1', 'detention_training_order', '2023-05-02'),
          ('P6', 'C6', 'S1', 'detention_training_order', '2023-05-02'),
          -- Mon 04-03: Tue 4–Thu 6 (1–3), Good Friday, weekend, Easter Monday, Tue 11–Fri 14 (4–7),
          -- 17–21 (8–12), 24–28 (13–17), holiday Mon 05-01, Tue 2 (18), Wed 3 (19), Thu 4 (20): an RO
          -- is due 05-04; a YRO (15) is due Wed 04-26.
          ('P7', 'C7', 'S1', 'youth_rehabilitation_order', '2023-04-03'),
          ('P8', 'C8', 'S1', 'referral_order', '2023-04-03'),
          ('P9', 'C9', 'S1', 'referral_order', '2023-04-03'),
          -- Sat 04-01, a clock on a non-working day, YRO: Mon 3–Thu 6 (1–4), Good Friday, weekend,
          -- Easter Monday, Tue 11–Fri 14 (5–8), 17–21 (9–13), Mon 24 (14), Tue 25 (15): due 04-25.
          ('P10', 'C10', 'S1', 'youth_rehabilitation_order', '2023-04-01'),
          ('P11', 'C11', 'S1', 'youth_rehabilitation_order', '2023-04-01');
        INSERT INTO yot.milestones (milestone_id, intervention_id, kind, done_on) VALUES
          ('M1', 'P1', 'intervention_plan', '2023-05-31'),   -- on the due day, three holidays on: on time
          ('M2', 'P2', 'intervention_plan', '2023-06-01'),   -- one day late
          -- P3 has none and its deadline has not passed: not counted
          ('M4', 'P4', 'intervention_plan', '2023-07-03'),   -- done early: counted, on time
          ('M5', 'P5', 'intervention_plan', '2023-05-01'),   -- before start_on: dropped, so P5 is late
          ('M6a', 'P6', 'intervention_plan', '2023-04-30'),  -- before start_on: dropped
          ('M6b', 'P6', 'intervention_plan', '2023-05-24'),  -- the earliest valid row, on the due day
          ('M7', 'P7', 'intervention_plan', '2023-04-05'),
          -- P8 has none and its deadline passed: late
          ('M9', 'P9', 'intervention_plan', '2023-04-20'),
          ('M10', 'P10', 'intervention_plan', '2023-04-25'),  -- on the due day: on time
          ('M11', 'P11', 'intervention_plan', '2023-04-26');  -- one day late
        """

    @Test func plansCrossTheCoronationHoliday() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2023-07-10")), quarters: 1)
        let values = try await IndicatorFixture.compute("plan_timely", fixture: Self.planFixture, settings: settings)
        #expect(values.count == 1)
        // Counted P1 (on), P2 (late), P4 (on), P5 (late), P6 (on), P7 (on), P8 (late), P9 (on), P10
        // (on), P11 (late); P3 is not counted. 6 ÷ 10 = 60%.
        let q1 = try #require(values.one("S1", "2023-04-01"))
        #expect(q1.numerator == 6)
        #expect(q1.denominator == 10)
        #expect(q1.value == 60)
        #expect(q1.status == .ok)
    }

    // As of Wednesday 2022-10-12 the last complete quarter is 2022-07-01–2022-09-30. An initial
    // panel is due 20 working days after a referral order's start_on. Mon 2022-09-19 was the one-off
    // bank holiday for the Queen's state funeral; Mon 2022-08-29 the Summer bank holiday.
    static let panelFixture = """
        INSERT INTO yot.services VALUES ('S1', 'One');
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, start_on) VALUES
          -- Thu 09-01: Fri 2 (1), 5–9 (2–6), 12–16 (7–11), holiday Mon 19, Tue 20–Fri 23 (12–15), Mon
          -- 26–Fri 30 (16–20): due 09-30 (without the funeral holiday: 09-29).
          ('N1', 'C1', 'S1', 'referral_order', '2022-09-01'),
          ('N2', 'C2', 'S1', 'referral_order', '2022-09-01'),
          ('N3', 'C3', 'S1', 'youth_rehabilitation_order', '2022-09-01'),  -- no panel rule: out
          -- Fri 09-30: Mon 10-03–Fri 7 (1–5), … Mon 24–Fri 28 (16–20): due 10-28, not passed.
          ('N4', 'C4', 'S1', 'referral_order', '2022-09-30'),
          -- Fri 07-01: 4–8 (1–5), 11–15 (6–10), 18–22 (11–15), 25–29 (16–20): due 07-29.
          ('N5', 'C5', 'S1', 'referral_order', '2022-07-01'),
          ('N6', 'C6', 'S1', 'referral_order', '2022-07-01'),
          -- Mon 08-01: Tue 2–Fri 5 (1–4), 8–12 (5–9), 15–19 (10–14), 22–26 (15–19), Summer bank
          -- holiday Mon 29, Tue 30 (20): due 08-30.
          ('N7', 'C7', 'S1', 'referral_order', '2022-08-01');
        INSERT INTO yot.milestones (milestone_id, intervention_id, kind, done_on) VALUES
          ('M1', 'N1', 'initial_panel', '2022-09-30'),  -- on the due day: on time
          ('M2', 'N2', 'initial_panel', '2022-10-03'),  -- late
          ('M3', 'N3', 'initial_panel', '2022-09-05'),
          -- N4 has none and its deadline has not passed: not counted; N5 has none: late
          ('M6', 'N6', 'initial_panel', '2022-07-29'),  -- on the due day: on time
          ('M7', 'N7', 'initial_panel', '2022-08-10');
        """

    @Test func panelsCrossTheStateFuneralHoliday() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2022-10-12")), quarters: 1)
        let values = try await IndicatorFixture.compute(
            "initial_panel_timely", fixture: Self.panelFixture, settings: settings)
        #expect(values.count == 1)
        // Counted N1 (on), N2 (late), N5 (late), N6 (on), N7 (on); N3 left out, N4 not counted.
        // 3 ÷ 5 = 60%, at the minimum denominator.
        let q2 = try #require(values.one("S1", "2022-07-01"))
        #expect(q2.numerator == 3)
        #expect(q2.denominator == 5)
        #expect(q2.value == 60)
        #expect(q2.status == .ok)
    }

    // As of Monday 2022-01-10 the last complete quarter is 2021-10-01–2021-12-31. An out-of-court
    // decision is due 10 working days after referred_on (the clock), for community resolutions,
    // youth cautions and youth conditional cautions. Christmas Day and Boxing Day 2021 fell on a
    // weekend: the bank holidays are Mon 12-27 and Tue 12-28 (substitute days), then Mon
    // 2022-01-03 (New Year's Day substitute).
    static let decisionFixture = """
        INSERT INTO yot.services VALUES ('S1', 'One');
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, referred_on, start_on) VALUES
          -- Referred Mon 12-20: Tue 21–Fri 24 (1–4), weekend, holidays Mon 27 and Tue 28, Wed 29–Fri
          -- 31 (5–7), weekend, holiday Mon 01-03, Tue 4 (8), Wed 5 (9), Thu 6 (10): due 2022-01-06.
          ('O1', 'C1', 'S1', 'youth_caution', '2021-12-20', '2021-12-22'),
          ('O2', 'C2', 'S1', 'community_resolution', '2021-12-20', '2021-12-22'),
          ('O3', 'C3', 'S1', 'youth_conditional_caution', NULL, '2021-11-01'),  -- no referred_on, no clock: out
          -- Referred Mon 11-01: Tue 2–Fri 5 (1–4), 8–12 (5–9), Mon 15 (10): due 11-15, passed.
          ('O4', 'C4', 'S1', 'youth_caution', '2021-11-01', '2021-11-05'),
          ('O5', 'C5', 'S1', 'youth_caution', '2021-11-01', '2021-11-20'),
          -- start_on after the as-of date (rule 3) leaves what is clocked on start_on; this clock is
          -- referred_on (Mon 10-04: due Mon 10-18), so O6 stays.
          ('O6', 'C6', 'S1', 'community_resolution', '2021-10-04', '2022-02-01'),
          ('O7', 'C7', 'S1', 'referral_order', '2021-10-04', '2021-10-20'),  -- no decision rule: out
          -- Referred Fri 12-31: holiday Mon 01-03, Tue 4–Fri 7 (1–4), Mon 10–Fri 14 (5–9), Mon 17
          -- (10): due 01-17, not passed.
          ('O8', 'C8', 'S1', 'youth_caution', '2021-12-31', NULL),
          ('O9', 'C9', 'S1', 'youth_caution', '2021-12-31', NULL),
          ('O10', 'C10', 'S1', 'caution', '2021-11-01', '2021-11-05'),  -- unknown kind: out
          -- Referred Thu 12-30: Fri 31 (1), Tue 01-04 (2), … not passed.
          ('O12', 'C12', 'S1', 'youth_caution', '2021-12-30', '2022-01-05'),
          -- Referred Fri 10-01 (the quarter's first day): Mon 4–Fri 8 (1–5), 11–15 (6–10): due 10-15.
          ('O13', 'C13', 'S1', 'community_resolution', '2021-10-01', '2021-10-20'),
          -- Referred Mon 11-15: Tue 16–Fri 19 (1–4), 22–26 (5–9), Mon 29 (10): due 11-29, passed.
          ('O14', 'C14', 'S1', 'youth_caution', '2021-11-15', '2021-11-30');
        INSERT INTO yot.milestones (milestone_id, intervention_id, kind, done_on) VALUES
          ('M1', 'O1', 'oocd_decision', '2022-01-06'),   -- on the due day after Christmas: on time
          ('M2', 'O2', 'oocd_decision', '2022-01-07'),   -- one day late
          ('M3', 'O3', 'oocd_decision', '2021-11-02'),
          ('M4', 'O4', 'oocd_decision', '2021-10-29'),   -- before referred_on: dropped, so O4 is late
          ('M5', 'O5', 'oocd_decision', '2021-11-03'),   -- before start_on but after referred_on: valid, on time
          ('M6', 'O6', 'oocd_decision', '2021-10-05'),
          ('M7', 'O7', 'oocd_decision', '2021-10-05'),
          -- O8 has none and its deadline has not passed: not counted
          ('M9', 'O9', 'oocd_decision', '2022-01-11'),   -- after the as-of date: dropped, so not counted
          ('M10', 'O10', 'oocd_decision', '2021-11-02'),
          ('M12', 'O12', 'oocd_decision', '2022-01-04'), -- done before its deadline passed: on time
          ('M13', 'O13', 'oocd_decision', '2021-10-15'), -- on the due day: on time
          ('M14', 'O99', 'oocd_decision', '2021-11-16'); -- orphan; O14 has none and its deadline passed: late
        """

    @Test func decisionsAreClockedOnTheReferral() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2022-01-10")), quarters: 1)
        let values = try await IndicatorFixture.compute(
            "oocd_decision_timely", fixture: Self.decisionFixture, settings: settings)
        #expect(values.count == 1)
        // Counted O1 (on), O2 (late), O4 (late), O5 (on), O6 (on), O12 (on), O13 (on), O14 (late);
        // O3, O7, O10 left out; O8 and O9 not counted. 5 ÷ 8 = 62.5%.
        let q3 = try #require(values.one("S1", "2021-10-01"))
        #expect(q3.numerator == 5)
        #expect(q3.denominator == 8)
        #expect(q3.value == 62.5)
        #expect(q3.status == .ok)
    }
}
