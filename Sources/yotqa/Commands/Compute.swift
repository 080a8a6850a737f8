import ArgumentParser
import Dates
import Foundation
import Indicators
import Postgres
import Store

struct Compute: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute every indicator once and print the results.",
        discussion: """
            Runs each indicator of sql/indicators over schema yot in one read-only snapshot, for the \
            last complete periods as of --as-of, and records the results and their history in \
            schema yotqa; when nothing has changed since the last cycle, the stored results are \
            kept and printed. Prints a table, or with --format json one JSON object per line. \
            Exits with status 1 if any indicator's query failed (the others are still printed). \
            With --indicator, computes just those and records nothing.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: "The as-of date, YYYY-MM-DD (default: today in Europe/London).", transform: parseDate)
    var asOf: LocalDate?

    @Option(help: ArgumentHelp("Only this service.", valueName: "id"))
    var service: String?

    @Option(name: .customLong("indicator"), help: ArgumentHelp("Only this indicator (repeatable).", valueName: "id"))
    var indicators: [String] = []

    @Option(help: "table or json.")
    var format: Format = .table

    @Flag(help: "Recompute even when the data have not changed since the last cycle.")
    var force = false

    func run() async throws {
        let (config, logger) = try global.start("compute")
        let sql = try SQLDirectory.locate(configured: config.paths.sql)
        var catalogue = try IndicatorSetup.catalogue(config, sql: sql)
        if !indicators.isEmpty {
            let unknown = Set(indicators).subtracting(catalogue.definitions.map(\.id))
            guard unknown.isEmpty else {
                throw ValidationError("unknown indicator: \(unknown.sorted().joined(separator: ", "))")
            }
            catalogue = catalogue.only(Set(indicators))
        }
        let connection = try await PostgresConnection.connect(configuration: config.database.postgres, logger: logger)
        try await Migrator(
            migrations: try Migration.load(from: sql.appendingPathComponent("migrations")), logger: logger
        )
        .requireCurrent(connection)
        let settings = try IndicatorSetup.settings(config, asOf: asOf ?? Today.inLondon())
        try await IndicatorSetup.applyBankHolidays(config, on: connection)
        let engine = Engine(catalogue: catalogue)
        var outcome: Engine.Outcome
        if indicators.isEmpty {
            let cycle = try await CycleRunner(engine: engine, logger: logger)
                .run(on: connection, settings: settings, force: force)
            if let computed = cycle.outcome {
                outcome = computed
            } else {
                let values = try await StoredResults.values(ofCycle: cycle.record.reusedCycleID ?? 0, on: connection)
                outcome = Engine.Outcome(values: values, failures: [], milliseconds: [:])
            }
            printError(Summary.line(cycle.record))
        } else {
            outcome = try await engine.compute(on: connection, settings: settings)
        }
        if let service { outcome.values = outcome.values.filter { $0.serviceID == service } }
        switch format {
        case .table: print(ResultTable.render(outcome.values), terminator: "")
        case .json: for value in outcome.values { print(try JSONLine.render(value)) }
        }
        for failure in outcome.failures { printError("indicator failed: \(failure)") }
        if !outcome.failures.isEmpty { throw ExitCode(1) }
    }
}
