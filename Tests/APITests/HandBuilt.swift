import API
import Dates
import Foundation
import Indicators
import Judgement
import Postgres
import Store
import TestSupport
import Testing

/// One figure the test constructs, and what the API must show for its numerator, denominator and
/// value (written here by hand: `"[c]"` for a count from 1 to 4, `.absent` for an omitted one).
struct MadePoint: Sendable {
    var judged: JudgedValue
    var numerator: JSONValue
    var denominator: JSONValue
    var value: JSONValue

    var service: String { judged.value.serviceID ?? "" }
    var indicator: String { judged.value.indicator }
    var breakdown: String? { judged.value.breakdown }
}

/// A snapshot built by hand over the real catalogue: two services, a few series with known
/// figures and judgements, and the cycle, alerts and events it refers to as rows of schema yotqa.
enum HandBuilt {
    static let asOf = LocalDate("2024-04-15")!
    static let north = ServiceName(id: "S1", name: "North")
    /// A name with a comma and quotes, for the CSV's quoting.
    static let south = ServiceName(id: "S2", name: "South, \"Coastal\" & Bay")

    /// The bounds in force, all set here (the catalogue's example bounds are not used).
    static let judgement = JudgementSettings(
        thresholds: [
            "court_reports_timely": Thresholds(green: 92, red: 70),
            "kpi_ete": Thresholds(green: 80, red: 60),
            "caseload_per_fte": Thresholds(green: 9, red: 12),
        ],
        serviceThresholds: ["court_reports_timely": ["S2": Thresholds(green: 85, red: 65)]])

    static let catalogue: Catalogue = try! Catalogue.load(sqlDirectory: TestDatabase.sqlDirectory)

    static let courtQ3 = point(
        "S1", "court_reports_timely", "2023-07-01", "2023-09-30", numerator: 5, denominator: 10, value: 50,
        rag: .red, interval: 23.66...76.34, shows: (5, 10, 50))
    static let courtQ4 = point(
        "S1", "court_reports_timely", "2023-10-01", "2023-12-31", numerator: 0, denominator: 8, value: 0,
        rag: .red, interval: 0...32.44,
        limits: ProcessLimits(centre: 40, lower: 5, upper: 75, lowerWarning: 17, upperWarning: 63),
        signals: [Signal(.shift, .concern)], shows: (0, 8, 0))
    static let courtQ1 = point(
        "S1", "court_reports_timely", "2024-01-01", "2024-03-31", numerator: 3, denominator: 4, value: 75,
        rag: .amber, interval: 30.06...95.44,
        limits: ProcessLimits(centre: 45.5, lower: 10.25, upper: 80.75, lowerWarning: 22, upperWarning: 69),
        signals: [Signal(.twoOfThree, .improvement), Signal(.trend, nil)], assurance: .inconsistent,
        shows: ("[c]", "[c]", 75))
    static let eteQ4 = point(
        "S1", "kpi_ete", "2023-10-01", "2023-12-31", numerator: 9, denominator: 12, value: 75, rag: .amber,
        interval: 46.77...91.11, shows: (9, 12, 75))
    static let eteQ1 = point(
        "S1", "kpi_ete", "2024-01-01", "2024-03-31", numerator: 14, denominator: 16, value: 87.5, rag: .green,
        interval: 63.98...96.5, assurance: .consistentlyPassing, shows: (14, 16, 87.5))
    static let eteCommunityQ1 = point(
        "S1", "kpi_ete", "2024-01-01", "2024-03-31", breakdown: "tier=community", numerator: 12, denominator: 13,
        value: 92.25, rag: .green, interval: 66.69...98.63, shows: (12, 13, 92.25))
    static let eteCustodyQ4 = point(
        "S1", "kpi_ete", "2023-10-01", "2023-12-31", breakdown: "tier=custody", numerator: 5, denominator: 6,
        value: 83.25, rag: .green, interval: 43.65...96.99, shows: (5, 6, 83.25))
    static let eteCustodyQ1 = point(
        "S1", "kpi_ete", "2024-01-01", "2024-03-31", breakdown: "tier=custody", numerator: 2, denominator: 3,
        value: 66.5, status: .insufficientData, interval: 20.77...93.85, shows: ("[c]", "[c]", 66.5))
    static let caseloadFebruary = point(
        "S1", "open_caseload", "2024-02-01", "2024-02-29", numerator: 7, denominator: nil, value: 7,
        shows: (7, .absent, 7))
    static let caseloadMarch = point(
        "S1", "open_caseload", "2024-03-01", "2024-03-31", numerator: 3, denominator: nil, value: 3,
        signals: [Signal(.astronomical, nil)], shows: ("[c]", .absent, "[c]"))
    /// FTE is not a count: a denominator of 3 is shown.
    static let perFTE = point(
        "S1", "caseload_per_fte", "2024-03-01", "2024-03-31", numerator: 30, denominator: 3, value: 10,
        rag: .amber, shows: (30, 3, 10))
    static let freshness = point(
        "S1", "data_freshness_days", "2024-04-15", "2024-04-15", numerator: nil, denominator: nil, value: 2,
        shows: (.absent, .absent, 2))
    static let southCourt = point(
        "S2", "court_reports_timely", "2024-01-01", "2024-03-31", numerator: 20, denominator: 25, value: 80,
        rag: .amber, interval: 60.87...91.14, shows: (20, 25, 80))
    static let southCaseload = point(
        "S2", "open_caseload", "2024-03-01", "2024-03-31", numerator: 0, denominator: nil, value: 0,
        shows: (0, .absent, 0))

    /// Every figure, deliberately not in period order.
    static let points: [MadePoint] = [
        courtQ1, courtQ3, courtQ4, eteQ1, eteQ4, eteCustodyQ1, eteCommunityQ1, eteCustodyQ4, caseloadMarch,
        caseloadFebruary, perFTE, freshness, southCourt, southCaseload,
    ]

