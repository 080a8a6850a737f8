public import Dates
public import Postgres
import Synchronization

/// Runs the catalogue's SQL over `yot` and turns unit rows into indicator values.
///
/// Every indicator file yields unit rows with the columns `service_id, period_start, period_end,
/// breakdown, unit_id, numerator, denominator`: one row per counted record (an intervention, a
/// report, a child) with what it adds to the numerator and the denominator, plus one row per
/// (service, period, breakdown) with a NULL `unit_id` and zeros, so an empty period is still
/// reported. The engine sums them; the same query lists the records behind a figure.
///
/// A cycle reads in one READ ONLY REPEATABLE READ transaction, so every indicator sees the same
/// data. Each indicator runs under its own savepoint and statement timeout: one that fails is
/// reported with its error, and the others still complete.
public struct Engine: Sendable {
    public let catalogue: Catalogue

    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    public struct Outcome: Sendable {
        public var values: [IndicatorValue]
        public var failures: [IndicatorFailure]
        /// How long each indicator's query took, in milliseconds.
        public var milliseconds: [String: Int]
        /// Each service's records (`Catalogue.recordsQuery`); nil when the catalogue has no such
        /// query or it failed, and then no data-quality share can be judged.
        public var records: [String: Int]?

        public init(
            values: [IndicatorValue], failures: [IndicatorFailure], milliseconds: [String: Int],
            records: [String: Int]? = nil
        ) {
            self.values = values
            self.failures = failures
            self.milliseconds = milliseconds
            self.records = records
        }
    }

    /// Computes every indicator, for one service or (nil) all of them.
    ///
    /// With `settings.connections` above 1 the indicators are shared out among that many
    /// connections (this one and siblings of it), every one reading the same snapshot, each taking
    /// the next indicator when it finishes one: the longest first, by `costs` (milliseconds, as the
    /// last cycle took). Each then runs without PostgreSQL's parallel workers; one connection alone
    /// keeps them. The outcome is the same as on one connection, in catalogue order.
    public func compute(
        on connection: PostgresConnection, settings: EngineSettings, service: String? = nil,
        costs: [String: Int] = [:]
    ) async throws -> Outcome {
        let catalogue = self.catalogue
        let work = Self.work(catalogue, costs: costs)
        let queue = WorkQueue(work)
        // No more connections than pieces of work: a helper with nothing to take only costs a login.
        let helpers = (1..<max(1, min(settings.connections, work.count))).map { _ in connection.sibling() }
        let parts = try await connection.withSharedSnapshot(helpers: helpers) { [helping = !helpers.isEmpty] session in
            try settings.apply(to: session)
            if helping {
                // The connections already keep the server's cores busy; a parallel plan's workers
                // on top of them only contend (two connections over the national set on 2 cores:
                // 34 s with them, 31 s without).
                try session.query("SELECT set_config('max_parallel_workers_per_gather', '0', true)")
            }
            return try Self.run(queue, session: session, catalogue: catalogue, settings: settings, service: service)
        }
        return Self.merge(parts, catalogue: catalogue)
    }

    /// What a cycle does, the longest first: the records query, then the indicators by `costs`
    /// (those not timed yet first, in catalogue order).
    static func work(_ catalogue: Catalogue, costs: [String: Int]) -> [Work] {
        let indicators = catalogue.definitions.enumerated().sorted { left, right in
            let (a, b) = (costs[left.element.id] ?? .max, costs[right.element.id] ?? .max)
            return a != b ? a > b : left.offset < right.offset
        }
        return (catalogue.recordsQuery.map { [Work.records($0)] } ?? []) + indicators.map { Work.indicator($0.element) }
    }

    /// Takes work from `queue` until it is empty; on an error the queue stops, so the other
    /// connections stop too.
    static func run(
        _ queue: WorkQueue, session: PostgresSession, catalogue: Catalogue, settings: EngineSettings,
        service: String?
    ) throws -> Outcome {
        var outcome = Outcome(values: [], failures: [], milliseconds: [:])
        do {
            while let work = queue.next() {
                switch work {
                case .records(let query):
                    outcome.records = try Self.records(query, session)
                case .indicator(let definition):
                    try Self.compute(definition, into: &outcome, session, catalogue, settings, service)
                }
            }
        } catch {
            queue.stop()
            throw error
        }
        return outcome
    }

