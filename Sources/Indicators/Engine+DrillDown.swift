public import Dates
public import Postgres

/// One record behind a figure: its identifier and what it added. Never anything else about a child.
public struct CountedUnit: Sendable, Equatable {
    public var unitID: String
    public var numerator: Double?
    public var denominator: Double?

    public init(unitID: String, numerator: Double?, denominator: Double?) {
        self.unitID = unitID
        self.numerator = numerator
        self.denominator = denominator
    }
}

extension Engine {
    /// The records behind one figure, read from the indicator's own query over a snapshot.
    ///
    /// With `againstOnly`, just the records that count against the figure: for a higher-is-better
    /// indicator those in the denominator that did not make the numerator (interventions whose
    /// assessment was late); for a lower-is-better one those in the numerator (children who
    /// reoffended); for a neutral one, all of them.
    public func drillDown(
        _ indicator: String, service: String?, periodStart: LocalDate, breakdown: String?, againstOnly: Bool,
        on connection: PostgresConnection, settings: EngineSettings
    ) async throws -> [CountedUnit] {
        guard let definition = catalogue.definitions.first(where: { $0.id == indicator }) else {
            throw PostgresError(.usage, "unknown indicator \"\(indicator)\"")
        }
        let having: String
        switch (againstOnly, definition.direction) {
        case (false, _), (true, .neutral): having = "TRUE"
        case (true, .higher): having = "sum(denominator) > 0 AND sum(numerator) = 0"
        case (true, .lower): having = "sum(numerator) > 0"
        }
        let sql = catalogue.query(definition) { query in
            """
            SELECT unit_id, sum(numerator)::float8 AS numerator, sum(denominator)::float8 AS denominator
            FROM (
            \(query)
            ) AS units
            WHERE unit_id IS NOT NULL AND service_id IS NOT DISTINCT FROM $1::text AND period_start = $2::date
              AND breakdown IS NOT DISTINCT FROM $3::text
            GROUP BY unit_id
            HAVING \(having)
            ORDER BY unit_id
            """
        }
        return try await connection.transaction(.readOnlySnapshot) { session in
            try settings.apply(to: session)
            return try session.query(sql, service, periodStart, breakdown).map { row throws(PostgresError) in
                CountedUnit(
                    unitID: try row.decode(String.self, "unit_id"),
                    numerator: try row.decode(Double?.self, "numerator"),
                    denominator: try row.decode(Double?.self, "denominator"))
            }
        }
    }
}
