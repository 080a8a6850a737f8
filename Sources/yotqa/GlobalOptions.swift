import ArgumentParser
import Config
import Foundation
import Logging
import Postgres

/// Options every database command shares: where the config file is.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("config"),
        help: ArgumentHelp("The configuration file.", valueName: "file"))
    var configPath: String = ProcessInfo.processInfo.environment["YOTQA_CONFIG"] ?? YotqaConfig.defaultPath

    /// Loads the config, or prints every problem in it and exits with status 78 (EX_CONFIG).
    func loadConfig() throws -> YotqaConfig {
        do {
            return try YotqaConfig.load(file: configPath)
        } catch {
            printError(error.description)
            throw ExitCode(78)
        }
    }

    /// The config, with logging set up from it.
    func start(_ label: String) throws -> (YotqaConfig, Logger) {
        let config = try loadConfig()
        LogSetup.bootstrap(level: config.log.level)
        return (config, Logger(label: "yotqa.\(label)"))
    }
}

extension DatabaseConfig {
    var postgres: PostgresConfiguration {
        PostgresConfiguration(
            conninfo: conninfo, passfile: passfile, connectTimeout: connectTimeout,
            statementTimeout: statementTimeout, applicationName: applicationName)
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}
