import ArgumentParser
import Dates
import Foundation
import Indicators
import Judgement
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
            With --indicator, computes just those and records nothing. Each figure is shown with its \
            RAG rating, Wilson interval, control limits, special-cause signals and (on the latest \
            point of a series) assurance; a full cycle also advances the alerts, and prints what \
            changed on standard error.
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
        // Judged against the whole catalogue, which the config's thresholds and rebases name.
        let judging = try JudgingSetup.judging(config, catalogue: catalogue)
        if !indicators.isEmpty {
            let unknown = Set(indicators).subtracting(catalogue.definitions.map(\.id))
            guard unknown.isEmpty else {
                throw ValidationError("unknown indicator: \(unknown.sorted().joined(separator: ", "))")
            }
            catalogue = catalogue.only(Set(indicators))
        }
        let connection = try await DatabaseSetup.connect(config, sql: sql, logger: logger)
        let settings = try IndicatorSetup.settings(config, asOf: asOf ?? Today.inLondon())
        try await IndicatorSetup.applyBankHolidays(config, on: connection)
        let engine = Engine(catalogue: catalogue)
        var judged: [JudgedValue]
        var failures: [IndicatorFailure]
        if indicators.isEmpty {
            let cycle = try await CycleRunner(engine: engine, judging: judging, logger: logger)
                .run(on: connection, settings: settings, force: force)
            judged = cycle.judged.values
            failures = cycle.outcome?.failures ?? []
            printError(Summary.line(cycle.record, seconds: cycle.seconds))
            for event in cycle.judged.events { printError(Summary.line(event)) }
        } else {
            let outcome = try await engine.compute(on: connection, settings: settings)
            judged = ValueJudge.judge(outcome.values, catalogue: catalogue, settings: judging.judgement)
            failures = outcome.failures
        }
        if let service { judged = judged.filter { $0.value.serviceID == service } }
        switch format {
        case .table: ResultTable.render(judged) { print($0, terminator: "") }
        case .json: for item in judged { print(JSONLine.render(item)) }
        }
        for failure in failures { printError("indicator failed: \(failure)") }
        if !failures.isEmpty { throw ExitCode(1) }
    }
}
