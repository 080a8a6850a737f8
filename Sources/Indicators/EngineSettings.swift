public import Dates
import Foundation
public import Postgres

/// What one cycle computes: the as-of date and the catalogue's settings.
public struct EngineSettings: Sendable, Equatable {
    /// The day the cycle judges from; periods ending after it are not complete.
    public var asOf: LocalDate
    /// How many complete quarters each quarterly indicator reports (catalogue default 12).
    public var quarters: Int
    /// How many complete months each monthly indicator reports (catalogue default 24).
    public var months: Int
    /// Below this denominator a value is `insufficient_data` (catalogue default 5).
    public var minimumDenominator: Double
    /// Bounds each indicator's query; one that runs longer fails alone.
    public var statementTimeout: Duration
    /// Open allocated interventions above which a practitioner is over the limit (default 12).
    public var caseloadLimit: Int
    /// Timeliness standards by indicator id.
    public var deadlines: [String: DeadlineRule]
    /// Per-indicator minimum denominators that replace `minimumDenominator`.
    public var minimumDenominators: [String: Double]
    /// How many connections a cycle computes on at once, all reading one snapshot (see
    /// `Engine.compute`). It changes how fast, never what.
    public var connections: Int

    public init(
        asOf: LocalDate, quarters: Int = 12, months: Int = 24, minimumDenominator: Double = 5,
        statementTimeout: Duration = .seconds(120), caseloadLimit: Int = 12,
        deadlines: [String: DeadlineRule] = DeadlineRule.defaults, minimumDenominators: [String: Double] = [:],
        connections: Int = 1
    ) {
        self.asOf = asOf
        self.quarters = quarters
        self.months = months
        self.minimumDenominator = minimumDenominator
        self.statementTimeout = statementTimeout
        self.caseloadLimit = caseloadLimit
        self.deadlines = deadlines
        self.minimumDenominators = minimumDenominators
        self.connections = connections
    }

    /// The minimum denominator of one indicator.
    public func minimumDenominator(for indicator: String) -> Double {
        minimumDenominators[indicator] ?? minimumDenominator
    }

    /// The settings as the SQL files read them: `current_setting('yotqa.as_of')::date`, …
    var sqlSettings: [(String, String)] {
        [
            ("yotqa.as_of", asOf.description),
            ("yotqa.quarters", String(quarters)),
            ("yotqa.months", String(months)),
            ("yotqa.caseload_limit", String(caseloadLimit)),
            ("yotqa.deadlines", DeadlineRule.json(deadlines)),
            // The planner's row estimates for set-returning functions are guesses that trigger JIT
            // compilation, which costs seconds and saves nothing on these queries.
            ("jit", "off"),
            // Room for the hash aggregates over a million unit rows, so they never spill to disk.
            ("work_mem", "256MB"),
        ]
    }

    /// Everything that shapes the results except the as-of date, as canonical JSON (sorted keys),
    /// recorded with each cycle and part of its fingerprint.
    public var json: String {
        let object: [String: Any] = [
            "quarters": quarters, "months": months, "minimum_denominator": minimumDenominator,
            "minimum_denominators": minimumDenominators, "caseload_limit": caseloadLimit,
            "deadlines": DeadlineRule.json(deadlines),
        ]
        // Numbers, strings and dictionaries of them always serialise.
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// Sets the cycle's settings for the rest of the session's transaction (`set_config(…, true)`).
    func apply(to session: PostgresSession) throws(PostgresError) {
        for (name, value) in sqlSettings {
            try session.query("SELECT set_config($1, $2, true)", name, value)
        }
    }
}
