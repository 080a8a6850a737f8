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
    public let judging: CycleJudging
    let logger: Logger

    public init(engine: Engine, judging: CycleJudging = CycleJudging(), logger: Logger) {
        self.engine = engine
        self.judging = judging
        self.logger = logger
    }

    public struct Result: Sendable {
        public var record: CycleRecord
        /// The values and failures, when the cycle computed; nil when it kept the previous results.
        public var outcome: Engine.Outcome?
        /// The cycle's figures judged (the reused ones when it kept the previous results), the
        /// conditions that held and the alert events they caused.
        public var judged: CycleJudging.Judged
        /// The whole cycle, judging and writing included, in seconds (`record` times the
        /// computing only, as it is stored before the write commits).
        public var seconds: Double
    }

    /// Runs a cycle; `force` recomputes even when the data have not changed. `now` dates the
    /// alert events and decides which silences are in force.
    public func run(
        on connection: PostgresConnection, settings: EngineSettings, force: Bool = false, at now: Date? = nil
    ) async throws -> Result {
        let started = Date()
        let clock = ContinuousClock.now
        let judging = self.judging
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
            let reusedID = record.reusedCycleID ?? 0
            let (cycleID, judged) = try await connection.transaction { session in
                try Coordination.lockWrites(session)
                let cycleID = try ResultWriter.insertCycle(stored, session: session)
                try Coordination.announceCycle(cycleID, session: session)
                let judged = try judging.run(
                    values: try StoredResults.values(ofCycle: reusedID, session: session), failures: [],
                    records: try CycleJudging.records(ofCycle: reusedID, session: session), catalogue: catalogue,
                    asOf: settings.asOf, cycleID: cycleID, at: now ?? Date(), session: session)
                return (cycleID, judged)
            }
            record.cycleID = cycleID
            logger.info("data unchanged since cycle \(reusedID); results kept")
            return Result(record: record, outcome: nil, judged: judged, seconds: (ContinuousClock.now - clock).seconds)
        }
        let outcome = try await engine.compute(
            on: connection, settings: settings, costs: try await Self.lastTimings(on: connection))
        var record = CycleRecord(
            asOf: settings.asOf, startedAt: started, finishedAt: Date(), fingerprint: fingerprint,
            settingsJSON: settingsJSON, computed: true, indicatorCount: engine.catalogue.definitions.count,
            failedCount: outcome.failures.count, valueCount: outcome.values.count, changedCount: 0)
        let finished = record
        let (written, judged) = try await connection.transaction { session in
            try Coordination.lockWrites(session)
            let written = try ResultWriter.write(
                outcome, timings: outcome.milliseconds, record: finished, session: session)
            try Coordination.announceCycle(written.cycleID, session: session)
            try CycleJudging.saveRecords(outcome.records ?? [:], cycleID: written.cycleID, session: session)
            let judged = try judging.run(
                values: outcome.values, failures: outcome.failures, records: outcome.records ?? [:],
                catalogue: catalogue, asOf: settings.asOf, cycleID: written.cycleID, at: now ?? Date(),
                session: session)
            return (written, judged)
        }
        record.cycleID = written.cycleID
        record.changedCount = written.changed
        logger.info(
            "cycle computed",
            metadata: [
                "cycle": "\(written.cycleID)", "values": "\(outcome.values.count)",
                "changed": "\(written.changed)", "failed": "\(outcome.failures.count)",
                "alert_events": "\(judged.events.count)",
            ])
        return Result(record: record, outcome: outcome, judged: judged, seconds: (ContinuousClock.now - clock).seconds)
    }

    /// How long each indicator took in the last cycle that computed, in milliseconds: the engine
    /// starts the longest first, so that no long one is left for the end.
    static func lastTimings(on connection: PostgresConnection) async throws -> [String: Int] {
        let rows = try await connection.query(
            """
            SELECT indicator, milliseconds FROM yotqa.cycle_indicators
            WHERE cycle_id = (SELECT max(cycle_id) FROM yotqa.cycles WHERE computed)
            """)
        var timings: [String: Int] = [:]
        for row in rows { timings[try row.decode(String.self, 0)] = try row.decode(Int.self, 1) }
        return timings
    }

    /// The last cycle, if it has the same fingerprint and no failure.
    static func reusable(fingerprint: String, on connection: PostgresConnection) async throws -> CycleRecord? {
        let rows = try await connection.query(
            "SELECT \(CycleRecord.columns) FROM yotqa.cycles ORDER BY cycle_id DESC LIMIT 1")
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
