import Dates
import Indicators
import TestSupport
import Testing

/// The six key performance indicators built on E(P): interventions that ended in the quarter, of
/// any kind but bail supervision and remand, with an outcome_status row at 'end'. Each is also
/// broken down by tier.
@Suite struct KpiOutcomeStatusTests {
    // As of Monday 2024-04-15 with two quarters: Q4 2023/24 = 2024-01-01–2024-03-31 and
    // Q3 = 2023-10-01–2023-12-31; 2024-04-01 opens the quarter that is not yet complete.
    //
    // E(P) of S1 in Q4 is E1, E2, E3, E5, E17, E18. Their values at 'end' (T true, F false, - NULL):
    //
    //   id   tier        acc  ete  send_id plan  mh_need att  sm_need att   help cin  cp   la
    //   E1   out_of_court T    T    T       T     T       T    F       -     T    F    F    F
    //   E2   out_of_court F    -    T       F     T       F    T       T     F    F    F    F
    //   E3   court        T    F    F       T     F       T    T       F     F    F    F    T
    //   E5   prevention   -    T    -       -     T       -    -       T     -    -    T    -
    //   E17  out_of_court T    T    F       F     F       F    F       F     -    -    -    -
    //   E18  prevention   T    F    T       T     F       F    F       F     F    F    F    F
    //
    // No member is in custody in Q4: the tier=custody row is a skeleton (0 ÷ 0). Every record left
    // out has every value true, so counting it by mistake would change a figure.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, start_on, end_on) VALUES
          ('E1',  'C1',  'S1', 'community_resolution',       '2023-11-01', '2024-01-20'),
          ('E2',  'C2',  'S1', 'youth_caution',              '2023-12-01', '2024-02-10'),
          ('E3',  'C3',  'S1', 'referral_order',             '2023-06-01', '2024-03-31'),  -- 31 March: in Q4
          ('E4',  'C4',  'S1', 'youth_rehabilitation_order', '2023-09-01', '2024-04-01'),  -- 1 April: open quarter, out
          ('E5',  'C5',  'S1', 'prevention',                 '2024-01-05', '2024-03-01'),
          ('E6',  'C6',  'S1', 'referral_order',             '2023-10-01', '2024-02-01'),  -- no 'end' row: not in E(P)
          ('E7',  'C7',  'S1', 'bail_supervision',           '2024-01-02', '2024-02-02'),  -- bail: excluded
          ('E8',  'C8',  'S1', 'remand',                     '2024-01-02', '2024-02-02'),  -- remand: excluded
          ('E9',  'C9',  'S1', 'Referral_Order',             '2023-12-01', '2024-02-02'),  -- unknown kind: excluded
          ('E10', 'C10', 'S1', 'referral_order',             '2024-03-01', '2024-02-01'),  -- ends before start: out
          ('E11', 'C11', 'S1', 'youth_caution',              '2024-01-10', '2024-03-15'),  -- row at 'End' only: out
          ('E12', 'C12', 'S9', 'youth_caution',              '2024-01-10', '2024-03-15'),  -- S9 is no service
          ('E13', 'C13', 'S1', 'youth_caution',              '2024-01-10', NULL),          -- still open: not ended
          ('E15', 'C15', 'S1', 'detention_training_order',   '2023-05-01', '2023-12-31'),  -- 31 Dec: Q3, custody
          ('E16', 'C16', 'S2', 'other_custody',              '2023-05-01', '2024-03-10'),
          ('E17', 'C17', 'S1', 'youth_conditional_caution',  '2024-01-02', '2024-03-20'),
          ('E18', 'C18', 'S1', 'prevention',                 '2023-12-01', '2024-02-29');
        INSERT INTO yot.outcome_status (intervention_id, at, accommodation_suitable, ete_suitable, send_identified,
                                        send_plan, mh_need, mh_attended, sm_need, sm_attended, early_help,
                                        child_in_need, child_protection, looked_after) VALUES
          ('E1',  'end',   true,  true,  true,  true,  true,  true,  false, NULL,  true,  false, false, false),
          ('E2',  'end',   false, NULL,  true,  false, true,  false, true,  true,  false, false, false, false),
          ('E3',  'end',   true,  false, false, true,  false, true,  true,  false, false, false, false, true),
          ('E5',  'end',   NULL,  true,  NULL,  NULL,  true,  NULL,  NULL,  true,  NULL,  NULL,  true,  NULL),
          ('E17', 'end',   true,  true,  false, false, false, false, false, false, NULL,  NULL,  NULL,  NULL),
          ('E18', 'end',   true,  false, true,  true,  false, false, false, false, false, false, false, false),
          ('E4',  'end',   true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true),
          ('E6',  'start', true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true),
          ('E7',  'end',   true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true),
          ('E8',  'end',   true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true),
          ('E9',  'end',   true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true),
          ('E10', 'end',   true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true),
          ('E11', 'End',   true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true),
          ('E12', 'end',   true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true),
          ('E13', 'end',   true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true),
          ('E15', 'end',   true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true),
          ('E16', 'end',   false, false, true,  false, false, false, false, false, false, false, false, false);
        """

    static func compute(_ indicator: String) async throws -> [IndicatorValue] {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), quarters: 2)
        return try await IndicatorFixture.compute(indicator, fixture: fixture, settings: settings)
    }

    /// Two services × two quarters × (the total and four tiers): every row is reported, and no
    /// other (no tier=other, no row for S9).
    static func expectSkeleton(_ values: [IndicatorValue]) {
        #expect(values.count == 20)
        let breakdowns = Set(values.map { $0.breakdown ?? "total" })
        #expect(breakdowns == ["total", "tier=out_of_court", "tier=court", "tier=custody", "tier=prevention"])
        #expect(Set(values.compactMap(\.serviceID)) == ["S1", "S2"])
    }

    @Test func accommodationCountsSuitableOverRecorded() async throws {
        let values = try await Self.compute("kpi_accommodation")
        Self.expectSkeleton(values)
        // S1 Q4: recorded (not NULL) E1 T, E2 F, E3 T, E17 T, E18 T; E5 is NULL and left out.
        // 4 ÷ 5 = 80%, denominator 5: ok.
        expectKpiFigure(values, "S1", "2024-01-01", nil, 4, 5, 80, .ok)
        // Out of court: E1 T, E2 F, E17 T: 2 ÷ 3. Court: E3 T: 1 ÷ 1. Prevention: E5 NULL out, E18 T: 1 ÷ 1.
        expectKpiFigure(values, "S1", "2024-01-01", "tier=out_of_court", 2, 3, 200.0 / 3, .insufficientData)
        expectKpiFigure(values, "S1", "2024-01-01", "tier=court", 1, 1, 100, .insufficientData)
        expectKpiFigure(values, "S1", "2024-01-01", "tier=prevention", 1, 1, 100, .insufficientData)
        // Custody is empty in Q4: the skeleton row, 0 ÷ 0, no value.
        expectKpiFigure(values, "S1", "2024-01-01", "tier=custody", 0, 0, nil, .insufficientData)
        // S1 Q3: E15 alone (ended 31 December), custody, true: 1 ÷ 1.
        expectKpiFigure(values, "S1", "2023-10-01", nil, 1, 1, 100, .insufficientData)
        expectKpiFigure(values, "S1", "2023-10-01", "tier=custody", 1, 1, 100, .insufficientData)
        expectKpiFigure(values, "S1", "2023-10-01", "tier=court", 0, 0, nil, .insufficientData)
        // S2 Q4: E16, custody, false: 0 ÷ 1 = 0%. S2 Q3 is empty.
        expectKpiFigure(values, "S2", "2024-01-01", nil, 0, 1, 0, .insufficientData)
        expectKpiFigure(values, "S2", "2024-01-01", "tier=custody", 0, 1, 0, .insufficientData)
        expectKpiFigure(values, "S2", "2023-10-01", nil, 0, 0, nil, .insufficientData)
    }

    @Test func drillDownListsMembersOnTheTotalAndUnderTheirTier() async throws {
        try await TestDatabase.withScratch("kpi_accommodation_drill") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await IndicatorFixture.prepare(connection, fixture: Self.fixture)
            let catalogue = try Catalogue.load(sqlDirectory: IndicatorFixture.sql).only(["kpi_accommodation"])
            let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), quarters: 2)
            let engine = Engine(catalogue: catalogue)
            let start = try #require(LocalDate("2024-01-01"))
            // The total: the five members with accommodation recorded, by intervention_id.
            let total = try await engine.drillDown(
                "kpi_accommodation", service: "S1", periodStart: start, breakdown: nil, againstOnly: false,
                on: connection, settings: settings)
            #expect(total.map(\.unitID) == ["E1", "E17", "E18", "E2", "E3"])
            // Out of court: E1, E17 and E2, each once; against the figure, E2 (not suitable).
            let outOfCourt = try await engine.drillDown(
                "kpi_accommodation", service: "S1", periodStart: start, breakdown: "tier=out_of_court",
                againstOnly: false, on: connection, settings: settings)
            #expect(outOfCourt.map(\.unitID) == ["E1", "E17", "E2"])
            #expect(outOfCourt.allSatisfy { $0.denominator == 1 })
            let against = try await engine.drillDown(
                "kpi_accommodation", service: "S1", periodStart: start, breakdown: "tier=out_of_court",
                againstOnly: true, on: connection, settings: settings)
            #expect(against.map(\.unitID) == ["E2"])
        }
    }

    @Test func eteCountsSuitableOverRecorded() async throws {
        let values = try await Self.compute("kpi_ete")
        Self.expectSkeleton(values)
        // S1 Q4: recorded E1 T, E3 F, E5 T, E17 T, E18 F; E2 is NULL and left out. 3 ÷ 5 = 60%.
        expectKpiFigure(values, "S1", "2024-01-01", nil, 3, 5, 60, .ok)
        // Out of court: E1 T, E17 T (E2 NULL): 2 ÷ 2. Court: E3 F: 0 ÷ 1. Prevention: E5 T, E18 F: 1 ÷ 2.
        expectKpiFigure(values, "S1", "2024-01-01", "tier=out_of_court", 2, 2, 100, .insufficientData)
        expectKpiFigure(values, "S1", "2024-01-01", "tier=court", 0, 1, 0, .insufficientData)
        expectKpiFigure(values, "S1", "2024-01-01", "tier=prevention", 1, 2, 50, .insufficientData)
        expectKpiFigure(values, "S1", "2024-01-01", "tier=custody", 0, 0, nil, .insufficientData)
        // S2 Q4: E16 F: 0 ÷ 1.
        expectKpiFigure(values, "S2", "2024-01-01", nil, 0, 1, 0, .insufficientData)
    }

    @Test func sendPlanCountsOnlyChildrenWithNeedsIdentified() async throws {
        let values = try await Self.compute("kpi_send_plan")
        Self.expectSkeleton(values)
        // S1 Q4: send_identified T are E1 (plan T), E2 (plan F), E18 (plan T): 2 ÷ 3. E3 has a plan
        // without send_identified: not counted (counting it would give 3 ÷ 3). E5 is NULL.
        expectKpiFigure(values, "S1", "2024-01-01", nil, 2, 3, 200.0 / 3, .insufficientData)
        // Out of court: E1, E2: 1 ÷ 2. Court: E3 not identified: 0 ÷ 0. Prevention: E18: 1 ÷ 1.
        expectKpiFigure(values, "S1", "2024-01-01", "tier=out_of_court", 1, 2, 50, .insufficientData)
        expectKpiFigure(values, "S1", "2024-01-01", "tier=court", 0, 0, nil, .insufficientData)
        expectKpiFigure(values, "S1", "2024-01-01", "tier=prevention", 1, 1, 100, .insufficientData)
        expectKpiFigure(values, "S1", "2024-01-01", "tier=custody", 0, 0, nil, .insufficientData)
        // S2 Q4: E16 identified, no plan: 0 ÷ 1.
        expectKpiFigure(values, "S2", "2024-01-01", nil, 0, 1, 0, .insufficientData)
    }

    @Test func mentalHealthCountsOnlyChildrenWithANeed() async throws {
        let values = try await Self.compute("kpi_mental_health")
        Self.expectSkeleton(values)
        // S1 Q4: mh_need T are E1 (attended T), E2 (F), E5 (NULL: not attended): 1 ÷ 3. E3
        // attended without a need: not counted.
        expectKpiFigure(values, "S1", "2024-01-01", nil, 1, 3, 100.0 / 3, .insufficientData)
        // Out of court: E1, E2: 1 ÷ 2. Court: 0 ÷ 0. Prevention: E5: 0 ÷ 1.
        expectKpiFigure(values, "S1", "2024-01-01", "tier=out_of_court", 1, 2, 50, .insufficientData)
        expectKpiFigure(values, "S1", "2024-01-01", "tier=court", 0, 0, nil, .insufficientData)
        expectKpiFigure(values, "S1", "2024-01-01", "tier=prevention", 0, 1, 0, .insufficientData)
        // S2 Q4: E16 has no need: 0 ÷ 0.
        expectKpiFigure(values, "S2", "2024-01-01", nil, 0, 0, nil, .insufficientData)
    }

    @Test func substanceMisuseCountsOnlyChildrenWithANeed() async throws {
        let values = try await Self.compute("kpi_substance_misuse")
        Self.expectSkeleton(values)
        // S1 Q4: sm_need T are E2 (attended T) and E3 (F): 1 ÷ 2. E5 attended with the need NULL:
        // not counted (it would give 2 ÷ 2).
        expectKpiFigure(values, "S1", "2024-01-01", nil, 1, 2, 50, .insufficientData)
        // Out of court: E2: 1 ÷ 1. Court: E3: 0 ÷ 1. Prevention: 0 ÷ 0.
        expectKpiFigure(values, "S1", "2024-01-01", "tier=out_of_court", 1, 1, 100, .insufficientData)
        expectKpiFigure(values, "S1", "2024-01-01", "tier=court", 0, 1, 0, .insufficientData)
        expectKpiFigure(values, "S1", "2024-01-01", "tier=prevention", 0, 0, nil, .insufficientData)
        // S1 Q3: E15, need and attended: 1 ÷ 1.
        expectKpiFigure(values, "S1", "2023-10-01", nil, 1, 1, 100, .insufficientData)
    }

    @Test func widerServicesCountsAnyOfFourOverEveryMember() async throws {
        let values = try await Self.compute("kpi_wider_services")
        Self.expectSkeleton(values)
        // S1 Q4: every member of E(P) is in the denominator: 6. Known to wider services: E1 (early
        // help), E3 (looked after), E5 (child protection, the others NULL); not E2, E17 (all NULL),
        // E18. 3 ÷ 6 = 50%.
        expectKpiFigure(values, "S1", "2024-01-01", nil, 3, 6, 50, .ok)
        // Out of court: E1, E2, E17: 1 ÷ 3. Court: E3: 1 ÷ 1. Prevention: E5, E18: 1 ÷ 2.
        expectKpiFigure(values, "S1", "2024-01-01", "tier=out_of_court", 1, 3, 100.0 / 3, .insufficientData)
        expectKpiFigure(values, "S1", "2024-01-01", "tier=court", 1, 1, 100, .insufficientData)
        expectKpiFigure(values, "S1", "2024-01-01", "tier=prevention", 1, 2, 50, .insufficientData)
        expectKpiFigure(values, "S1", "2024-01-01", "tier=custody", 0, 0, nil, .insufficientData)
        // S2 Q4: E16, none: 0 ÷ 1.
        expectKpiFigure(values, "S2", "2024-01-01", nil, 0, 1, 0, .insufficientData)
    }
}

/// Checks one figure of a key performance indicator: its numerator, denominator, value (to 1e-9,
/// for thirds) and status.
func expectKpiFigure(
    _ values: [IndicatorValue], _ service: String, _ periodStart: String, _ breakdown: String?,
    _ numerator: Double, _ denominator: Double, _ value: Double?, _ status: IndicatorValue.Status,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let figure = values.one(service, periodStart, breakdown) else {
        Issue.record("no figure for \(service) \(periodStart) \(breakdown ?? "total")", sourceLocation: sourceLocation)
        return
    }
    #expect(figure.numerator == numerator, sourceLocation: sourceLocation)
    #expect(figure.denominator == denominator, sourceLocation: sourceLocation)
    if let value {
        #expect(abs((figure.value ?? .nan) - value) < 1e-9, sourceLocation: sourceLocation)
    } else {
        #expect(figure.value == nil, sourceLocation: sourceLocation)
    }
    #expect(figure.status == status, sourceLocation: sourceLocation)
}
