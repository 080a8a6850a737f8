import Dates
import Indicators
import TestSupport
import Testing

@Suite struct KpiBoardAttendanceTests {
    // As of Monday 2024-04-15 with one quarter: Q4 2023/24 = 2024-01-01–2024-03-31.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two');
        INSERT INTO yot.board_meetings (meeting_id, service_id, held_on) VALUES
          ('M1', 'S1', '2024-01-15'),
          ('M2', 'S1', '2024-03-31'),  -- 31 March: in Q4
          ('M3', 'S1', '2024-04-10'),  -- the open quarter
          ('M4', 'S2', '2024-02-01'),
          ('M5', 'S9', '2024-02-01'),  -- S9 is no service
          ('M6', 'S1', '2024-04-20');  -- after the as-of date (rule 3): out
        INSERT INTO yot.board_attendance (meeting_id, partner, senior_attended) VALUES
          ('M1', 'childrens_services', true),
          ('M1', 'education', false),
          ('M1', 'police', NULL),            -- not recorded: counts as not attended
          ('M1', 'probation', true),
          ('M1', 'health', true),
          ('M1', 'Police', true),            -- unknown partner (case matters): out
          ('M1', 'youth_offending', true),   -- unknown partner: out
          ('M2', 'childrens_services', true),
          ('M2', 'education', true),
          ('M3', 'police', true),            -- open quarter: out
          ('M4', 'health', false),
          ('M5', 'police', true),            -- S9: reaches no service
          ('M6', 'police', true),            -- meeting after the as-of date: out
          ('M99', 'police', true);           -- missing meeting (rule 4): reaches no service
        """

    @Test func countsSeniorAttendanceOverPartnerPlaces() async throws {
        let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), quarters: 1)
        let values = try await IndicatorFixture.compute(
            "kpi_board_attendance", fixture: Self.fixture, settings: settings)
        #expect(values.count == 2)
        // S1 Q4: M1 childrens_services T, education F, police NULL (not attended), probation T,
        // health T; M2 childrens_services T, education T. 5 ÷ 7 = 71.43%, denominator 7: ok.
        expectKpiFigure(values, "S1", "2024-01-01", nil, 5, 7, 500.0 / 7, .ok)
        // S2 Q4: M4 health F: 0 ÷ 1.
        expectKpiFigure(values, "S2", "2024-01-01", nil, 0, 1, 0, .insufficientData)
    }

    @Test func drillDownNamesMeetingAndPartner() async throws {
        try await TestDatabase.withScratch("kpi_board_attendance_drill") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await IndicatorFixture.prepare(connection, fixture: Self.fixture)
            let catalogue = try Catalogue.load(sqlDirectory: IndicatorFixture.sql).only(["kpi_board_attendance"])
            let settings = EngineSettings(asOf: try #require(LocalDate("2024-04-15")), quarters: 1)
            // Against the figure: the places without a senior attendance, M1 education and M1
            // police (not recorded), each identified as meeting_id:partner.
            let against = try await Engine(catalogue: catalogue).drillDown(
                "kpi_board_attendance", service: "S1", periodStart: try #require(LocalDate("2024-01-01")),
                breakdown: nil, againstOnly: true, on: connection, settings: settings)
            #expect(against.map(\.unitID) == ["M1:education", "M1:police"])
        }
    }
}
