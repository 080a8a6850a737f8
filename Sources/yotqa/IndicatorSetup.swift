import Config
import Dates
import Foundation
import Indicators
import Postgres
import Store

/// Turns the config's `indicators` section into the catalogue and the engine's settings.
enum IndicatorSetup {
    static func catalogue(_ config: YotqaConfig, sql: URL) throws -> Catalogue {
        try Catalogue.load(sqlDirectory: sql, custom: config.indicators.custom.map { URL(fileURLWithPath: $0) })
    }

    struct BadDeadline: Error, CustomStringConvertible {
        var description: String
    }

    static func settings(_ config: YotqaConfig, asOf: LocalDate) throws -> EngineSettings {
        let section = config.indicators
        var deadlines = DeadlineRule.defaults
        for (id, configured) in section.deadlines {
            guard let base = deadlines[id] ?? Self.complete(configured) else {
                throw BadDeadline(
                    description: "indicators.deadlines.\(id): not a deadline indicator of the catalogue, so "
                        + "milestone, clock and days must all be given")
            }
            deadlines[id] = DeadlineRule(
                milestone: configured.milestone ?? base.milestone,
                clock: configured.clock.flatMap { DeadlineRule.Clock(rawValue: $0.rawValue) } ?? base.clock,
                days: configured.days ?? base.days)
        }
        return EngineSettings(
            asOf: asOf, quarters: section.quarters, months: section.months,
            minimumDenominator: Double(section.minimumDenominator), statementTimeout: section.statementTimeout,
            caseloadLimit: section.caseloadLimit, deadlines: deadlines,
            minimumDenominators: section.minimumDenominators.mapValues(Double.init), connections: section.connections)
    }

    /// A deadline for an indicator the catalogue does not know: usable only when fully given.
    private static func complete(_ configured: DeadlineConfig) -> DeadlineRule? {
        guard let milestone = configured.milestone, let clock = configured.clock, let days = configured.days,
            let rule = DeadlineRule.Clock(rawValue: clock.rawValue)
        else { return nil }
        return DeadlineRule(milestone: milestone, clock: rule, days: days)
    }
}

extension IndicatorSetup {
    /// Replaces the bank holiday table with the config's file, when one is named (a no-op when the
    /// table already matches it).
    static func applyBankHolidays(_ config: YotqaConfig, on connection: PostgresConnection) async throws {
        guard let path = config.indicators.bankHolidays else { return }
        let holidays = try BankHolidays.parse(try String(contentsOfFile: path, encoding: .utf8), file: path)
        try await BankHolidays.replace(with: holidays, on: connection)
    }
}
