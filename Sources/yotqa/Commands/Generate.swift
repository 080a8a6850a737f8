import ArgumentParser
import Dates
import Foundation
import Postgres
import Synthetic

struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load a deterministic synthetic data set into schema yot, for demos, tests and benchmarks.",
        discussion: """
            Invents services, children, offences, interventions, milestones, outcome statuses, victims, \
            court reports, board meetings, audits and feedback, with a small share of deliberately bad \
            records breaking each validation rule of the data contract. No real person's data is used. \
            The same options give the same data. The national data set is about --services 150 \
            --children 400000 (1,000,000 interventions). Prints the time taken and rows per second.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Number of youth justice services.")
    var services: Int = 3

    @Option(help: "Number of children, over all services.")
    var children: Int = 3000

    @Option(help: "Number of interventions, over all services (default: about 2.5 per child).")
    var interventions: Int?

    @Option(help: "Seed of the pseudo-random generator: the same seed gives the same data.")
    var seed: UInt64 = 1

    @Option(help: "The last day the data reach, as YYYY-MM-DD (default: today).", transform: parseDate)
    var asOf: LocalDate?

    @Flag(help: "Delete whatever schema yot holds before loading.")
    var replace = false

    func validate() throws {
        guard services >= 1 else { throw ValidationError("--services must be at least 1") }
        guard children >= services else { throw ValidationError("--children must be at least --services") }
        if let interventions, interventions < children {
            throw ValidationError("--interventions must be at least --children")
        }
    }

    func run() async throws {
        let (config, logger) = try global.start("generate")
        let spec = SyntheticSpec(
            services: services, children: children, interventions: interventions, seed: seed,
            asOf: asOf ?? Today.inLondon())
        let connection = try await PostgresConnection.connect(configuration: config.database.postgres, logger: logger)
        let report = try await SyntheticLoader(connection: connection, logger: logger)
            .load(SyntheticGenerator(spec: spec), replace: replace)
        for table in ContractTable.allCases {
            print("\(table.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)) \(report.rows[table] ?? 0)")
        }
        let perSecond = Double(report.totalRows) / max(report.loadSeconds, 0.001)
        print(
            String(
                format: "loaded %d rows in %.1f s (%.0f rows/s), then analysed in %.1f s", report.totalRows,
                report.loadSeconds, perSecond, report.analyseSeconds))
    }
}

func parseDate(_ text: String) throws -> LocalDate {
    guard let date = LocalDate(text) else { throw ValidationError("expected a date as YYYY-MM-DD, got \"\(text)\"") }
    return date
}
