import Dates
import Indicators
import Postgres
import TestSupport
import Testing

@Suite struct DataQualityIssuesTests {
    // As of Monday 2024-04-15. "After" below means after that date. S1 holds one or more records
    // breaking every sub-case of every rule; S2 a few; S3 nothing. Records whose own service_id is
    // S9 (not in yot.services), or whose parent is missing or reaches no service, reach no service.
    // Each comment gives the rules a record breaks and the row it is counted on; "clean" records
    // break nothing. Tallies for S1, by rule:
    //   rule 1: O1, I2, I3, I26, M1, (I1, middle), (B1, Police), A1, F1, F7              = 10
    //   rule 2: I4, M2, M3, M5, R1                                                     =  5
    //   rule 3: P2, C2, C4, C5, C8, O3, O4, I12, I13, I14, I15, I16, I27, M6, R2, R3,
    //           (I6, start), B2, A2, F3                                                = 20
    //   rule 4: I17, I18, R5                                                           =  3
    //   rule 5: I21, I22, I24, I26                                                     =  4
    //   rule 6: (S1, 2022), (S1, 2023), P5, P6, O8, F5, F6, F7                         =  8
    //   total: 10 + 5 + 20 + 3 + 4 + 8 = 50 rule rows, from 48 records (I26 breaks rules 1 and
    //   5, F7 rules 1 and 6, and each counts once in the total).
    // S2: I30 (rule 1), M12 and O10 (rule 3): 3 records.
    // No service: rule 1: M7; rule 4: I19, M9, (I98, end), V1, A3, O5, R6, (B99, police), C9,
    //   P4, B3, F4 (12); rule 6: O7, (S9, 2023): 15 records, none on rules 2, 3 or 5.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two'), ('S3', 'Three');
        INSERT INTO yot.population (service_id, year, population_10_17) VALUES
          ('S1', 2021, 1000),  -- clean
          ('S1', 2022, -5),    -- rule 6
          ('S1', 2023, 0),     -- rule 6
          ('S2', 2023, 500),   -- clean
          ('S9', 2023, 0);     -- rule 6; its service is not in yot.services: no service
        INSERT INTO yot.extracts (service_id, extracted_at) VALUES
          ('S1', '2024-05-01 09:00:00+00'),  -- after, but extracted_at is exempt from rule 3: clean
          ('S9', '2024-01-01 09:00:00+00');  -- extracts.service_id is not in rule 4's list: clean
        INSERT INTO yot.practitioners (practitioner_id, service_id, case_holding, fte, started_on, left_on) VALUES
          ('P1', 'S1', true, 1.0,  '2020-01-01', NULL),          -- clean
          ('P2', 'S1', true, 1.0,  '2024-05-01', NULL),          -- rule 3: started after
          ('P3', 'S1', true, 1.0,  '2020-01-01', '2025-01-01'),  -- left_on is planned by nature: clean
          ('P4', 'S9', true, 1.0,  '2020-01-01', NULL),          -- rule 4: service missing; no service
          ('P5', 'S1', true, 0,    '2020-01-01', NULL),          -- rule 6: fte 0
          ('P6', 'S1', true, 1.6,  '2020-01-01', NULL),          -- rule 6: fte above 1.5
          ('P7', 'S1', true, 1.5,  '2020-01-01', NULL),          -- fte 1.5: clean
          ('P8', 'S1', true, NULL, '2020-01-01', NULL);          -- fte not recorded: clean
        INSERT INTO yot.children (child_id, service_id, born_on) VALUES
          ('C1',  'S1', '2008-05-01'),  -- clean: 14 or 15 at each of its interventions
          ('C2',  'S1', '2024-06-01'),  -- rule 3: born after
          ('C3',  'S1', '2000-01-01'),  -- clean: 23 at I6
          ('C4',  'S1', '2016-03-01'),  -- rule 3, once: 7 at I7 and 7 at I8
          ('C5',  'S1', '1997-01-01'),  -- rule 3: 26 at I9
          ('C6',  'S1', '2015-09-01'),  -- clean: 8 on the day at I10 (2,922 days)
          ('C7',  'S1', '1998-02-01'),  -- clean: 25 at I28, the day before turning 26 (9,495 days)
          ('C8',  'S1', '2016-02-29'),  -- rule 3: 7 at I11 on 2024-02-28; 8 only on the 29th
          ('C9',  'S9', '2008-01-01'),  -- rule 4: service missing; no service
          ('C10', 'S2', '2009-01-01');  -- clean
        INSERT INTO yot.offences (offence_id, child_id, committed_on, outcome, outcome_on, gravity) VALUES
          ('O1',  'C1',  '2023-01-01', 'Conviction',    '2023-02-01', 3),  -- rule 1: case matters
          ('O2',  'C1',  '2023-01-01', NULL,            NULL,         NULL), -- nothing recorded: clean
          ('O3',  'C1',  '2024-04-20', 'other',         NULL,         2),  -- rule 3: committed after
          ('O4',  'C1',  '2024-03-01', 'conviction',    '2024-05-01', 2),  -- rule 3: outcome after
          ('O5',  'C98', '2023-01-01', 'conviction',    '2023-02-01', 2),  -- rule 4: child missing; no service
          ('O6',  'C9',  '2023-01-01', 'conviction',    '2023-02-01', 2),  -- clean
          ('O7',  'C9',  '2023-01-01', 'conviction',    '2023-02-01', 9),  -- rule 6; through C9: no service
          ('O8',  'C1',  '2023-01-01', 'conviction',    '2023-02-01', 0),  -- rule 6: gravity 0
          ('O9',  'C1',  '2023-01-01', 'conviction',    '2023-02-01', 8),  -- gravity 8: clean
          ('O10', 'C10', '2024-03-01', 'youth_caution', '2024-04-30', 1);  -- rule 3: outcome after; S2
        INSERT INTO yot.interventions
          (intervention_id, child_id, service_id, kind, referred_on, start_on, end_on, end_reason) VALUES
          ('I1',  'C1',  'S1', 'referral_order', NULL, '2023-01-10', '2023-07-10', 'completed'),  -- clean
          ('I2',  'C1',  'S1', 'Referral_order', NULL, '2023-02-01', NULL, NULL),          -- rule 1: kind
          ('I3',  'C1',  'S1', 'referral_order', NULL, '2023-02-01', '2023-08-01', 'finished'),  -- rule 1
          ('I4',  'C1',  'S1', 'prevention', NULL, '2023-03-01', '2023-02-01', 'completed'),  -- rule 2
          ('I5',  'C1',  'S1', 'youth_caution', '2023-05-01', '2023-05-20', NULL, NULL),   -- clean
          ('I12', 'C1',  'S1', 'prevention', NULL, '2024-04-20', NULL, NULL),              -- rule 3: start
          ('I13', 'C1',  'S1', 'prevention', NULL, '2024-01-01', '2024-05-01', 'completed'),  -- rule 3: end
          ('I14', 'C1',  'S1', 'youth_caution', '2024-04-16', '2024-03-01', NULL, NULL),   -- rule 3: referred
          ('I17', 'C99', 'S1', 'prevention', NULL, '2023-01-01', NULL, NULL),              -- rule 4: child
          ('I19', 'C1',  'S9', 'prevention', NULL, '2023-01-01', NULL, NULL),  -- rule 4: service; no service
          ('I20', NULL,  'S1', 'prevention', NULL, '2023-01-01', NULL, NULL),  -- child not recorded: clean
          ('I21', 'C1',  'S1', 'referral_order', NULL, '2023-01-01', '2023-06-01', 'completed'),  -- rule 5
          ('I22', 'C1',  'S1', NULL, NULL, '2023-01-01', '2023-06-01', 'completed'),  -- rule 5: NULL kind too
          ('I23', 'C1',  'S1', 'bail_supervision', NULL, '2023-01-01', '2023-02-01', 'completed'),  -- clean
          ('I24', 'C1',  'S1', 'youth_conditional_caution', NULL, '2023-05-01', NULL, NULL),  -- rule 5
          ('I26', 'C1',  'S1', 'Remand', NULL, '2023-01-01', '2023-02-01', 'completed'),   -- rules 1 and 5
          ('I27', 'C1',  'S1', 'prevention', NULL, '2024-04-20', '2024-04-25', 'completed'),  -- rule 3 twice
          ('I7',  'C4',  'S1', 'prevention', NULL, '2023-09-01', NULL, NULL),  -- clean (its child is 7)
          ('I8',  'C4',  'S1', 'prevention', NULL, '2023-10-01', NULL, NULL),  -- clean (its child is 7)
          ('I9',  'C5',  'S1', 'prevention', NULL, '2023-02-01', NULL, NULL),  -- clean (its child is 26)
          ('I10', 'C6',  'S1', 'prevention', NULL, '2023-09-01', NULL, NULL),  -- clean
          ('I11', 'C8',  'S1', 'prevention', NULL, '2024-02-28', NULL, NULL),  -- clean (its child is 7)
          ('I28', 'C7',  'S1', 'prevention', NULL, '2024-01-31', NULL, NULL),  -- clean
          ('I30', 'C10', 'S2', 'prevention', NULL, '2023-06-01', NULL, 'Completed');  -- rule 1; S2
        INSERT INTO yot.interventions (intervention_id, child_id, service_id, kind, start_on, planned_end_on,
                                       case_manager_id, allocated_on, released_on) VALUES
          ('I6',  'C3', 'S1', 'prevention', '2023-06-01', '2025-01-01', NULL, NULL, NULL),   -- planned: clean
          ('I15', 'C1', 'S1', 'prevention', '2024-01-01', NULL, 'P1', '2024-04-20', NULL),   -- rule 3: allocated
          ('I16', 'C1', 'S1', 'detention_training_order', '2023-06-01', NULL, NULL, NULL, '2024-05-01'),  -- rule 3
          ('I18', 'C1', 'S1', 'prevention', '2023-01-01', NULL, 'P99', '2023-01-02', NULL),  -- rule 4: manager
          ('I29', 'C1', 'S1', 'prevention', '2023-01-01', NULL, 'P1', '2023-01-02', NULL);   -- clean
        INSERT INTO yot.outcome_status (intervention_id, at, recorded_on) VALUES
          ('I1',  'start',  '2023-01-10'),  -- clean
          ('I1',  'end',    '2023-07-10'),  -- clean
          ('I1',  'middle', '2023-03-01'),  -- rule 1
          ('I3',  'end',    '2023-08-01'),  -- clean: I3, I4, I13 and I27 have their end rows
          ('I4',  'end',    '2023-02-01'),
          ('I13', 'end',    NULL),
          ('I27', 'end',    NULL),
          ('I21', 'start',  '2023-01-01'),  -- clean; I21 still has no row at 'end'
          ('I6',  'start',  '2024-04-20'),  -- rule 3: recorded after
          ('I98', 'end',    '2023-01-01');  -- rule 4: intervention missing; no service
        INSERT INTO yot.milestones (milestone_id, intervention_id, kind, done_on) VALUES
          ('M1',  'I1',  'assessment',         '2023-01-20'),  -- rule 1
          ('M2',  'I1',  'initial_assessment', '2023-01-05'),  -- rule 2: before start_on 2023-01-10
          ('M3',  'I5',  'oocd_decision',      '2023-04-25'),  -- rule 2: before referred_on 2023-05-01
          ('M4',  'I5',  'oocd_decision',      '2023-05-05'),  -- clean: after referral, before start is fine
          ('M5',  'I5',  'first_contact',      '2023-05-10'),  -- rule 2: before start_on 2023-05-20
          ('M6',  'I1',  'review',             '2024-04-16'),  -- rule 3: done after
          ('M7',  'I19', 'bogus',              '2023-03-01'),  -- rule 1; I19 reaches no service
          ('M8',  'I19', 'review',             '2023-03-01'),  -- clean (reaches no service)
          ('M9',  'I99', 'review',             '2023-03-01'),  -- rule 4: intervention missing; no service
          ('M10', NULL,  'review',             '2023-03-01'),  -- intervention not recorded: clean
          ('M11', 'I1',  'first_contact',      '2023-01-12'),  -- clean
          ('M12', 'I30', 'review',             '2024-04-20');  -- rule 3; S2 through I30
        INSERT INTO yot.victims (victim_id, intervention_id) VALUES
          ('V1', 'I97'),  -- rule 4: intervention missing; no service
          ('V2', 'I1');   -- clean
        INSERT INTO yot.court_reports (report_id, child_id, service_id, requested_on, due_on, submitted_on) VALUES
          ('R1', 'C1',  'S1', '2024-01-10', '2024-01-31', '2024-01-05'),  -- rule 2: submitted before requested
          ('R2', 'C1',  'S1', '2024-04-20', '2024-05-01', NULL),          -- rule 3: requested after
          ('R3', 'C1',  'S1', '2024-04-01', '2024-04-30', '2024-04-16'),  -- rule 3: submitted after
          ('R4', 'C1',  'S1', '2024-04-01', '2024-06-01', NULL),          -- due_on is planned: clean
          ('R5', 'C97', 'S1', '2024-01-01', '2024-01-20', '2024-01-19'),  -- rule 4: child missing; S1
          ('R6', 'C1',  'S9', '2024-01-01', '2024-01-20', '2024-01-19');  -- rule 4: service missing; no service
        INSERT INTO yot.board_meetings (meeting_id, service_id, held_on) VALUES
          ('B1', 'S1', '2024-01-15'),  -- clean
          ('B2', 'S1', '2024-05-01'),  -- rule 3: held after
          ('B3', 'S9', '2024-01-15'),  -- rule 4: service missing; no service
          ('B4', 'S2', '2024-02-01');  -- clean
        INSERT INTO yot.board_attendance (meeting_id, partner, senior_attended) VALUES
          ('B1',  'Police',    true),  -- rule 1
          ('B1',  'police',    true),  -- clean
          ('B99', 'police',    true),  -- rule 4: meeting missing; no service
          ('B3',  'education', true);  -- clean (reaches no service)
        INSERT INTO yot.case_audits (audit_id, intervention_id, audited_on, rating, oversight_sufficient) VALUES
          ('A1', 'I1',  '2024-01-10', 'excellent', true),  -- rule 1
          ('A2', 'I1',  '2024-04-16', 'good',      true),  -- rule 3: audited after
          ('A3', 'I96', '2024-01-10', 'good',      true),  -- rule 4: intervention missing; no service
          ('A4', 'I1',  '2024-01-10', 'good',      true),  -- clean
          ('A5', 'I19', '2024-01-10', 'good',      true);  -- clean (reaches no service)
        INSERT INTO yot.feedback (feedback_id, service_id, respondent, received_on, score) VALUES
          ('F1', 'S1', 'carer',  '2024-01-01', 4),     -- rule 1
          ('F2', 'S1', NULL,     NULL,         NULL),  -- nothing recorded: clean
          ('F3', 'S1', 'child',  '2024-04-30', 5),     -- rule 3: received after
          ('F4', 'S9', 'child',  '2024-01-01', 5),     -- rule 4: service missing; no service
          ('F5', 'S1', 'child',  '2024-01-01', 6),     -- rule 6
          ('F6', 'S1', 'victim', '2024-01-01', 0),     -- rule 6
          ('F7', 'S1', 'Victim', '2024-01-01', 7),     -- rules 1 and 6
          ('F8', 'S1', 'child',  '2024-01-01', 4);     -- clean
        """

    static let asOf = "2024-04-15"

    @Test func countsRecordsBreakingEachRuleByService() async throws {
        let values = try await IndicatorFixture.compute(
            "data_quality_issues", fixture: Self.fixture,
            settings: EngineSettings(asOf: try #require(LocalDate(Self.asOf))))
        // Three services × (total + six rules), plus the no-service rows for the total and rules
        // 1, 4 and 6 (none of its records breaks rule 2, 3 or 5, so those rows are absent).
        #expect(values.count == 3 * 7 + 4)
        #expect(values.allSatisfy { $0.periodStart.description == Self.asOf && $0.periodEnd.description == Self.asOf })

        let expected: [(String?, [String?: Double])] = [
            ("S1", [nil: 48, "rule=1": 10, "rule=2": 5, "rule=3": 20, "rule=4": 3, "rule=5": 4, "rule=6": 8]),
            ("S2", [nil: 3, "rule=1": 1, "rule=2": 0, "rule=3": 2, "rule=4": 0, "rule=5": 0, "rule=6": 0]),
            ("S3", [nil: 0, "rule=1": 0, "rule=2": 0, "rule=3": 0, "rule=4": 0, "rule=5": 0, "rule=6": 0]),
            (nil, [nil: 15, "rule=1": 1, "rule=4": 12, "rule=6": 2]),
        ]
        for (service, counts) in expected {
            for (breakdown, count) in counts {
                let row = "\(service ?? "none") \(breakdown ?? "total")"
                let value = try #require(values.one(service, Self.asOf, breakdown), "\(row)")
                #expect(value.numerator == count, "\(row)")
                #expect(value.value == count, "\(row)")
                #expect(value.denominator == nil)
                #expect(value.status == .ok)
            }
        }
        for breakdown in ["rule=2", "rule=3", "rule=5"] {
            #expect(values.one(nil, Self.asOf, breakdown) == nil)
        }
    }

    @Test func unitRowsNameTheBrokenRecords() async throws {
        let units = try await Self.units(fixture: Self.fixture, asOf: Self.asOf)
        // Every record that reaches no service, by its table and key, on the total row.
        let unattributed = Set(units.filter { $0.service == nil && $0.breakdown == nil }.map(\.unit))
        #expect(
            unattributed == [
                "population:S9:2023", "practitioners:P4", "children:C9", "offences:O5", "offences:O7",
                "interventions:I19", "milestones:M7", "milestones:M9", "outcome_status:I98:end", "victims:V1",
                "court_reports:R6", "board_meetings:B3", "board_attendance:B99:police", "case_audits:A3",
                "feedback:F4",
            ])
        // A record breaking two rules: once on the total row and once under each of its rules.
        #expect(Self.rows(of: "interventions:I26", in: units) == ["S1 total", "S1 rule=1", "S1 rule=5"])
        #expect(Self.rows(of: "feedback:F7", in: units) == ["S1 total", "S1 rule=1", "S1 rule=6"])
        // Two sub-cases of one rule (start_on and end_on after): once under that rule.
        #expect(Self.rows(of: "interventions:I27", in: units) == ["S1 total", "S1 rule=3"])
        // A child too young at two interventions: one record, once.
        #expect(Self.rows(of: "children:C4", in: units) == ["S1 total", "S1 rule=3"])
        // Through their parents: a milestone of an S2 intervention, an offence of an S2 child.
        #expect(Self.rows(of: "milestones:M12", in: units) == ["S2 total", "S2 rule=3"])
        #expect(Self.rows(of: "offences:O10", in: units) == ["S2 total", "S2 rule=3"])
        #expect(Self.rows(of: "outcome_status:I1:middle", in: units) == ["S1 total", "S1 rule=1"])
        #expect(Self.rows(of: "board_attendance:B1:Police", in: units) == ["S1 total", "S1 rule=1"])
        #expect(Self.rows(of: "population:S1:2023", in: units) == ["S1 total", "S1 rule=6"])
        // Clean records, including boundary cases, are nowhere.
        for clean in [
            "children:C1", "children:C6", "children:C7", "interventions:I5", "interventions:I20",
            "interventions:I23", "milestones:M4", "milestones:M8", "milestones:M10", "court_reports:R4",
            "practitioners:P3", "practitioners:P7", "practitioners:P8", "offences:O2", "offences:O9",
            "case_audits:A5", "board_attendance:B3:education", "feedback:F2",
        ] {
            #expect(Self.rows(of: clean, in: units).isEmpty, "\(clean)")
        }
        #expect(!units.contains { $0.unit.hasPrefix("extracts:") })
    }

    // Every table holds only valid records: every service reports 0 on every row, and there is no
    // no-service row.
    static let clean = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.population VALUES ('S1', 2023, 1000);
        INSERT INTO yot.extracts VALUES ('S1', '2024-04-14 22:00:00+00');
        INSERT INTO yot.practitioners VALUES ('P1', 'S1', true, 1.0, '2020-01-01', NULL);
        INSERT INTO yot.children (child_id, service_id, born_on) VALUES ('C1', 'S1', '2008-05-01');
        INSERT INTO yot.offences (offence_id, child_id, committed_on, outcome, outcome_on, gravity, category) VALUES
          ('O1', 'C1', '2023-01-01', 'conviction', '2023-02-01', 5, 'robbery');
        INSERT INTO yot.interventions VALUES
          ('I1', 'C1', 'S1', 'referral_order', NULL, '2023-01-10', '2023-10-10', '2023-07-10', 'completed',
           'P1', '2023-01-11', NULL),
          ('I2', 'C1', 'S1', 'youth_caution', '2023-08-01', '2023-08-10', NULL, NULL, NULL, NULL, NULL, NULL);
        INSERT INTO yot.milestones VALUES ('M1', 'I1', 'initial_assessment', '2023-01-20'),
          ('M2', 'I2', 'oocd_decision', '2023-08-05');
        INSERT INTO yot.outcome_status (intervention_id, at, recorded_on) VALUES
          ('I1', 'start', '2023-01-10'), ('I1', 'end', '2023-07-10');
        INSERT INTO yot.victims (victim_id, intervention_id) VALUES ('V1', 'I1');
        INSERT INTO yot.court_reports VALUES ('R1', 'C1', 'S1', '2022-12-01', '2022-12-20', '2022-12-19');
        INSERT INTO yot.board_meetings VALUES ('B1', 'S1', '2024-01-15');
        INSERT INTO yot.board_attendance VALUES ('B1', 'police', true);
        INSERT INTO yot.case_audits VALUES ('A1', 'I1', '2024-01-10', 'good', true);
        INSERT INTO yot.feedback VALUES ('F1', 'S1', 'child', '2024-01-10', 5);
        """