    /// Runs one indicator under its own savepoint and statement timeout, adding its values, or its
    /// failure when the server refused its query, and its time to `outcome`.
    static func compute(
        _ definition: IndicatorDefinition, into outcome: inout Outcome, _ session: PostgresSession,
        _ catalogue: Catalogue, _ settings: EngineSettings, _ service: String?
    ) throws {
        let started = ContinuousClock.now
        defer { outcome.milliseconds[definition.id] = Int((ContinuousClock.now - started).milliseconds) }
        do {
            try session.query("SAVEPOINT indicator")
            try session.query(
                "SELECT set_config('statement_timeout', $1, true)", String(settings.statementTimeout.wholeMilliseconds))
            let rows = try session.query(catalogue.query(definition, wrappedIn: Self.aggregate), service)
            try session.query("RELEASE SAVEPOINT indicator")
            outcome.values += try rows.map { try Self.value(of: $0, definition, settings) }
        } catch let error as PostgresError where error.kind == .server {
            try session.query("ROLLBACK TO SAVEPOINT indicator")
            outcome.failures.append(IndicatorFailure(indicator: definition.id, error: error))
        }
    }

    /// The connections' outcomes as one, values and failures in catalogue order.
    static func merge(_ parts: [Outcome], catalogue: Catalogue) -> Outcome {
        var values: [String: [IndicatorValue]] = [:]
        var failures: [String: IndicatorFailure] = [:]
        var merged = Outcome(values: [], failures: [], milliseconds: [:])
        for part in parts {
            for value in part.values { values[value.indicator, default: []].append(value) }
            for failure in part.failures { failures[failure.indicator] = failure }
            merged.milliseconds.merge(part.milliseconds) { first, _ in first }
            merged.records = merged.records ?? part.records
        }
        for definition in catalogue.definitions {
            merged.values += values[definition.id] ?? []
            if let failure = failures[definition.id] { merged.failures.append(failure) }
        }
        return merged
    }

    /// Each service's records, or nil when the query fails (the cycle goes on without them).
    static func records(_ query: String, _ session: PostgresSession) throws(PostgresError) -> [String: Int]? {
        do {
            try session.query("SAVEPOINT records")
            let rows = try session.query(query)
            try session.query("RELEASE SAVEPOINT records")
            var records: [String: Int] = [:]
            for row in rows { records[try row.decode(String.self, 0)] = try row.decode(Int.self, 1) }
            return records
        } catch  where error.kind == .server {
            try session.query("ROLLBACK TO SAVEPOINT records")
            return nil
        }
    }

    /// The select that sums an indicator's unit rows per service, period and breakdown. Only the
    /// services of `yot.services` are reported (and the no-service row of data quality).
    static func aggregate(_ query: String) -> String {
        """
        SELECT service_id, period_start, period_end, breakdown,
               sum(numerator)::float8 AS numerator, sum(denominator)::float8 AS denominator
        FROM (
        \(query)
        ) AS units
        WHERE ($1::text IS NULL OR service_id = $1::text)
          -- A record of a service missing from yot.services (rule 4) is judged with no service.
          AND (service_id IS NULL OR service_id IN (SELECT service_id FROM yot.services))
        GROUP BY service_id, period_start, period_end, breakdown
        ORDER BY service_id, period_start DESC, breakdown NULLS FIRST
        """
    }

    static func value(
        of row: PostgresRow, _ definition: IndicatorDefinition, _ settings: EngineSettings
    ) throws(PostgresError) -> IndicatorValue {
        let numerator = try row.decode(Double?.self, "numerator")
        let denominator = definition.measure.hasDenominator ? try row.decode(Double?.self, "denominator") : nil
        let periodEnd = try row.decode(LocalDate.self, "period_end")
        let value = Calculation.value(definition.measure, numerator: numerator, denominator: denominator)
        let status = Calculation.status(
            definition, value: value, denominator: denominator, periodEnd: periodEnd, settings: settings)
        return IndicatorValue(
            serviceID: try row.decode(String?.self, "service_id"), indicator: definition.id,
            periodStart: try row.decode(LocalDate.self, "period_start"), periodEnd: periodEnd,
            breakdown: try row.decode(String?.self, "breakdown"), numerator: numerator, denominator: denominator,
            value: value, status: status)
    }
}

/// One piece of a cycle's work.
enum Work: Sendable {
    case indicator(IndicatorDefinition)
    /// `Catalogue.recordsQuery`: each service's records.
    case records(String)
}

/// A cycle's work, handed out one piece at a time to whichever connection asks next.
final class WorkQueue: Sendable {
    private let state: Mutex<(work: [Work], next: Int)>

    init(_ work: [Work]) {
        state = Mutex((work, 0))
    }

    /// The next piece, or nil when there is none left or the queue stopped.
    func next() -> Work? {
        state.withLock { state in
            guard state.next < state.work.count else { return nil }
            defer { state.next += 1 }
            return state.work[state.next]
        }
    }

    /// Hands out nothing more.
    func stop() {
        state.withLock { $0.next = $0.work.count }
    }
}

extension Duration {
    /// Whole milliseconds, rounded down.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
