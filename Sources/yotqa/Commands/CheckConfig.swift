import ArgumentParser
import Config
import Foundation

struct CheckConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate a configuration file without starting anything.",
        discussion: """
            Reports every problem in the file, each with its file, line, column and key and what is \
            expected, and exits with status 78 if there is any; prints "ok" and exits 0 otherwise.
            """
    )

    @Argument(help: ArgumentHelp("The configuration file to check.", valueName: "file"))
    var file: String = ProcessInfo.processInfo.environment["YOTQA_CONFIG"] ?? YotqaConfig.defaultPath

    func run() throws {
        do {
            _ = try YotqaConfig.load(file: file)
            print("\(file): ok")
        } catch {
            printError(error.description)
            throw ExitCode(78)
        }
    }
}
