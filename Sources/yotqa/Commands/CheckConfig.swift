import ArgumentParser
import Config
import Foundation
import Indicators
import Logging
import Postgres
import Store

struct CheckConfig: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate a configuration file without starting anything.",
        discussion: """
            Reports every problem in the file, each with its file, line, column and key and what is \
            expected; then checks the indicator catalogue, the council's own indicator files \
            (indicators.custom) and bank holiday file, and the mail addresses. The SMTP password \
            file is read when the daemon starts (systemd's credentials exist only for the service). \
            A custom indicator's query is run against the database (read-only, LIMIT 0) so a broken query is \
            reported with its file and the database's message; --offline skips that. Exits with status 78 if there is any problem; \
            prints "ok" and exits 0 otherwise.
            """
    )

    @Argument(help: ArgumentHelp("The configuration file to check.", valueName: "file"))
    var file: String = ProcessInfo.processInfo.environment["YOTQA_CONFIG"] ?? YotqaConfig.defaultPath

    @Flag(help: "Do not connect to the database to check custom indicators' queries.")
    var offline = false

    func run() async throws {
        let config: YotqaConfig
        do {
            config = try YotqaConfig.load(file: file)
        } catch {
            printError(error.description)
            throw ExitCode(78)
        }
        var problems: [String] = []
        do {
            let sql = try SQLDirectory.locate(configured: config.paths.sql)
            let catalogue = try IndicatorSetup.catalogue(config, sql: sql)
            let settings = try IndicatorSetup.settings(config, asOf: Today.inLondon())
            _ = try JudgingSetup.judging(config, catalogue: catalogue)
            _ = try TokenSetup.book(config.api)
            _ = try MailSetup.settings(config)
            if let path = config.indicators.bankHolidays {
                _ = try BankHolidays.parse(try String(contentsOfFile: path, encoding: .utf8), file: path)
            }
            if !config.indicators.custom.isEmpty && !offline {
                problems += try await checkCustom(catalogue, settings: settings, config: config)
            }
        } catch {
            problems.append("\(error)")
        }
        guard problems.isEmpty else {
            for problem in problems { printError(problem) }
            throw ExitCode(78)
        }
        print("\(file): ok")
    }

    /// Runs each custom indicator's query against the database; problems name the file.
    private func checkCustom(_ catalogue: Catalogue, settings: EngineSettings, config: YotqaConfig) async throws
        -> [String]
    {
        var logger = Logger(label: "yotqa.check-config")
        logger.logLevel = .error
        let connection = try await PostgresConnection.connect(configuration: config.database.postgres, logger: logger)
        let customIDs = Set(
            catalogue.definitions.filter { config.indicators.custom.contains($0.file.path) }.map(\.id))
        let found = try await Engine(catalogue: catalogue).validate(on: connection, settings: settings, only: customIDs)
        return catalogue.definitions.compactMap { definition in
            found[definition.id].map { "\(definition.file.path): \($0)" }
        }
    }
}
