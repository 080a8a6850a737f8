public import Postgres

extension Engine {
    /// The unit-row columns every indicator query must yield, in order.
    public static let unitColumns = [
        "service_id", "period_start", "period_end", "breakdown", "unit_id", "numerator", "denominator",
    ]

    /// Plans and runs each indicator's query with LIMIT 0 in a read-only transaction, so the
    /// database reports a broken query (a missing table, a syntax error) without computing
    /// anything; also checks the columns. Returns the problems by indicator id.
    public func validate(
        on connection: PostgresConnection, settings: EngineSettings, only ids: Set<String>? = nil
    ) async throws -> [String: String] {
        let catalogue = self.catalogue
        return try await connection.transaction(.readOnlySnapshot) { session in
            try settings.apply(to: session)
            var problems: [String: String] = [:]
            for definition in catalogue.definitions where ids?.contains(definition.id) ?? true {
                do {
                    try session.query("SAVEPOINT validate")
                    let rows = try session.query(
                        catalogue.query(definition) { "SELECT * FROM (\n\($0)\n) AS units LIMIT 0" })
                    try session.query("RELEASE SAVEPOINT validate")
                    if rows.columns != Self.unitColumns {
                        problems[definition.id] =
                            "the query yields the columns \(rows.columns.joined(separator: ", ")); "
                            + "expected \(Self.unitColumns.joined(separator: ", "))"
                    }
                } catch let error as PostgresError where error.kind == .server {
                    try session.query("ROLLBACK TO SAVEPOINT validate")
                    problems[definition.id] = "the database rejected the query: \(error)"
                }
            }
            return problems
        }
    }
}
