import ArgumentParser
import Dates
import Indicators
import Postgres
import Store

struct DrillDown: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill-down",
        abstract: "List the records counted against an indicator for a service and period, by identifier.",
        discussion: """
            For a higher-is-better indicator, the records in the denominator that missed (the \
            interventions whose assessment was late); for a lower-is-better one, the records in the \
            numerator; for a neutral one, all. --all lists every record counted. Identifiers only: \
            nothing else about a child is shown.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The indicator.", valueName: "id"))
    var indicator: String

    @Option(help: ArgumentHelp("The service (omit for records that reach no service).", valueName: "id"))
    var service: String?

    @Option(help: "The first day of the period, YYYY-MM-DD.", transform: parseDate)
    var period: LocalDate

    @Option(help: ArgumentHelp("The breakdown row, e.g. tier=custody (omit for the total).", valueName: "breakdown"))
    var breakdown: String?

    @Option(help: "The as-of date, YYYY-MM-DD (default: today in Europe/London).", transform: parseDate)
    var asOf: LocalDate?

    @Flag(help: "List every record counted, not only those counted against the figure.")
    var all = false

    func run() async throws {
        let (config, logger) = try global.start("drill-down")
        let sql = try SQLDirectory.locate(configured: config.paths.sql)
        let catalogue = try IndicatorSetup.catalogue(config, sql: sql)
        guard catalogue.definitions.contains(where: { $0.id == indicator }) else {
            throw ValidationError("unknown indicator \"\(indicator)\"")
        }
        let connection = try await DatabaseSetup.connect(config, sql: sql, logger: logger)
        let settings = try IndicatorSetup.settings(config, asOf: asOf ?? Today.inLondon())
        let units = try await Engine(catalogue: catalogue).drillDown(
            indicator, service: service, periodStart: period, breakdown: breakdown, againstOnly: !all,
            on: connection, settings: settings)
        for unit in units {
            print(
                "\(unit.unitID)\t\(ResultTable.number(unit.numerator))\t\(ResultTable.number(unit.denominator))")
        }
        printError("\(units.count) record(s)")
    }
}
