import ArgumentParser
import Foundation
import Indicators

struct Docs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the plain-English reference of the indicators (docs/indicators.md).",
        discussion: """
            Generated from the indicator files and the config (its settings and custom indicators), \
            for board members: what each indicator means, how it is counted, which way is better and \
            its settings. Needs no database.
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let config = try global.loadConfig()
        let sql = try SQLDirectory.locate(configured: config.paths.sql)
        let catalogue = try IndicatorSetup.catalogue(config, sql: sql)
        let settings = try IndicatorSetup.settings(config, asOf: Today.inLondon())
        let judging = try JudgingSetup.judging(config, catalogue: catalogue)
        print(
            ReferenceDocument.markdown(catalogue, settings: settings, judgement: judging.judgement), terminator: "")
    }
}