    @Test func aCleanDataSetReportsZeroEverywhere() async throws {
        let values = try await IndicatorFixture.compute(
            "data_quality_issues", fixture: Self.clean,
            settings: EngineSettings(asOf: try #require(LocalDate(Self.asOf))))
        // 2 services × (total + rule=1 … rule=6); no row without a service.
        #expect(values.count == 14)
        #expect(values.allSatisfy { $0.serviceID != nil })
        for service in ["S1", "S2"] {
            for breakdown in [nil, "rule=1", "rule=2", "rule=3", "rule=4", "rule=5", "rule=6"] {
                let value = try #require(values.one(service, Self.asOf, breakdown))
                #expect(value.numerator == 0)
                #expect(value.value == 0)
                #expect(value.status == .ok)
            }
        }
    }

    struct Unit: Sendable {
        var service: String?
        var breakdown: String?
        var unit: String
    }

    /// The rows a unit appears on, as "<service> <breakdown>" ("total" for the total row), sorted.
    static func rows(of unit: String, in units: [Unit]) -> [String] {
        units.filter { $0.unit == unit }
            .map { "\($0.service ?? "none") \($0.breakdown ?? "total")" }
            .sorted { ($0.hasSuffix("total") ? 0 : 1, $0) < ($1.hasSuffix("total") ? 0 : 1, $1) }
    }

    /// The indicator's unit rows, as the drill-down reads them: the query with the base sets in
    /// front, without the engine's sums.
    static func units(fixture: String, asOf: String) async throws -> [Unit] {
        try await TestDatabase.withScratch("dq_units") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await IndicatorFixture.prepare(connection, fixture: fixture)
            let catalogue = try Catalogue.load(sqlDirectory: IndicatorFixture.sql).only(["data_quality_issues"])
            let query = try #require(catalogue.definitions.first).sql
            let sql = """
                WITH
                \(catalogue.base)
                SELECT service_id, breakdown, unit_id FROM (
                \(query)
                ) AS units
                WHERE unit_id IS NOT NULL
                """
            return try await connection.withSession { session in
                try session.query("SELECT set_config('yotqa.as_of', $1, false)", asOf)
                return try session.query(sql).map { row in
                    Unit(
                        service: try row.decode(String?.self, "service_id"),
                        breakdown: try row.decode(String?.self, "breakdown"),
                        unit: try row.decode(String.self, "unit_id"))
                }
            }
        }
    }
}
