import ArgumentParser
import Foundation
import Judgement
import Postgres
import Store

struct Alerts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the risk alerts, with their identity, state, since when, and cause.",
        discussion: """
            Alerts that have fired (firing, acknowledged or resolved), the newest change first. \
            An alert's identity is service/indicator/kind; a resolved alert that came back is a \
            new occurrence of it. --history ID prints every change of one alert instead.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    /// The states of a fired alert (a pending one is not an alert yet).
    enum State: String, ExpressibleByArgument, CaseIterable {
        case firing, acknowledged, resolved
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only alerts in this state: firing, acknowledged or resolved.")
    var state: State?

    @Option(help: ArgumentHelp("Print the history of this alert.", valueName: "alert-id"))
    var history: Int?

    @Option(help: "table or json.")
    var format: Format = .table

    func run() async throws {
        let (config, logger) = try global.start("alerts")
        let connection = try await DatabaseSetup.connect(config, logger: logger)
        if let history {
            let events = try await AlertStore.history(alertID: history, on: connection)
            guard !events.isEmpty else {
                printError("no alert \(history): yotqa alerts lists them")
                throw ExitCode(1)
            }
            for event in events { print(AlertListing.line(event, format: format == .json)) }
            return
        }
        let alerts = try await AlertStore.list(
            state: state.flatMap { AlertState(rawValue: $0.rawValue) }, on: connection)
        switch format {
        case .json: for alert in alerts { print(try AlertListing.json(alert)) }
        case .table: print(AlertListing.table(alerts), terminator: "")
        }
    }
}
