import API
import Config
import Foundation
import Indicators
import Logging
import Mail
import Store

/// What `yotqa serve` takes from its config and can replace on SIGHUP without a restart: the API
/// tokens, the cycle's judging (thresholds, alert rules, mail routing), the schedule, and the mail
/// sender, reminders and digest (with the SMTP password read again); the schedule is read from
/// the config in force. A reload builds all of it from the new file first and replaces it only
/// when every part built, so a bad file changes nothing.
final class ServeState: Sendable {
    let config: Reloadable<YotqaConfig>
    let runner: Reloadable<CycleRunner>
    let tokens: Reloadable<TokenBook>
    let mail: Reloadable<MailParts?>
    let catalogue: Catalogue
    let engine: Engine
    let logger: Logger

    /// The schedule in force: a reload applies from the next wait.
    var schedule: ScheduleConfig { config.value.schedule }

    /// The mail side of the daemon; nil when mail is off.
    struct MailParts: Sendable {
        var sender: OutboxSender
        var followUps: AlertFollowUps
        var digest: Digest
    }

    /// The parts built from one config.
    struct Parts {
        var runner: CycleRunner
        var tokens: TokenBook
        var mail: MailParts?
    }

    init(config: YotqaConfig, catalogue: Catalogue, logger: Logger) throws {
        self.catalogue = catalogue
        engine = Engine(catalogue: catalogue)
        self.logger = logger
        let parts = try Self.parts(config, catalogue: catalogue, engine: engine, logger: logger)
        self.config = Reloadable(config)
        runner = Reloadable(parts.runner)
        tokens = Reloadable(parts.tokens)
        mail = Reloadable(parts.mail)
    }

    static func parts(_ config: YotqaConfig, catalogue: Catalogue, engine: Engine, logger: Logger) throws -> Parts {
        let judging = try JudgingSetup.judging(config, catalogue: catalogue)
        _ = try IndicatorSetup.settings(config, asOf: Today.inLondon())
        var mail: MailParts?
        if let settings = judging.mail, let transport = try MailSetup.transport(config) {
            mail = MailParts(
                sender: MailSetup.sender(config, settings: settings, transport: transport, logger: logger),
                followUps: AlertFollowUps(settings: settings, catalogue: catalogue, judgement: judging.judgement),
                digest: Digest(catalogue: catalogue, judgement: judging.judgement, settings: settings))
        }
        return Parts(
            runner: CycleRunner(engine: engine, judging: judging, logger: logger),
            tokens: try TokenSetup.book(config.api), mail: mail)
    }

    /// Replaces what can be replaced by what `new` says; throws, changing nothing, when it is
    /// wrong. Returns what changed that only a restart applies.
    func reload(_ new: YotqaConfig) throws -> [String] {
        let parts = try Self.parts(new, catalogue: catalogue, engine: engine, logger: logger)
        let old = config.value
        var restart: [String] = []
        if new.database != old.database { restart.append("database") }
        if new.paths != old.paths { restart.append("paths") }
        if new.log != old.log { restart.append("log") }
        if new.indicators.custom != old.indicators.custom || new.indicators.bankHolidays != old.indicators.bankHolidays
        {
            restart.append("indicators.custom or indicators.bank_holidays")
        }
        if new.api.listen != old.api.listen || new.api.port != old.api.port
            || new.api.maxBodyBytes != old.api.maxBodyBytes
        {
            restart.append("api.listen, api.port or api.max_body_bytes")
        }
        if (new.mail == nil) != (old.mail == nil) || new.mail?.digest != old.mail?.digest {
            restart.append("mail being on or off, or mail.digest")
        }
        config.replace(with: new)
        runner.replace(with: parts.runner)
        tokens.replace(with: parts.tokens)
        mail.replace(with: parts.mail)
        return restart
    }
}
