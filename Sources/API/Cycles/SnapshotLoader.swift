import Foundation
public import Indicators
public import Postgres
public import Store

/// Builds the snapshot of the latest recorded cycle: from PostgreSQL at start-up (and, later, on
/// an instance that did not run the cycle), or from a cycle this process has just run.
public struct SnapshotLoader: Sendable {
    public var catalogue: Catalogue
    public var judgement: JudgementSettings

    public init(catalogue: Catalogue, judgement: JudgementSettings) {
        self.catalogue = catalogue
        self.judgement = judgement
    }

    /// Judging as `runner` judges its cycles: a reload that changes the thresholds reaches the
    /// snapshots with the runner that replaced the old one.
    public init(runner: CycleRunner) {
        self.init(catalogue: runner.engine.catalogue, judgement: runner.judging.judgement)
    }

    /// The latest cycle's snapshot, or nil when no cycle has been recorded yet.
    public func load(from connection: PostgresConnection) async throws -> Snapshot? {
        guard let cycle = try await CycleHistory.latest(on: connection), let id = cycle.cycleID else { return nil }
        let values = try await StoredResults.values(ofCycle: cycle.reusedCycleID ?? id, on: connection)
        let judged = ValueJudge.judge(values, catalogue: catalogue, settings: judgement)
        return try await snapshot(cycle: cycle, judged: judged, from: connection)
    }

    /// The snapshot of a cycle just run, from its own judged figures.
    public func snapshot(of result: CycleRunner.Result, from connection: PostgresConnection) async throws -> Snapshot {
        try await snapshot(cycle: result.record, judged: result.judged.values, from: connection)
    }

    func snapshot(cycle: CycleRecord, judged: [JudgedValue], from connection: PostgresConnection) async throws
        -> Snapshot
    {
        Snapshot(
            cycle: cycle, services: try await ServiceDirectory.list(on: connection),
            definitions: catalogue.definitions, judgement: judgement, values: judged,
            alerts: try await AlertStore.list(on: connection))
    }
}
