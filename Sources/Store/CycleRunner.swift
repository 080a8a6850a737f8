import Dates
public import Foundation
public import Indicators
public import Logging
public import Postgres

/// Runs one indicator cycle end to end: compute over a snapshot of `yot`, then record the results,
/// their history and the cycle in schema yotqa, in one transaction.
///
/// When nothing the results depend on has changed since the last cycle (see `DataSignature`) and
/// that cycle had no failure, the cycle is recorded as a reuse and nothing is recomputed.
public struct CycleRunner: Sendable {
    public let engine: Engine
    let logger: Logger

    public init(engine: Engine, logger: Logger) {
        self.engine = engine
        self.logger = logger
    }

    public struct Result: Sendable {
        public var record: CycleRecord
        /// The values and failures, when the cycle computed; nil when it kept the previous results.
        public var outcome: Engine.Outcome?
    }

    /// Runs a cycle; `force` recomputes even when the data have not changed.
    public func run(
        on connection: PostgresConnection, settings: EngineSettings, force: Bool = false
    ) async throws -> Result {
        let started = Date()
        let settingsJSON = settings.json
        let catalogue = engine.catalogue
        let fingerprint = try await connection.withSession { session in
            try DataSignature.flushOwnStatistics(session)
            return try DataSignature.fingerprint(
                settings: settings, catalogue: catalogue, settingsJSON: settingsJSON, session: session)
        }
        if !force, let previous = try await Self.reusable(fingerprint: fingerprint, on: connection) {
            var record = previous
            record.cycleID = nil
            record.startedAt = started
            record.finishedAt = Date()
            record.computed = false
            record.reusedCycleID = previous.reusedCycleID ?? previous.cycleID
            record.changedCount = 0
            let stored = record
            record.cycleID = try await connection.transaction { session in
                try ResultWriter.insertCycle(stored, session: session)
            }
            logger.info("data unchanged since cycle \(record.reusedCycleID ?? 0); results kept")
            return Result(record: record, outcome: nil)
        }
        let outcome = try await engine.compute(on: connection, settings: settings)
        var record = CycleRecord(
            asOf: settings.asOf, startedAt: started, finishedAt: Date(), fingerprint: fingerprint,
            settingsJSON: settingsJSON, computed: true, indicatorCount: engine.catalogue.definitions.count,
            failedCount: outcome.failures.count, valueCount: outcome.values.count, changedCount: 0)
        let finished = record
        let written = try await connection.transaction { session in
            try ResultWriter.write(outcome, timings: outcome.milliseconds, record: finished, session: session)
        }
        record.cycleID = written.cycleID
        record.changedCount = written.changed
        logger.info(
            "cycle computed",
            metadata: [
                "cycle": "\(written.cycleID)", "values": "\(outcome.values.count)",
                "changed": "\(written.changed)", "failed": "\(outcome.failures.count)",
            ])
        return Result(record: record, outcome: outcome)
    }

    /// The last cycle, if it has the same fingerprint and no failure.
    static func reusable(fingerprint: String, on connection: PostgresConnection) async throws -> CycleRecord? {
        let rows = try await connection.query(
            """
            SELECT cycle_id, as_of, started_at, finished_at, fingerprint, settings::text, computed,
                   reused_cycle_id, indicator_count, failed_count, value_count, changed_count
            FROM yotqa.cycles ORDER BY cycle_id DESC LIMIT 1
            """)
        guard let row = rows.first, try row.decode(String.self, "fingerprint") == fingerprint,
            try row.decode(Int.self, "failed_count") == 0
        else { return nil }
        return try CycleRecord(row: row)
    }
}

extension CycleRecord {
    init(row: PostgresRow) throws(PostgresError) {
        self.init(
            cycleID: try row.decode(Int.self, "cycle_id"), asOf: try row.decode(LocalDate.self, "as_of"),
            startedAt: try row.decode(Date.self, "started_at"), finishedAt: try row.decode(Date.self, "finished_at"),
            fingerprint: try row.decode(String.self, "fingerprint"),
            settingsJSON: try row.decode(String.self, "settings"),
            computed: try row.decode(Bool.self, "computed"),
            reusedCycleID: try row.decode(Int?.self, "reused_cycle_id"),
            indicatorCount: try row.decode(Int.self, "indicator_count"),
            failedCount: try row.decode(Int.self, "failed_count"), valueCount: try row.decode(Int.self, "value_count"),
            changedCount: try row.decode(Int.self, "changed_count"))
    }
}
