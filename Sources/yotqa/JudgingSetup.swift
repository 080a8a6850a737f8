import Config
import Indicators
import Judgement
import Store

/// Turns the config's `judgement` and `alerts` sections into a cycle's judging, checked against
/// the catalogue: thresholds and rebases must name its indicators, and bounds suit their direction.
/// With a `mail` section, the alert changes of each cycle queue their email.
enum JudgingSetup {
    struct BadJudgement: Error, CustomStringConvertible {
        var description: String
    }

    static func judging(_ config: YotqaConfig, catalogue: Catalogue) throws -> CycleJudging {
        let section = config.judgement
        let directions = Dictionary(
            catalogue.definitions.map { ($0.id, $0.direction) }, uniquingKeysWith: { first, _ in first })
        var problems: [String] = []
        var overrides: [String: Thresholds] = [:]
        var perService: [String: [String: Thresholds]] = [:]
        for (id, configured) in section.thresholds.sorted(by: { $0.key < $1.key }) {
            guard let direction = directions[id] else {
                problems.append("judgement.thresholds.\(id): not an indicator of the catalogue")
                continue
            }
            let bounds = Thresholds(green: configured.green, red: configured.red)
            if let problem = bounds.problem(direction: direction) {
                problems.append("judgement.thresholds.\(id): \(problem)")
            }
            overrides[id] = bounds
            for (service, own) in configured.services.sorted(by: { $0.key < $1.key }) {
                let serviceBounds = Thresholds(green: own.green, red: own.red)
                if let problem = serviceBounds.problem(direction: direction) {
                    problems.append("judgement.thresholds.\(id).services.\(service): \(problem)")
                }
                perService[id, default: [:]][service] = serviceBounds
            }
        }
        for rebase in section.rebases where directions[rebase.indicator] == nil {
            problems.append("judgement.rebases: '\(rebase.indicator)' is not an indicator of the catalogue")
        }
        guard problems.isEmpty else { throw BadJudgement(description: problems.joined(separator: "\n")) }
        let judgement = JudgementSettings(
            confidence: section.confidence, spc: SPCSettings(runLength: section.runLength),
            thresholds: JudgementSettings.thresholds(of: catalogue, overrides: overrides),
            serviceThresholds: perService,
            rebases: section.rebases.map {
                JudgementSettings.Rebase(indicator: $0.indicator, service: $0.service, from: $0.from)
            })
        let alerts = config.alerts
        return CycleJudging(
            judgement: judgement,
            alerts: AlertSettings(
                policy: AlertPolicy(fireAfter: alerts.fireAfter, resolveAfter: alerts.resolveAfter),
                amberWarnings: alerts.amberWarnings, staleAfterDays: alerts.staleAfterDays,
                dataQualityPercent: alerts.dataQualityPercent),
            mail: try MailSetup.settings(config))
    }
}
