import Dates
public import Indicators
public import Postgres

/// Reads results back from schema yotqa.
public enum StoredResults {
    /// The current figures of a computed cycle: for each indicator that succeeded in it, the current
    /// version of every figure from the first period it reported on.
    public static func values(ofCycle cycleID: Int, on connection: PostgresConnection) async throws -> [IndicatorValue]
    {
        try await connection.withSession { session in try values(ofCycle: cycleID, session: session) }
    }

    static func values(ofCycle cycleID: Int, session: PostgresSession) throws(PostgresError) -> [IndicatorValue] {
        let rows = try session.query(
            """
            SELECT v.indicator, v.service_id, v.period_start, v.period_end, v.breakdown, v.numerator,
                   v.denominator, v.value, v.status
            FROM yotqa.indicator_values AS v
            JOIN yotqa.cycle_indicators AS ci ON ci.cycle_id = $1 AND ci.ok AND ci.indicator = v.indicator
            WHERE v.superseded_at IS NULL AND v.period_start >= ci.first_period_start
            ORDER BY v.indicator, v.service_id, v.period_start DESC, v.breakdown NULLS FIRST
            """, cycleID)
        // By position, in the select's order: a national cycle decodes about a million values here.
        return try rows.map { row throws(PostgresError) in
            let status = try row.decode(String.self, 8)
            guard let parsed = IndicatorValue.Status(rawValue: status) else {
                throw PostgresError(.decoding, "unknown status \"\(status)\" in yotqa.indicator_values")
            }
            return IndicatorValue(
                serviceID: try row.decode(String?.self, 1), indicator: try row.decode(String.self, 0),
                periodStart: try row.decode(LocalDate.self, 2), periodEnd: try row.decode(LocalDate.self, 3),
                breakdown: try row.decode(String?.self, 4), numerator: try row.decode(Double?.self, 5),
                denominator: try row.decode(Double?.self, 6), value: try row.decode(Double?.self, 7), status: parsed)
        }
    }
}
