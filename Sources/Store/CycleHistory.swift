public import Postgres

/// A cycle as the cycle list shows it: its record and the indicators that failed in it.
public struct CycleSummary: Sendable, Equatable {
    public var record: CycleRecord
    /// Empty for a cycle that computed everything, and for one that kept the previous results.
    public var failures: [Failure]

    /// An indicator that failed in the cycle, with the database's error.
    public struct Failure: Sendable, Equatable {
        public var indicator: String
        /// The error as recorded; empty if none was.
        public var error: String

        public init(indicator: String, error: String) {
            self.indicator = indicator
            self.error = error
        }
    }

    public init(record: CycleRecord, failures: [Failure]) {
        self.record = record
        self.failures = failures
    }
}

/// Reading past cycles from `yotqa.cycles` and `yotqa.cycle_indicators`.
public enum CycleHistory {
    /// The latest `limit` cycles, newest first, each with its failed indicators (by name), read
    /// in one snapshot.
    public static func recent(limit: Int, on connection: PostgresConnection) async throws -> [CycleSummary] {
        try await connection.transaction(.readOnlySnapshot) { session in
            let records = try session.query(
                "SELECT \(CycleRecord.columns) FROM yotqa.cycles ORDER BY cycle_id DESC LIMIT $1", max(limit, 0)
            ).map { row throws(PostgresError) in try CycleRecord(row: row) }
            let ids = records.compactMap(\.cycleID)
            guard let first = ids.min(), let last = ids.max() else { return [] }
            var failures: [Int: [CycleSummary.Failure]] = [:]
            let rows = try session.query(
                """
                SELECT cycle_id, indicator, coalesce(error, '') AS error FROM yotqa.cycle_indicators
                WHERE NOT ok AND cycle_id BETWEEN $1 AND $2 ORDER BY cycle_id, indicator
                """, first, last)
            for row in rows {
                failures[try row.decode(Int.self, "cycle_id"), default: []].append(
                    CycleSummary.Failure(
                        indicator: try row.decode(String.self, "indicator"), error: try row.decode(String.self, "error")
                    ))
            }
            return records.map { CycleSummary(record: $0, failures: failures[$0.cycleID ?? 0] ?? []) }
        }
    }

    /// The last cycle recorded, or nil before the first.
    public static func latest(on connection: PostgresConnection) async throws -> CycleRecord? {
        let rows = try await connection.query(
            "SELECT \(CycleRecord.columns) FROM yotqa.cycles ORDER BY cycle_id DESC LIMIT 1")
        return try rows.first.map { row throws(PostgresError) in try CycleRecord(row: row) }
    }
}

extension CycleRecord {
    /// The columns `init(row:)` reads, for a SELECT from `yotqa.cycles`.
    static let columns = """
        cycle_id, as_of, started_at, finished_at, fingerprint, settings::text AS settings, computed,
        reused_cycle_id, indicator_count, failed_count, value_count, changed_count
        """
}
