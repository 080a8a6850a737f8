import ArgumentParser
import Store

struct Acknowledge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Acknowledge a firing alert: say who is dealing with it, with a note.",
        discussion: """
            The alert stays acknowledged until its condition clears and it resolves; the \
            acknowledgement is kept in its history (yotqa alerts --history ID).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The alert's id (yotqa alerts lists them).", valueName: "alert-id"))
    var alertID: Int

    @Option(help: ArgumentHelp("Who is acknowledging it.", valueName: "name"))
    var by: String

    @Option(help: "What is being done about it.")
    var note: String

    func run() async throws {
        let (config, logger) = try global.start("acknowledge")
        let connection = try await DatabaseSetup.connect(config, logger: logger)
        let alert = try await AlertStore.acknowledge(alertID: alertID, by: by, note: note, on: connection)
        print("alert \(alert.alertID) \(alert.record.identity) acknowledged by \(by)")
    }
}
