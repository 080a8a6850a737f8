import Dates
import Indicators
import Testing

@Suite struct PractitionersOverLimitTests {
    // As of 2024-04-15 the last two months end on D = 2024-03-31 and D = 2024-02-29. Caseloads are
    // built with generate_series: 'A' || n numbers the interventions of practitioner A. All start on
    // 2024-01-01, are allocated on 2024-01-02 and are still open unless said otherwise.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.practitioners (practitioner_id, service_id, case_holding, fte, started_on, left_on) VALUES
          ('P1', 'S1', true,  1.00, '2020-01-01', NULL),
          ('P2', 'S1', true,  1.00, '2020-01-01', NULL),
          ('P3', 'S1', true,  1.00, '2020-01-01', '2024-03-31'),  -- left on 31 March: not employed then
          ('P4', 'S2', true,  1.00, '2020-01-01', NULL),
          ('P5', 'S1', false, 1.00, '2020-01-01', NULL),          -- holds no cases
          ('P6', 'S1', true,  1.00, '2020-01-01', NULL);
        -- P1: 12 interventions of S1 and 1 of S2 (of any service): 13 > 12, over the limit.
        INSERT INTO yot.interventions
          (intervention_id, child_id, service_id, kind, start_on, end_on, case_manager_id, allocated_on)
        SELECT 'P1-' || n, 'C', CASE WHEN n = 13 THEN 'S2' ELSE 'S1' END, 'referral_order', '2024-01-01', NULL,
               'P1', '2024-01-02'
        FROM generate_series(1, 13) AS n;
        -- P2: exactly 12: not more than the limit. A 13th, open since January, is allocated to P2
        -- only on 5 April, after both days.
        INSERT INTO yot.interventions
          (intervention_id, child_id, service_id, kind, start_on, end_on, case_manager_id, allocated_on)
        SELECT 'P2-' || n, 'C', 'S1', 'referral_order', '2024-01-01', NULL, 'P2',
               CASE WHEN n = 13 THEN DATE '2024-04-05' ELSE DATE '2024-01-02' END
        FROM generate_series(1, 13) AS n;
        -- P3: 13, but P3 left on 31 March: over the limit on 29 February only.
        INSERT INTO yot.interventions
          (intervention_id, child_id, service_id, kind, start_on, end_on, case_manager_id, allocated_on)
        SELECT 'P3-' || n, 'C', 'S1', 'referral_order', '2024-01-01', NULL, 'P3', '2024-01-02'
        FROM generate_series(1, 13) AS n;
        -- P4, of S2, holds 14 of S1's interventions: over the limit, counted in S2.
        INSERT INTO yot.interventions
          (intervention_id, child_id, service_id, kind, start_on, end_on, case_manager_id, allocated_on)
        SELECT 'P4-' || n, 'C', 'S1', 'referral_order', '2024-01-01', NULL, 'P4', '2024-01-02'
        FROM generate_series(1, 14) AS n;
        -- P5 holds 13 but is not case-holding: never counted.
        INSERT INTO yot.interventions
          (intervention_id, child_id, service_id, kind, start_on, end_on, case_manager_id, allocated_on)
        SELECT 'P5-' || n, 'C', 'S1', 'referral_order', '2024-01-01', NULL, 'P5', '2024-01-02'
        FROM generate_series(1, 13) AS n;
        -- P6: 10 open and allocated, plus four that do not count: a null allocated_on (not allocated),
        -- an allocated_on after the as-of date (rule 3), an end before the start (rule 2) and one that
        -- ended on 31 March. 10 on 31 March; 11 on 29 February (the last was open then). Never over 12.
        INSERT INTO yot.interventions
          (intervention_id, child_id, service_id, kind, start_on, end_on, case_manager_id, allocated_on)
        SELECT 'P6-' || n, 'C', 'S1', 'referral_order', '2024-01-01', NULL, 'P6', '2024-01-02'
        FROM generate_series(1, 10) AS n;
        INSERT INTO yot.interventions
          (intervention_id, child_id, service_id, kind, start_on, end_on, case_manager_id, allocated_on) VALUES
          ('P6-11', 'C', 'S1', 'referral_order', '2024-01-01', NULL, 'P6', NULL),
          ('P6-12', 'C', 'S1', 'referral_order', '2024-01-01', NULL, 'P6', '2024-04-20'),
          ('P6-13', 'C', 'S1', 'referral_order', '2024-01-01', '2023-12-01', 'P6', '2024-01-02'),
          ('P6-14', 'C', 'S1', 'referral_order', '2024-01-01', '2024-03-31', 'P6', '2024-01-02');
        """

    @Test func countsPractitionersHoldingMoreThanTheLimit() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), months: 2)
        let values = try await IndicatorFixture.compute(
            "practitioners_over_limit", fixture: Self.fixture, settings: settings)
        #expect(values.count == 4)

        // 31 March, S1: P1 (13). Not P2 (12), P3 (left that day), P5 (not case-holding), P6 (10).
        let march = try #require(values.one("S1", "2024-03-01"))
        #expect(march.periodEnd == LocalDate("2024-03-31"))
        #expect(march.numerator == 1)
        #expect(march.denominator == nil)
        #expect(march.value == 1)
        #expect(march.status == .ok)

        // 29 February, S1: P1 and P3 (still employed), 2.
        let february = try #require(values.one("S1", "2024-02-01"))
        #expect(february.value == 2)

        // S2: P4, in the practitioner's service, on both days.
        #expect(try #require(values.one("S2", "2024-03-01")).value == 1)
        #expect(try #require(values.one("S2", "2024-02-01")).value == 1)
    }

    @Test func readsTheLimitFromTheSettings() async throws {
        // A limit of 11: on 31 March P1 (13) and P2 (12) are over it, P6 (10) is not: 2. On
        // 29 February P1, P2, P3 (13); P6 has 11, not more than 11: 3.
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), months: 2, caseloadLimit: 11)
        let values = try await IndicatorFixture.compute(
            "practitioners_over_limit", fixture: Self.fixture, settings: settings)
        #expect(try #require(values.one("S1", "2024-03-01")).value == 2)
        #expect(try #require(values.one("S1", "2024-02-01")).value == 3)
    }
}
