import Foundation
import Logging
import Postgres
import Synthetic

/// Loads a synthetic data set into schema `yot` through COPY, in one transaction.
///
/// A producer thread generates service after service while the connection's queue copies the
/// previous one, so generation and PostgreSQL's parsing overlap on two cores. The tables are
/// truncated in the same transaction, which lets PostgreSQL skip WAL for the load when the
/// server runs with `wal_level = minimal` (the throwaway clusters of the demo and the benchmarks).
struct SyntheticLoader {
    struct Report {
        var rows: [ContractTable: Int]
        var loadSeconds: Double
        var analyseSeconds: Double
        var totalRows: Int { rows.values.reduce(0, +) }
    }

    struct NotEmpty: Error, CustomStringConvertible {
        var description: String {
            "schema yot already holds data; use --replace to delete it and load the synthetic data set"
        }
    }

    let connection: PostgresConnection
    let logger: Logger

    func load(_ generator: SyntheticGenerator, replace: Bool) async throws -> Report {
        let started = ContinuousClock.now
        let tables = ContractTable.allCases
        let rows = try await connection.transaction { session in
            try Self.prepare(session, tables: tables, replace: replace)
            let queue = BoundedQueue<ServiceBatch>(capacity: 2)
            let producer = Thread {
                for index in 0..<generator.serviceCount where queue.put(generator.batch(forService: index)) {}
                queue.finish()
            }
            producer.start()
            defer { queue.finish() }
            var rows: [ContractTable: Int] = [:]
            while let batch = queue.take() {
                for table in tables {
                    guard let data = batch.data[table], !data.isEmpty else { continue }
                    let columns = table.columns.joined(separator: ", ")
                    try session.copyIn("COPY yot.\(table.rawValue) (\(columns)) FROM STDIN") { writer in
                        try writer.write(data)
                    }
                    rows[table, default: 0] += batch.rows[table] ?? 0
                }
            }
            return rows
        }
        let loaded = ContinuousClock.now
        // Fresh statistics, so the first indicator cycle plans its joins well.
        try await connection.withSession { session in try session.runScript("ANALYZE yot.services") }
        for table in tables {
            try await connection.withSession { session in try session.runScript("ANALYZE yot.\(table.rawValue)") }
        }
        let analysed = ContinuousClock.now
        return Report(
            rows: rows, loadSeconds: (loaded - started).seconds, analyseSeconds: (analysed - loaded).seconds)
    }

    /// Empties the tables with --replace, and otherwise refuses to mix synthetic and real data.
    private static func prepare(_ session: PostgresSession, tables: [ContractTable], replace: Bool) throws {
        let names = tables.map { "yot.\($0.rawValue)" }.joined(separator: ", ")
        if replace {
            try session.runScript("TRUNCATE \(names)")
            return
        }
        for table in tables {
            let rows = try session.query("SELECT EXISTS (SELECT 1 FROM yot.\(table.rawValue))")
            if try rows[0].decode(Bool.self, 0) { throw NotEmpty() }
        }
    }
}
