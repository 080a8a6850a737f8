import ArgumentParser
import Dates
import Foundation
import Store

struct Silence: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Silence the alerts of an indicator and/or a service for a while, or end a silence.",
        discussion: """
            A silenced alert still fires, resolves and keeps its history, but is held back: it sends \
            nothing. Every silence has a reason, an author and an end; it takes effect at the next \
            cycle.
            """,
        subcommands: [Add.self, End.self, List.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a silence.")

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("The service (omit for every service).", valueName: "id"))
        var service: String?

        @Option(help: ArgumentHelp("The indicator (omit for every indicator).", valueName: "id"))
        var indicator: String?

        @Option(help: "Why, for whoever reads the alert history.")
        var reason: String

        @Option(help: ArgumentHelp("Who is silencing.", valueName: "name"))
        var by: String

        @Option(
            help: "The last day of the silence, YYYY-MM-DD (it ends at midnight after it, UK time).",
            transform: parseDate)
        var until: LocalDate

        func run() async throws {
            let (config, logger) = try global.start("silence")
            let connection = try await DatabaseSetup.connect(config, logger: logger)
            let id = try await AlertStore.createSilence(
                service: service, indicator: indicator, reason: reason, author: by,
                endsAt: Today.startInLondon(of: until.adding(days: 1)), on: connection)
            print("silence \(id) added until the end of \(until)")
        }
    }

    struct End: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "End a silence now.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The silence's id.", valueName: "silence-id"))
        var silenceID: Int

        @Option(help: ArgumentHelp("Who is ending it.", valueName: "name"))
        var by: String

        func run() async throws {
            let (config, logger) = try global.start("silence")
            let connection = try await DatabaseSetup.connect(config, logger: logger)
            guard try await AlertStore.endSilence(silenceID, by: by, on: connection) else {
                throw ValidationError("no silence \(silenceID) is in force")
            }
            print("silence \(silenceID) ended")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the silences in force.")

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let (config, logger) = try global.start("silence")
            let connection = try await DatabaseSetup.connect(config, logger: logger)
            let silences = try await AlertStore.silences(at: Date(), on: connection)
            guard !silences.isEmpty else { return print("no silences in force") }
            let rows = silences.map { silence in
                [
                    String(silence.id), silence.service ?? "*", silence.indicator ?? "*",
                    AlertListing.timestamp(silence.endsAt), silence.author, silence.reason,
                ]
            }
            print(
                ResultTable.layout([["id", "service", "indicator", "ends", "by", "reason"]] + rows, numeric: [0]),
                terminator: "")
        }
    }
}
