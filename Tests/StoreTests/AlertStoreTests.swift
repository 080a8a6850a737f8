import Dates
import Foundation
import Indicators
import Judgement
import Postgres
import Store
import TestSupport
import Testing

/// The alert lifecycle kept in PostgreSQL, through real cycles: each step runs a cycle (often with
/// a fresh runner and connection, as after a restart) and checks the events it caused and the rows
/// it left. court_reports_timely is rated with green 90 and red 75 (its catalogue examples).
@Suite struct AlertStoreTests {
    /// S1's quarter 2024-01-01..2024-03-31 (the latest complete one on 2024-04-15): six reports due,
    /// R1–R4 on time and R5, R6 late: 4 / 6 = 66.7%, below 75: red.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One');
        INSERT INTO yot.extracts VALUES ('S1', '2024-04-14 02:00:00+00');
        INSERT INTO yot.court_reports (report_id, child_id, service_id, requested_on, due_on, submitted_on)
        SELECT 'R' || n, 'C1', 'S1', '2024-01-02', '2024-02-01',
               CASE WHEN n <= 4 THEN '2024-01-30' ELSE '2024-02-05' END::date
        FROM generate_series(1, 6) AS n;
        """

    static let settings = EngineSettings(asOf: LocalDate("2024-04-15")!, quarters: 2)
    static let start = Date(timeIntervalSince1970: 1_713_168_000)  // 2024-04-15 08:00 UTC

    /// A runner as a restarted daemon makes it: nothing carried over but the database.
    static func runner() throws -> CycleRunner {
        let catalogue = try Catalogue.load(sqlDirectory: TestDatabase.sqlDirectory)
            .only(["court_reports_timely", "data_freshness_days"])
        let judging = CycleJudging(
            judgement: JudgementSettings(thresholds: JudgementSettings.thresholds(of: catalogue, overrides: [:])),
            alerts: AlertSettings(policy: AlertPolicy(fireAfter: 2, resolveAfter: 2)))
        return CycleRunner(engine: Engine(catalogue: catalogue), judging: judging, logger: TestDatabase.logger)
    }

    /// One cycle, `minutes` after the start, on a new connection; the changes it caused.
    static func cycle(
        _ conninfo: String, minutes: Double, settings: EngineSettings = settings
    ) async throws -> [String] {
        let connection = try await TestDatabase.connect(conninfo)
        let result = try await runner().run(
            on: connection, settings: settings, at: start.addingTimeInterval(minutes * 60))
        return result.judged.events.filter { $0.identity.indicator == "court_reports_timely" }.map(\.change.rawValue)
    }

    static func alerts(_ conninfo: String) async throws -> [(occurrence: Int, state: String, held: Bool)] {
        let connection = try await TestDatabase.connect(conninfo)
        let rows = try await connection.query(
            """
            SELECT occurrence, state, suppressed_by_silence IS NOT NULL OR suppressed_by_stale_data AS held
            FROM yotqa.alerts WHERE indicator = 'court_reports_timely' AND kind = 'threshold' ORDER BY occurrence
            """)
        return try rows.map { row throws(PostgresError) in
            (try row.decode(Int.self, 0), try row.decode(String.self, 1), try row.decode(Bool.self, 2))
        }
    }

    static func states(_ conninfo: String) async throws -> [String] {
        try await alerts(conninfo).map { "\($0.occurrence):\($0.state)\($0.held ? " held" : "")" }
    }

    static func insertReports(_ conninfo: String, from first: Int, count: Int, late: Bool, extract: String) async throws
    {
        let connection = try await TestDatabase.connect(conninfo)
        try await connection.query(
            """
            INSERT INTO yot.court_reports (report_id, child_id, service_id, requested_on, due_on, submitted_on)
            SELECT 'R' || n, 'C1', 'S1', '2024-01-02', '2024-02-01', $3::date
            FROM generate_series($1::integer, $1::integer + $2::integer - 1) AS n
            """, first, count, late ? "2024-02-05" : "2024-01-30")
        try await connection.query("INSERT INTO yot.extracts VALUES ('S1', $1::timestamptz)", extract)
    }

    /// Both schemas and the fixture, in a scratch database.
    static func loadFixture(_ conninfo: String) async throws -> PostgresConnection {
        let connection = try await TestDatabase.connect(conninfo)
        try await TestDatabase.createSchemas(connection)
        try await connection.withSession { session in try session.runScript(Self.fixture) }
        return connection
    }

    @Test func firesAcknowledgesResolvesAndComesBackAsANewOccurrence() async throws {
        try await TestDatabase.withScratch("alerts") { conninfo in
            let connection = try await Self.loadFixture(conninfo)

            // Cycle 1: red holds once; fire_after is 2, so the alert is pending, and nothing is said.
            #expect(try await Self.cycle(conninfo, minutes: 0) == [])
            #expect(try await Self.states(conninfo) == ["1:pending"])
            // Cycle 2, after a restart: the count survived, so it fires now.
            #expect(try await Self.cycle(conninfo, minutes: 15) == ["fired"])
            #expect(try await Self.states(conninfo) == ["1:firing"])
            // Cycle 3, after another restart: already firing, so nothing is fired again.
            #expect(try await Self.cycle(conninfo, minutes: 30) == [])

            // A manager acknowledges it; the row and the history say who, when and why.
            let alertID = try await connection.query("SELECT alert_id FROM yotqa.alerts")[0].decode(Int.self, 0)
            let acknowledged = try await AlertStore.acknowledge(
                alertID: alertID, by: "Y. Manager", note: "reports chased with the court team", on: connection,
                at: Self.start.addingTimeInterval(40 * 60))
            #expect(acknowledged.record.state == .acknowledged)
            await #expect(throws: AlertActionError.self) {
                try await AlertStore.acknowledge(alertID: alertID, by: "Someone", note: "", on: connection)
            }
            #expect(try await Self.cycle(conninfo, minutes: 45) == [])
            #expect(try await Self.states(conninfo) == ["1:acknowledged"])

            // 14 more reports on time: 18 / 20 = 90%, green. Clear once: still acknowledged; twice: resolved.
            try await Self.insertReports(conninfo, from: 7, count: 14, late: false, extract: "2024-04-15 02:00:00+00")
            #expect(try await Self.cycle(conninfo, minutes: 60) == [])
            #expect(try await Self.states(conninfo) == ["1:acknowledged"])
            #expect(try await Self.cycle(conninfo, minutes: 75) == ["resolved"])
            #expect(try await Self.states(conninfo) == ["1:resolved"])

            // 10 late reports: 18 / 30 = 60%, red again: a new occurrence of the same alert.
            try await Self.insertReports(conninfo, from: 21, count: 10, late: true, extract: "2024-04-15 03:00:00+00")
            #expect(try await Self.cycle(conninfo, minutes: 90) == [])
            #expect(try await Self.cycle(conninfo, minutes: 105) == ["fired"])
            #expect(try await Self.states(conninfo) == ["1:resolved", "2:firing"])

            let history = try await AlertStore.history(alertID: alertID, on: connection)
            #expect(history.map(\.change) == [.fired, .acknowledged, .resolved])
            #expect(history[1].actor == "Y. Manager")
            #expect(history[1].cause == "reports chased with the court team")
        }
    }

    /// A cycle rewrites every open alert in one statement, its values carried as JSON text: an
    /// acknowledgement's note and author come back as written and its time to the microsecond.
    @Test func aCycleRewritesAnAcknowledgedAlertWithEveryValueAsItWas() async throws {
        try await TestDatabase.withScratch("alert_rewrite") { conninfo in
            let connection = try await Self.loadFixture(conninfo)
            _ = try await Self.cycle(conninfo, minutes: 0)
            #expect(try await Self.cycle(conninfo, minutes: 15) == ["fired"])
            let alertID = try await connection.query("SELECT alert_id FROM yotqa.alerts")[0].decode(Int.self, 0)
            let note = "\"late\" reports \\ chased;\nnext: Ysgol Gymraeg, 5 % — ✓ {\"x\": null}"
            let at = Date(timeIntervalSince1970: 1_713_170_400.123456)  // 2024-04-15 08:40:00.123456 UTC
            let acknowledged = try await AlertStore.acknowledge(
                alertID: alertID, by: "O'Brien \"YOT\"", note: note, on: connection, at: at)
            #expect(try await Self.cycle(conninfo, minutes: 45) == [])
            let held = try #require(try await AlertStore.list(on: connection).first { $0.alertID == alertID })
            #expect(held.record.acknowledgement == acknowledged.record.acknowledgement)
            #expect(held.record.acknowledgement?.note == note)
            #expect(held.record.acknowledgement?.by == "O'Brien \"YOT\"")
            #expect(held.record.acknowledgement.map { abs($0.at.timeIntervalSince(at)) < 0.000_002 } == true)
            #expect(held.record.state == .acknowledged)
            #expect(held.record.heldCycles == acknowledged.record.heldCycles + 1, "the cycle moved its count")
            let cycleOfRow = try await connection.query(
                "SELECT cycle_id, (SELECT max(cycle_id) FROM yotqa.cycles) AS latest FROM yotqa.alerts")[0]
            #expect(try cycleOfRow.decode(Int?.self, "cycle_id") == cycleOfRow.decode(Int?.self, "latest"))
        }
    }

    @Test func aSilenceHoldsAnAlertBackUntilItEnds() async throws {
        try await TestDatabase.withScratch("silence") { conninfo in
            let connection = try await Self.loadFixture(conninfo)
            _ = try await Self.cycle(conninfo, minutes: 0)
            #expect(try await Self.cycle(conninfo, minutes: 15) == ["fired"])

            // Silenced for S1 from minute 20 to minute 50: the lifecycle carries on, held back.
            let silence = try await AlertStore.createSilence(
                service: "S1", indicator: nil, reason: "new court liaison officer starting", author: "Y. Manager",
                startsAt: Self.start.addingTimeInterval(20 * 60), endsAt: Self.start.addingTimeInterval(50 * 60),
                on: connection)
            #expect(silence > 0)
            #expect(try await Self.cycle(conninfo, minutes: 30) == ["suppressed"])
            #expect(try await Self.states(conninfo) == ["1:firing held"])
            #expect(try await Self.cycle(conninfo, minutes: 45) == [])
            // The silence has expired by minute 60.
            #expect(try await Self.cycle(conninfo, minutes: 60) == ["unsuppressed"])
            #expect(try await Self.states(conninfo) == ["1:firing"])

            // A silence needs an end after its start, and a reason.
            await #expect(throws: AlertActionError.self) {
                try await AlertStore.createSilence(
                    service: "S1", indicator: nil, reason: "  ", author: "Y. Manager",
                    endsAt: Self.start.addingTimeInterval(3600), on: connection)
            }
            await #expect(throws: AlertActionError.self) {
                try await AlertStore.createSilence(
                    service: nil, indicator: nil, reason: "everything", author: "Y. Manager",
                    endsAt: Date().addingTimeInterval(3600), on: connection)
            }
        }
    }

    @Test func staleDataHoldsBackTheServicesValueAlerts() async throws {
        try await TestDatabase.withScratch("stale") { conninfo in
            let connection = try await Self.loadFixture(conninfo)
            // One cycle of red: pending.
            #expect(try await Self.cycle(conninfo, minutes: 0) == [])
            // On 2024-05-15 the latest extract (2024-04-14) is 31 days old, above 7: stale. The
            // threshold alert is frozen: still pending after two more cycles, never fired.
            var later = Self.settings
            later.asOf = LocalDate("2024-05-15")!
            #expect(try await Self.cycle(conninfo, minutes: 15, settings: later) == [])
            #expect(try await Self.cycle(conninfo, minutes: 30, settings: later) == [])
            #expect(try await Self.states(conninfo) == ["1:pending held"])
            let stale = try await connection.query(
                "SELECT state FROM yotqa.alerts WHERE service_id = 'S1' AND kind = 'stale_data'")
            #expect(try stale[0].decode(String.self, 0) == "firing")
            // Back on 2024-04-15 the data are fresh: the count resumes where it stopped, and it fires.
            #expect(try await Self.cycle(conninfo, minutes: 45) == ["fired"])
        }
    }
}
