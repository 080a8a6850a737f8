import API
import Dates
import Foundation
import Indicators
import Judgement
import Postgres
import Store
import TestSupport

/// Real cycles over hand-built rows of schema yot: S1's quarter 2024-01-01..2024-03-31 has six
/// court reports due, R1–R4 on time and R5, R6 late (4 / 6 = 66.7%, below red 75), so two cycles
/// fire a threshold alert, as in the store's alert tests.
enum CycleFixture {
    static let yot = """
        INSERT INTO yot.services VALUES ('S1', 'North'), ('S2', 'South');
        INSERT INTO yot.extracts VALUES ('S1', '2024-04-14 02:00:00+00'), ('S2', '2024-04-14 02:00:00+00');
        INSERT INTO yot.court_reports (report_id, child_id, service_id, requested_on, due_on, submitted_on)
        SELECT 'R' || n, 'C1', 'S1', '2024-01-02', '2024-02-01',
               CASE WHEN n <= 4 THEN '2024-01-30' ELSE '2024-02-05' END::date
        FROM generate_series(1, 6) AS n;
        """

    static let asOf = LocalDate("2024-04-15")!
    static let quarter = LocalDate("2024-01-01")!

    static let catalogue: Catalogue = try! Catalogue.load(sqlDirectory: TestDatabase.sqlDirectory)
        .only(["court_reports_timely", "data_freshness_days"])

    static let judging = CycleJudging(
        judgement: JudgementSettings(thresholds: ["court_reports_timely": Thresholds(green: 90, red: 75)]),
        alerts: AlertSettings(policy: AlertPolicy(fireAfter: 2, resolveAfter: 2)))

    static func settings(_ asOf: LocalDate) -> EngineSettings {
        EngineSettings(asOf: asOf, quarters: 2)
    }

    static var runner: CycleRunner {
        CycleRunner(engine: Engine(catalogue: catalogue), judging: judging, logger: TestDatabase.logger)
    }

    /// A scratch database with `yot`, two cycles run (the alert fires), their snapshot published,
    /// and the cycle service that `POST /v1/cycles` wakes.
    static func with<T: Sendable>(
        _ label: String, _ body: (APIHarness, CycleService) async throws -> T
    ) async throws -> T {
        try await ScratchGate.run {
            try await TestDatabase.withScratch(label) { conninfo in
                let connection = try await TestDatabase.connect(conninfo)
                try await TestDatabase.createSchemas(connection)
                try await connection.withSession { session in try session.runScript(yot) }
                for _ in 1...2 { _ = try await runner.run(on: connection, settings: settings(asOf)) }
                let loader = SnapshotLoader(catalogue: catalogue, judgement: judging.judgement)
                let snapshots = SnapshotStore(try await loader.load(from: connection))
                let harness = APIHarness(
                    database: try await TestDatabase.connect(conninfo), connection: connection, snapshots: snapshots,
                    catalogue: catalogue, settings: { asOf in settings(asOf) })
                let service = CycleService(
                    trigger: harness.trigger, runner: Reloadable(runner),
                    connection: try await TestDatabase.connect(conninfo),
                    settings: { settings(asOf) }, snapshots: snapshots, logger: TestDatabase.logger)
                return try await body(harness, service)
            }
        }
    }

    /// The id of the threshold alert the cycles fired.
    static func firedAlert(_ connection: PostgresConnection) async throws -> Int {
        try await connection.query(
            """
            SELECT alert_id FROM yotqa.alerts
            WHERE service_id = 'S1' AND indicator = 'court_reports_timely' AND kind = 'threshold' AND state = 'firing'
            """
        )[0].decode(Int.self, 0)
    }
}
