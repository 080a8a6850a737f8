import Dates
import Indicators
import Testing

@Suite struct UnallocatedInterventionsTests {
    // As of 2024-04-15 the last two months end on D = 2024-03-31 (a Sunday) and D = 2024-02-29 (a
    // Thursday). The 5th working day after a start counts from the next day and skips weekends and
    // bank holidays (Good Friday 2024-03-29, Easter Monday 2024-04-01).
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.practitioners (practitioner_id, service_id, case_holding, fte, started_on) VALUES
          ('P1', 'S1', true, 1.00, '2020-01-01');
        INSERT INTO yot.interventions
          (intervention_id, child_id, service_id, kind, start_on, end_on, case_manager_id, allocated_on) VALUES
          -- Fri 22 March: 25, 26, 27, 28 March, then 29 March and 1 April are bank holidays: the 5th
          -- working day is 2 April, after D. Not yet counted on 31 March.
          ('U1',  'C1',  'S1', 'referral_order', '2024-03-22', NULL, NULL, NULL),
          -- Thu 21 March: 22, 25, 26, 27, 28 March: the 5th is 28 March. Counted on 31 March.
          ('U2',  'C2',  'S1', 'referral_order', '2024-03-21', NULL, NULL, NULL),
          -- Thu 22 February: 23, 26, 27, 28, 29 February: the 5th is D itself. Counted on both days.
          ('U3',  'C3',  'S1', 'referral_order', '2024-02-22', NULL, NULL, NULL),
          -- Allocated on 10 March: unallocated on 29 February (5th working day 8 February) only.
          ('U4',  'C4',  'S1', 'referral_order', '2024-02-01', NULL, 'P1', '2024-03-10'),
          -- A case manager without allocated_on is not allocated. Counted on both days.
          ('U5',  'C5',  'S1', 'referral_order', '2024-01-10', NULL, 'P1', NULL),
          -- A missing case manager (rule 4) or an allocated_on after the as-of date (rule 3): the
          -- allocation cannot be judged. Left out (though U6 would be waiting on 29 February).
          ('U6',  'C6',  'S1', 'referral_order', '2024-01-10', NULL, 'PX', '2024-03-10'),
          ('U7',  'C7',  'S1', 'referral_order', '2024-01-10', NULL, 'P1', '2024-04-20'),
          -- Ends on 31 March: open on 29 February only.
          ('U8',  'C8',  'S1', 'prevention', '2024-01-10', '2024-03-31', NULL, NULL),
          -- Ends before it starts (rule 2): left out.
          ('U9',  'C9',  'S1', 'prevention', '2024-01-10', '2024-01-05', NULL, NULL),
          -- Allocated on its first day: never waiting.
          ('U10', 'C10', 'S1', 'prevention', '2024-01-10', NULL, 'P1', '2024-01-10'),
          -- An unknown kind is still caseload: counted on both days.
          ('U11', 'C11', 'S1', 'weird', '2024-01-10', NULL, NULL, NULL),
          -- S2's.
          ('U12', 'C12', 'S2', 'prevention', '2024-01-10', NULL, NULL, NULL),
          -- An allocated_on without a case manager is not an allocation: counted on both days.
          ('U13', 'C13', 'S1', 'referral_order', '2024-01-10', NULL, NULL, '2024-02-01');
        """

    @Test func countsOpenInterventionsWaitingForACaseManager() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), months: 2)
        let values = try await IndicatorFixture.compute(
            "unallocated_interventions", fixture: Self.fixture, settings: settings)
        #expect(values.count == 4)

        // 31 March, S1: U2, U3, U5, U11, U13 = 5.
        let march = try #require(values.one("S1", "2024-03-01"))
        #expect(march.periodEnd == LocalDate("2024-03-31"))
        #expect(march.numerator == 5)
        #expect(march.denominator == nil)
        #expect(march.value == 5)
        #expect(march.status == .ok)

        // 29 February, S1: U3 (5th working day that day), U4, U5, U8, U11, U13 = 6.
        let february = try #require(values.one("S1", "2024-02-01"))
        #expect(february.periodEnd == LocalDate("2024-02-29"))
        #expect(february.value == 6)

        // S2: U12 on both days.
        #expect(try #require(values.one("S2", "2024-03-01")).value == 1)
        #expect(try #require(values.one("S2", "2024-02-01")).value == 1)
    }
}
