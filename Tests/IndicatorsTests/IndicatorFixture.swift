import Dates
import Foundation
import Indicators
import Postgres
import Store
import Synthetic
import TestSupport

/// Runs one indicator over a hand-built `yot` in a scratch database.
enum IndicatorFixture {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sql = repository.appendingPathComponent("sql")

    /// Creates the contract and schema yotqa, loads `fixture` (INSERT statements), and computes.
    static func compute(
        _ indicator: String, fixture: String, settings: EngineSettings
    ) async throws -> [IndicatorValue] {
        try await TestDatabase.withScratch(indicator) { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await prepare(connection, fixture: fixture)
            let catalogue = try Catalogue.load(sqlDirectory: sql).only([indicator])
            let outcome = try await Engine(catalogue: catalogue).compute(on: connection, settings: settings)
            if let failure = outcome.failures.first { throw failure }
            return outcome.values
        }
    }

    static func prepare(_ connection: PostgresConnection, fixture: String) async throws {
        try await TestDatabase.createSchemas(connection)
        try await connection.withSession { session in try session.runScript(fixture) }
    }

    /// Creates the contract and schema yotqa and loads the synthetic generator's batches.
    static func prepare(_ connection: PostgresConnection, synthetic batches: [ServiceBatch]) async throws {
        try await prepare(connection, fixture: "")
        try await connection.withSession { session in
            for batch in batches {
                for table in ContractTable.allCases {
                    guard let data = batch.data[table], !data.isEmpty else { continue }
                    let columns = table.columns.joined(separator: ", ")
                    _ = try session.copyIn("COPY yot.\(table.rawValue) (\(columns)) FROM STDIN") { writer in
                        try writer.write(data)
                    }
                }
            }
        }
    }

    /// A custom indicator whose query names a missing table: it fails alone.
    static let broken = try! IndicatorDefinition.parse(sql: BrokenIndicator.sql, file: BrokenIndicator.file)
}

extension Array where Element == IndicatorValue {
    /// The value of one service, period (by its start) and breakdown; nil when absent.
    func one(_ service: String?, _ periodStart: String, _ breakdown: String? = nil) -> IndicatorValue? {
        first { $0.serviceID == service && $0.periodStart.description == periodStart && $0.breakdown == breakdown }
    }
}
