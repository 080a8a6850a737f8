import ArgumentParser
import Foundation
import Postgres

struct InitContract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init-contract",
        abstract: "Create schema yot, the source data contract, from sql/contract.sql.",
        discussion: """
            For a demo, a test or a data team building its extract: creates the contract's tables, \
            empty. A council that fills yot with views of its own does not need this. Fails if schema \
            yot already has tables, unless --replace is given, which drops schema yot and its data first.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Drop schema yot, with all its data, before creating it.")
    var replace = false

    func run() async throws {
        let (config, logger) = try global.start("init-contract")
        let sql = try SQLDirectory.locate(configured: config.paths.sql)
        let contract = try String(contentsOf: sql.appendingPathComponent("contract.sql"), encoding: .utf8)
        let connection = try await PostgresConnection.connect(configuration: config.database.postgres, logger: logger)
        let replace = self.replace
        try await connection.transaction { session in
            if replace {
                try session.runScript("SET LOCAL client_min_messages = warning; DROP SCHEMA IF EXISTS yot CASCADE")
            }
            try session.runScript(contract)
        }
        print("schema yot created from \(sql.appendingPathComponent("contract.sql").path)")
    }
}
