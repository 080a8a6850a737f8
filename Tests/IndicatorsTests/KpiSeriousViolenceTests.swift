import Dates
import Indicators
import TestSupport
import Testing

@Suite struct KpiSeriousViolenceTests {
    // As of Monday 2024-04-15 with two quarters: Q4 2023/24 = 2024-01-01–2024-03-31 and
    // Q3 = 2023-10-01–2023-12-31. Open on any day of P: start_on <= P's end and (end_on NULL or
    // end_on > max(start_on, P's start)).
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.children (child_id, service_id, born_on) VALUES
          ('C1', 'S1', '2008-05-01'), ('C2', 'S1', '2008-05-01'), ('C3', 'S1', '2008-05-01'),
          ('C4', 'S1', '2008-05-01'), ('C5', 'S1', '2008-05-01'),
          ('C6', 'S1', '2006-02-15'),  -- turns 18 on 2024-02-15, inside Q4
          ('C7', 'S1', '2008-05-01'), ('C8', 'S1', '2008-05-01'), ('C10', 'S1', '2008-05-01'),
          ('C11', 'S1', '2008-05-01'), ('C12', 'S1', '2008-05-01'), ('C13', 'S2', '2008-05-01'),
          ('C14', 'S1', '2008-05-01'), ('C15', 'S1', '2008-05-01'), ('C16', 'S1', '2008-05-01');
          -- C9 has no children row.
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, start_on, end_on) VALUES
          ('V1',  'C1',  'S1', 'referral_order',             '2023-11-01', NULL),          -- Q3 and Q4
          ('V2',  'C1',  'S1', 'youth_caution',              '2024-01-10', '2024-02-10'),  -- C1's second in Q4
          ('V3',  'C2',  'S1', 'prevention',                 '2023-12-01', '2024-01-01'),  -- Q3 only: ends on Q4's first day
          ('V4',  'C3',  'S1', 'referral_order',             '2024-03-31', NULL),          -- starts on Q4's last day
          ('V5',  'C4',  'S1', 'youth_rehabilitation_order', '2023-06-01', '2024-03-31'),  -- Q3 and Q4
          ('V6',  'C5',  'S1', 'detention_training_order',   '2023-09-01', NULL),          -- Q3 and Q4
          ('V7',  'C6',  'S1', 'referral_order',             '2023-10-15', NULL),          -- Q3 and Q4
          ('V8',  'C7',  'S1', 'bail_supervision',           '2024-01-05', '2024-01-20'),  -- any kind counts: Q4
          ('V9',  'C8',  'S1', 'Remand_X',                   '2024-02-01', NULL),          -- unknown kind kept: Q4
          ('V10', 'C9',  'S1', 'referral_order',             '2024-01-01', NULL),          -- missing child: out
          ('V11', 'C10', 'S1', 'referral_order',             '2024-02-01', '2024-01-15'),  -- ends before start: out
          ('V12', 'C11', 'S1', 'referral_order',             '2024-01-10', '2024-05-01'),  -- ends after as-of: out
          ('V13', 'C12', 'S1', 'referral_order',             '2024-02-01', '2024-02-01'),  -- ends as it starts: never open
          ('V14', 'C13', 'S2', 'referral_order',             '2024-01-01', NULL),          -- S2, Q4
          ('V15', 'C1',  'S2', 'prevention',                 '2024-03-01', NULL),          -- C1 in S2 too, Q4
          ('V16', 'C14', 'S1', 'youth_caution',              '2023-12-20', '2024-01-02'),  -- Q3 and Q4
          ('V17', 'C2',  'S9', 'referral_order',             '2024-01-01', NULL),          -- S9 is no service
          ('V18', 'C15', 'S1', 'prevention',                 '2023-10-01', '2023-10-10'),  -- C15: Q3,
          ('V19', 'C15', 'S1', 'prevention',                 '2024-03-20', NULL),          -- and again in Q4
          ('V20', 'C16', 'S1', 'youth_caution',              '2024-02-01', '2024-04-10');  -- ends after Q4: Q4
        INSERT INTO yot.offences (offence_id, child_id, committed_on, outcome, outcome_on, gravity, category) VALUES
          ('F1',  'C1',  '2024-01-05', 'conviction',                '2024-02-01', 5, 'robbery'),                     -- counts
          ('F2',  'C2',  '2024-02-01', 'youth_caution',             '2024-03-01', 6, 'violence_against_the_person'), -- C2 not open in Q4
          ('F3',  'C3',  '2024-02-01', 'conviction',                '2024-03-15', 4, 'violence_against_the_person'), -- gravity 4: no
          ('F4',  'C4',  '2024-01-02', 'conviction',                '2024-01-20', 9, 'drugs'),                       -- gravity 9 invalid: no
          ('F5',  'C5',  '2024-01-02', 'conviction',                '2024-01-20', 7, 'theft'),                       -- category: no
          ('F6',  'C5',  '2024-01-02', 'no_further_action',         '2024-01-20', 8, 'drugs'),                       -- not proven: no
          ('F7',  'C5',  '2024-01-02', 'conviction',                '2024-04-02', 8, 'drugs'),                       -- open quarter: no
          ('F8',  'C6',  '2024-01-02', 'conviction',                '2024-03-01', 5, 'violence_against_the_person'), -- counts (aged 18)
          ('F9',  'C7',  '2024-01-02', 'youth_conditional_caution', '2024-03-10', 5, 'drugs'),                       -- counts
          ('F10', 'C9',  '2024-01-02', 'conviction',                '2024-02-10', 8, 'robbery'),                     -- C9 not counted
          ('F11', 'C14', '2023-12-01', 'conviction',                '2023-12-31', 5, 'robbery'),                     -- Q3 (31 Dec)
          ('F12', 'C8',  '2024-01-02', 'Conviction',                '2024-02-10', 8, 'robbery'),                     -- unknown outcome
          ('F13', 'C13', '2024-01-02', 'conviction',                '2024-02-10', NULL, 'robbery'),                  -- no gravity: no
          ('F14', 'C15', '2023-10-05', 'conviction',                '2023-11-01', 8, 'drugs');                       -- Q3 only
        """

    @Test func countsChildrenWithSeriousViolenceOverChildrenWorkedWith() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), quarters: 2)
        let values = try await IndicatorFixture.compute(
            "kpi_serious_violence", fixture: Self.fixture, settings: settings)
        #expect(values.count == 4)
        // S1 Q4: children open on a day of Q4: C1 (V1 and V2: once), C3 (V4), C4 (V5), C5 (V6),
        // C6 (V7), C7 (V8, bail), C8 (V9, unknown kind), C14 (V16), C15 (V19), C16 (V20) = 10.
        // Not: C2 (V3 ended on 1 January), C9 (no child record), C10 and C11 (invalid dates), C12
        // (ends as it starts). With a serious violence offence proven in Q4: C1 (F1), C6 (F8,
        // though 18 since 15 February), C7 (F9) = 3; not C15 (F14 is in Q3). 3 ÷ 10 = 30%: ok.
        expectKpiFigure(values, "S1", "2024-01-01", nil, 3, 10, 30, .ok)
        // S1 Q3: C1 (V1), C2 (V3), C4 (V5), C5 (V6), C6 (V7), C14 (V16), C15 (V18) = 7; proven in
        // Q3: F11 on 31 December for C14, F14 for C15: 2 ÷ 7.
        expectKpiFigure(values, "S1", "2023-10-01", nil, 2, 7, 200.0 / 7, .ok)
        // S2 Q4: C13 (V14, F13 has no gravity) and C1 (V15; F1 counts in each service): 1 ÷ 2.
        expectKpiFigure(values, "S2", "2024-01-01", nil, 1, 2, 50, .insufficientData)
        // S2 Q3: nobody open.
        expectKpiFigure(values, "S2", "2023-10-01", nil, 0, 0, nil, .insufficientData)
    }

    @Test func drillDownListsEachChildOnce() async throws {
        try await TestDatabase.withScratch("kpi_serious_violence_drill") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await IndicatorFixture.prepare(connection, fixture: Self.fixture)
            let catalogue = try Catalogue.load(sqlDirectory: IndicatorFixture.sql).only(["kpi_serious_violence"])
            let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), quarters: 2)
            let engine = Engine(catalogue: catalogue)
            let start = try #require(LocalDate("2024-01-01"))
            // Every child of S1's Q4 denominator, by child_id, each adding 1 (C1 has two
            // interventions open and is still one unit).
            let all = try await engine.drillDown(
                "kpi_serious_violence", service: "S1", periodStart: start, breakdown: nil, againstOnly: false,
                on: connection, settings: settings)
            #expect(all.map(\.unitID) == ["C1", "C14", "C15", "C16", "C3", "C4", "C5", "C6", "C7", "C8"])
            #expect(all.allSatisfy { $0.denominator == 1 })
            // Against the figure (lower is better): the children in the numerator.
            let against = try await engine.drillDown(
                "kpi_serious_violence", service: "S1", periodStart: start, breakdown: nil, againstOnly: true,
                on: connection, settings: settings)
            #expect(against.map(\.unitID) == ["C1", "C6", "C7"])
        }
    }
}
