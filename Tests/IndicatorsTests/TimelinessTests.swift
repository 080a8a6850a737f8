import Dates
import Indicators
import Testing

/// `first_contact_timely`, and through it the working-day arithmetic every deadline indicator
/// shares (`base_deadline_units` in sql/base.sql).
@Suite struct TimelinessTests {
    // As of Wednesday 2022-07-06 the last two complete quarters are 2022-01-01–2022-03-31 (Q4 of
    // 2021/22) and 2022-04-01–2022-06-30 (Q1 of 2022/23). First contact is due 5 working days after
    // start_on for referral orders (RO) and youth rehabilitation orders (YRO), counted from the day
    // after the start, skipping weekends and the bank holidays of 2022 on the way: 2022-04-15 (Good
    // Friday), 2022-04-18 (Easter Monday), 2022-05-02 (Early May), 2022-06-02 and 2022-06-03 (the
    // one-off Spring and Platinum Jubilee holidays). "Deadline passed" means due day < 2022-07-06.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, referred_on, start_on, end_on) VALUES
          -- Q4 2021/22
          -- Wed 01-12: Thu 13 (1), Fri 14 (2), weekend, Mon 17 (3), Tue 18 (4), Wed 19 (5): due 01-19.
          ('I1',  'C1',  'S1', 'referral_order', NULL, '2022-01-12', NULL),
          ('I2',  'C2',  'S1', 'youth_rehabilitation_order', NULL, '2022-01-12', NULL),
          -- Thu 03-31 (the quarter's last day): Fri 04-01 (1), Mon 4 (2), 5 (3), 6 (4), Thu 7 (5): due 04-07.
          ('I3',  'C3',  'S1', 'referral_order', NULL, '2022-03-31', NULL),
          -- Tue 02-01: Wed 2 (1), Thu 3 (2), Fri 4 (3), Mon 7 (4), Tue 8 (5): due 02-08, passed.
          ('I4',  'C4',  'S1', 'referral_order', NULL, '2022-02-01', NULL),
          -- Mon 02-14: Tue 15 (1), 16 (2), 17 (3), Fri 18 (4), Mon 21 (5): due 02-21.
          ('I5',  'C5',  'S1', 'referral_order', NULL, '2022-02-14', NULL),
          -- Tue 03-01: Wed 2 (1), Thu 3 (2), Fri 4 (3), Mon 7 (4), Tue 8 (5): due 03-08, passed.
          ('I6',  'C6',  'S1', 'referral_order', NULL, '2022-03-01', NULL),
          ('I7',  'C7',  'S1', 'Referral_Order', NULL, '2022-01-12', NULL),  -- unknown kind (case): out
          ('I8',  'C8',  'S1', NULL, NULL, '2022-01-12', NULL),              -- null kind: out
          ('I9',  'C9',  'S1', 'referral_order', NULL, '2022-03-10', '2022-03-05'),  -- ends before it starts: out
          ('I10', 'C10', 'S1', 'referral_order', NULL, '2022-03-10', '2022-07-20'),  -- end_on after the as-of date: out
          ('I11', 'C11', 'S1', 'detention_training_order', NULL, '2022-02-01', NULL),  -- no first-contact rule: out
          -- Tue 03-15: Wed 16 (1), Thu 17 (2), Fri 18 (3), Mon 21 (4), Tue 22 (5): due 03-22, passed.
          ('I12', 'C12', 'S1', 'referral_order', NULL, '2022-03-15', NULL),
          ('I13', 'C13', 'S1', 'referral_order', NULL, '2022-03-15', NULL),
          -- Q1 2022/23
          -- Fri 04-01 (the quarter's first day): Mon 4 (1), 5 (2), 6 (3), 7 (4), Fri 8 (5): due 04-08.
          ('I20', 'C20', 'S1', 'referral_order', NULL, '2022-04-01', NULL),
          -- Tue 04-12: Wed 13 (1), Thu 14 (2), Good Friday, weekend, Easter Monday, Tue 19 (3), 20 (4),
          -- Thu 21 (5): due 04-21 (weekends alone would make it 04-19).
          ('I21', 'C21', 'S2', 'youth_rehabilitation_order', NULL, '2022-04-12', NULL),
          ('I22', 'C22', 'S2', 'youth_rehabilitation_order', NULL, '2022-04-12', NULL),
          -- Tue 05-31: Wed 06-01 (1), the one-off holidays Thu 2 and Fri 3, weekend, Mon 6 (2), 7 (3),
          -- 8 (4), Thu 9 (5): due 06-09 (weekends alone would make it 06-07).
          ('I23', 'C23', 'S2', 'referral_order', NULL, '2022-05-31', NULL),
          -- Wed 06-29: Thu 30 (1), Fri 07-01 (2), Mon 4 (3), Tue 5 (4), Wed 6 (5): due 07-06, the
          -- as-of date itself, so not passed: the work can still be done today.
          ('I24', 'C24', 'S2', 'referral_order', NULL, '2022-06-29', NULL),
          ('I25', 'C25', 'S2', 'referral_order', NULL, '2022-06-29', NULL),
          -- Tue 06-28: Wed 29 (1), Thu 30 (2), Fri 07-01 (3), Mon 4 (4), Tue 5 (5): due 07-05, passed.
          ('I26', 'C26', 'S2', 'youth_rehabilitation_order', NULL, '2022-06-28', NULL),
          -- Tue 05-03: Wed 4 (1), Thu 5 (2), Fri 6 (3), Mon 9 (4), Tue 10 (5): due 05-10.
          ('I27', 'C27', 'S2', 'referral_order', NULL, '2022-05-03', NULL),
          ('I28', 'C28', 'S2', 'youth_rehabilitation_order', NULL, '2022-05-03', NULL),
          -- Fri 06-24: Mon 27 (1), 28 (2), 29 (3), Thu 30 (4), Fri 07-01 (5): due 07-01, passed.
          ('I29', 'C29', 'S2', 'referral_order', NULL, '2022-06-24', NULL),
          -- Mon 04-25: Tue 26 (1), 27 (2), 28 (3), Fri 29 (4), Early May Mon 05-02, Tue 3 (5): due 05-03.
          ('I31', 'C31', 'S2', 'referral_order', NULL, '2022-04-25', NULL);
        INSERT INTO yot.milestones (milestone_id, intervention_id, kind, done_on) VALUES
          ('M1',  'I1',  'first_contact', '2022-01-19'),  -- on the due day: on time
          ('M2',  'I2',  'first_contact', '2022-01-20'),  -- one day late
          ('M3',  'I3',  'first_contact', '2022-04-08'),  -- due 04-07: late
          -- I4 has none and its deadline passed: late
          ('M5a', 'I5',  'first_contact', '2022-02-25'),  -- late, but not the earliest row
          ('M5b', 'I5',  'first_contact', '2022-02-18'),  -- the earliest: on time
          ('M6',  'I6',  'first_contact', '2022-02-28'),  -- before start_on: dropped, so I6 is late
          ('M7',  'I7',  'first_contact', '2022-01-13'),
          ('M8',  'I8',  'first_contact', '2022-01-13'),
          ('M9',  'I9',  'first_contact', '2022-03-11'),
          ('M10', 'I10', 'first_contact', '2022-03-11'),
          ('M11', 'I11', 'first_contact', '2022-02-02'),
          ('M12', 'I12', 'first_contact', '2022-07-07'),  -- after the as-of date: dropped, so I12 is late
          ('M13', 'I13', 'First_Contact', '2022-03-16'),  -- unknown kind: dropped, so I13 is late
          ('M14', 'I99', 'first_contact', '2022-03-16'),  -- orphan: counts for nothing
          ('M20', 'I20', 'first_contact', '2022-04-08'),  -- due 04-08: on time (I3, same day, is late)
          ('M21', 'I21', 'first_contact', '2022-04-21'),  -- on the due day after Easter: on time
          ('M22', 'I22', 'first_contact', '2022-04-22'),  -- one day late
          ('M23', 'I23', 'first_contact', '2022-06-09'),  -- on the due day after the Jubilee: on time
          -- I24 has none and its deadline has not passed: not counted
          ('M25', 'I25', 'first_contact', '2022-07-01'),  -- done before its deadline passed: counted, on time
          -- I26 has none and its deadline passed: late
          ('M27', 'I27', 'first_contact', '2022-05-04'),
          ('M28', 'I28', 'first_contact', '2022-05-05'),
          -- I29 has none and its deadline passed: late
          ('M31', 'I31', 'first_contact', '2022-05-04'),  -- due 05-03: late
          ('M32', 'I24', 'initial_assessment', '2022-06-30');  -- another kind: no first contact
        """

    static func settings(deadlines: [String: DeadlineRule] = DeadlineRule.defaults) throws -> EngineSettings {
        EngineSettings(asOf: try #require(LocalDate("2022-07-06")), quarters: 2, deadlines: deadlines)
    }

    @Test func countsFirstContactsWithinFiveWorkingDays() async throws {
        let values = try await IndicatorFixture.compute(
            "first_contact_timely", fixture: Self.fixture, settings: try Self.settings())
        // S1 and S2 × two quarters, empty ones included.
        #expect(values.count == 4)

        // S1, Q4: counted I1 (on time), I2 (late), I3 (late), I4 (late, none), I5 (on time, earliest
        // row), I6 (late, its row dropped), I12 (late, its row dropped), I13 (late, its row dropped);
        // I7–I11 are left out. 2 ÷ 8 = 25%.
        let q4 = try #require(values.one("S1", "2022-01-01"))
        #expect(q4.periodEnd == LocalDate("2022-03-31"))
        #expect(q4.numerator == 2)
        #expect(q4.denominator == 8)
        #expect(q4.value == 25)
        #expect(q4.status == .ok)

        // S1, Q1: I20 alone (started 1 April), on time: 1 ÷ 1, below the minimum denominator.
        let s1q1 = try #require(values.one("S1", "2022-04-01"))
        #expect(s1q1.numerator == 1)
        #expect(s1q1.denominator == 1)
        #expect(s1q1.value == 100)
        #expect(s1q1.status == .insufficientData)

        // S2, Q1: counted I21 (on), I22 (late), I23 (on), I25 (on), I26 (late), I27 (on), I28 (on),
        // I29 (late), I31 (late); I24 is not counted. 5 ÷ 9.
        let s2q1 = try #require(values.one("S2", "2022-04-01"))
        #expect(s2q1.numerator == 5)
        #expect(s2q1.denominator == 9)
        #expect(abs(try #require(s2q1.value) - 500.0 / 9.0) < 1e-9)
        #expect(s2q1.status == .ok)

        // S2 had nothing start in Q4: reported all the same, with no value.
        let empty = try #require(values.one("S2", "2022-01-01"))
        #expect(empty.numerator == 0)
        #expect(empty.denominator == 0)
        #expect(empty.value == nil)
        #expect(empty.status == .insufficientData)
    }

    @Test func aConfiguredDeadlineChangesTheResult() async throws {
        // A council allows 10 working days for a referral order's first contact (5 for a YRO still).
        var deadlines = DeadlineRule.defaults
        deadlines["first_contact_timely"] = DeadlineRule(
            milestone: "first_contact", clock: .startOn, days: ["referral_order": 10, "youth_rehabilitation_order": 5])
        let values = try await IndicatorFixture.compute(
            "first_contact_timely", fixture: Self.fixture, settings: try Self.settings(deadlines: deadlines))

        // S1, Q4: I3 (RO, Thu 03-31) is now due Fri 04-01 (1), 4–8 (2–6), 11–14 (7–10): 04-14, and
        // its contact on 04-08 is on time. I4 (due 02-15), I6 (due 03-15), I12 (due 03-29) and I13
        // are still late; I2 is a YRO and still late. On time I1, I3, I5: 3 ÷ 8 = 37.5%.
        let q4 = try #require(values.one("S1", "2022-01-01"))
        #expect(q4.numerator == 3)
        #expect(q4.denominator == 8)
        #expect(q4.value == 37.5)

        // S2, Q1: I29 (RO, Fri 06-24) is now due Mon 27–Fri 07-01 (1–5), Mon 4–Fri 8 (6–10): 07-08,
        // not passed and nothing done, so no longer counted. I31 (RO, Mon 04-25) is now due Tue
        // 26–Fri 29 (1–4), Early May Monday, Tue 05-03–Tue 10 (5–10): 05-10, and its contact on 05-04
        // is on time. Counted I21, I22, I23, I25, I26, I27, I28, I31; on time I21, I23, I25, I27, I28,
        // I31: 6 ÷ 8 = 75%.
        let s2q1 = try #require(values.one("S2", "2022-04-01"))
        #expect(s2q1.numerator == 6)
        #expect(s2q1.denominator == 8)
        #expect(s2q1.value == 75)
    }
}