    /// A data-quality figure of records that reach no service: served to nobody.
    static let serviceless = JudgedValue(
        value: IndicatorValue(
            serviceID: nil, indicator: "data_quality_issues", periodStart: asOf, periodEnd: asOf, breakdown: nil,
            numerator: 9, denominator: nil, value: 9, status: .ok))

    /// The cycle (with one failed indicator), the alerts and an event, in schema yotqa.
    static let rows = """
        INSERT INTO yotqa.cycles (as_of, started_at, finished_at, fingerprint, settings, computed, indicator_count,
                                  failed_count, value_count, changed_count)
        VALUES ('2024-04-15', '2024-04-15 08:00:00+00', '2024-04-15 08:00:42.5+00', 'hand-built', '{}', true, 30, 1,
                15, 15);
        INSERT INTO yotqa.cycle_indicators (cycle_id, indicator, ok, sqlstate, error, milliseconds)
        VALUES ((SELECT max(cycle_id) FROM yotqa.cycles), 'kpi_send_plan', false, '57014',
                'canceling statement due to statement timeout', 120000),
               ((SELECT max(cycle_id) FROM yotqa.cycles), 'court_reports_timely', true, NULL, NULL, 35);
        INSERT INTO yotqa.alerts (service_id, indicator, kind, occurrence, state, severity, cause, held_cycles,
                                  clear_cycles, since, fired_at, resolved_at)
        VALUES ('S1', 'court_reports_timely', 'threshold', 1, 'firing', 'critical', '75% is below 92%', 2, 0,
                '2024-04-15 07:45+00', '2024-04-15 07:45+00', NULL),
               ('S2', 'court_reports_timely', 'threshold', 1, 'firing', 'warning', '80% is below 85%', 2, 0,
                '2024-04-15 07:30+00', '2024-04-15 07:30+00', NULL),
               (NULL, 'kpi_send_plan', 'compute_failed', 1, 'firing', 'warning', 'statement timeout', 1, 0,
                '2024-04-15 07:15+00', '2024-04-15 07:15+00', NULL),
               ('S1', 'kpi_ete', 'spc_concern', 1, 'resolved', 'warning', 'a shift below the centre line', 0, 2,
                '2024-04-14 08:00+00', '2024-04-10 08:00+00', '2024-04-14 08:00+00'),
               ('S1', 'kpi_ete', 'threshold', 1, 'pending', 'warning', '87.5% is below 90%', 1, 0,
                '2024-04-15 07:00+00', NULL, NULL);
        INSERT INTO yotqa.alert_events (alert_id, at, cycle_id, change, state, cause, actor)
        SELECT alert_id, '2024-04-15 07:45+00', (SELECT max(cycle_id) FROM yotqa.cycles), 'fired', 'firing',
               '75% is below 92%', NULL
        FROM yotqa.alerts WHERE service_id = 'S1' AND indicator = 'court_reports_timely';
        """

    /// The id of one of the alerts of `rows`.
    static func alertID(
        _ connection: PostgresConnection, service: String?, indicator: String, kind: String
    ) async throws -> Int {
        try await connection.query(
            """
            SELECT alert_id FROM yotqa.alerts
            WHERE service_id IS NOT DISTINCT FROM $1 AND indicator = $2 AND kind = $3
            """, service, indicator, kind
        )[0].decode(Int.self, 0)
    }

    /// The snapshot of `rows` and `points`.
    static func snapshot(on connection: PostgresConnection) async throws -> Snapshot {
        let cycle = try await CycleHistory.latest(on: connection)
        return Snapshot(
            cycle: try #require(cycle), services: [north, south], definitions: catalogue.definitions,
            judgement: judgement, values: points.map(\.judged) + [serviceless],
            alerts: try await AlertStore.list(on: connection))
    }

    /// A scratch database with both schemas and `rows`, and an API serving the hand-built snapshot
    /// (none when `publish` is false).
    static func with<T: Sendable>(
        _ label: String, publish: Bool = true, _ body: (APIHarness) async throws -> T
    ) async throws -> T {
        try await ScratchGate.run {
            try await TestDatabase.withScratch(label) { conninfo in
                let connection = try await TestDatabase.connect(conninfo)
                try await TestDatabase.createSchemas(connection)
                try await connection.withSession { session in try session.runScript(rows) }
                let snapshots = SnapshotStore(publish ? try await snapshot(on: connection) : nil)
                let harness = APIHarness(
                    database: try await TestDatabase.connect(conninfo), connection: connection, snapshots: snapshots,
                    catalogue: catalogue, settings: { asOf in EngineSettings(asOf: asOf, quarters: 2) })
                return try await body(harness)
            }
        }
    }

    static func point(
        _ service: String, _ indicator: String, _ start: String, _ end: String, breakdown: String? = nil,
        numerator: Double?, denominator: Double?, value: Double?, status: IndicatorValue.Status = .ok,
        rag: RAG? = nil, interval: ClosedRange<Double>? = nil, limits: ProcessLimits? = nil, signals: [Signal] = [],
        assurance: Assurance? = nil, shows: (JSONValue, JSONValue, JSONValue)
    ) -> MadePoint {
        MadePoint(
            judged: JudgedValue(
                value: IndicatorValue(
                    serviceID: service, indicator: indicator, periodStart: LocalDate(start)!,
                    periodEnd: LocalDate(end)!, breakdown: breakdown, numerator: numerator, denominator: denominator,
                    value: value, status: status),
                rag: rag, interval: interval, limits: limits, signals: signals, assurance: assurance),
            numerator: shows.0, denominator: shows.1, value: shows.2)
    }
}
