public import Dates
public import Judgement

/// The conditions that hold after a cycle: what would make each kind of alert fire.
public struct AlertConditions: Sendable {
    public var catalogue: Catalogue
    public var judgement: JudgementSettings
    public var settings: AlertSettings

    public init(catalogue: Catalogue, judgement: JudgementSettings, settings: AlertSettings) {
        self.catalogue = catalogue
        self.judgement = judgement
        self.settings = settings
    }

    /// What the cycle's evidence says. `records` counts each service's records (the base of the
    /// data-quality share); `calendarLastDay` is the last bank holiday in the calendar table.
    public func find(
        judged: [JudgedValue], failures: [IndicatorFailure], records: [String: Int], calendarLastDay: LocalDate?,
        asOf: LocalDate
    ) -> [AlertCondition] {
        let definitions = Dictionary(catalogue.definitions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var latest: [String: JudgedValue] = [:]
        var latestOK: [String: JudgedValue] = [:]
        for item in judged where item.value.breakdown == nil && item.value.serviceID != nil {
            let key = "\(item.value.serviceID ?? "")\u{0}\(item.value.indicator)"
            if latest[key].map({ $0.value.periodStart < item.value.periodStart }) ?? true { latest[key] = item }
            if item.value.status == .ok, item.value.value != nil,
                latestOK[key].map({ $0.value.periodStart < item.value.periodStart }) ?? true
            {
                latestOK[key] = item
            }
        }
        var conditions: [AlertCondition] = []
        for item in latest.values {
            guard let definition = definitions[item.value.indicator] else { continue }
            conditions += threshold(item, definition) + health(item, records: records)
        }
        for item in latestOK.values {
            guard let definition = definitions[item.value.indicator] else { continue }
            conditions += process(item, definition)
        }
        for failure in failures {
            conditions.append(
                AlertCondition(
                    identity: AlertIdentity(service: nil, indicator: failure.indicator, kind: .computeFailed),
                    severity: .warning, cause: "the query failed: \(failure.error)"))
        }
        if let ending = calendarEnding(lastDay: calendarLastDay, asOf: asOf) { conditions.append(ending) }
        return conditions.sorted { $0.identity < $1.identity }
    }

    /// Red (or, with amber warnings, amber) on the latest complete period.
    func threshold(_ item: JudgedValue, _ definition: IndicatorDefinition) -> [AlertCondition] {
        guard let rag = item.rag, rag == .red || (rag == .amber && settings.amberWarnings),
            let bounds = judgement.thresholds(for: definition.id, service: item.value.serviceID)
        else { return [] }
        let cause =
            "\(DisplayText.value(item.value.value, definition.measure)) for \(DisplayText.period(item.value)): "
            + "\(rag.rawValue) (target \(DisplayText.bound(bounds.green, definition.measure)), "
            + "red beyond \(DisplayText.bound(bounds.red, definition.measure)))"
        return [
            AlertCondition(
                identity: AlertIdentity(service: item.value.serviceID, indicator: definition.id, kind: .threshold),
                severity: rag == .red ? .critical : .warning, cause: cause)
        ]
    }

    /// A special cause of concern on the latest point, and a process consistently failing its target.
    func process(_ item: JudgedValue, _ definition: IndicatorDefinition) -> [AlertCondition] {
        var found: [AlertCondition] = []
        let service = item.value.serviceID
        let shown = "\(DisplayText.value(item.value.value, definition.measure)) for \(DisplayText.period(item.value))"
        let concerns = item.signals.filter { $0.variation == .concern }.map(\.rule.rawValue)
        if !concerns.isEmpty {
            found.append(
                AlertCondition(
                    identity: AlertIdentity(service: service, indicator: definition.id, kind: .spcConcern),
                    severity: .warning,
                    cause: "special cause of concern (\(concerns.joined(separator: ", "))) at \(shown)"))
        }
        if item.assurance == .consistentlyFailing, let limits = item.limits,
            let bounds = judgement.thresholds(for: definition.id, service: service)
        {
            let range =
                "\(DisplayText.bound(limits.lower, definition.measure)) to "
                + "\(DisplayText.bound(limits.upper, definition.measure))"
            found.append(
                AlertCondition(
                    identity: AlertIdentity(service: service, indicator: definition.id, kind: .assuranceFail),
                    severity: .warning,
                    cause: "the target \(DisplayText.bound(bounds.green, definition.measure)) is outside the "
                        + "process limits (\(range)): it will not be met without a change, latest \(shown)"))
        }
        return found
    }

    /// Stale data (from `data_freshness_days`) and a high share of broken records (`data_quality_issues`).
    func health(_ item: JudgedValue, records: [String: Int]) -> [AlertCondition] {
        guard let service = item.value.serviceID else { return [] }
        switch item.value.indicator {
        case "data_freshness_days":
            let days = item.value.value
            guard days.map({ $0 > Double(settings.staleAfterDays) }) ?? true else { return [] }
            let cause =
                days.map { "the latest extract is \(Int($0)) days old (limit \(settings.staleAfterDays))" }
                ?? "no extract on or before \(item.value.periodEnd)"
            return [
                AlertCondition(
                    identity: AlertIdentity(service: service, indicator: item.value.indicator, kind: .staleData),
                    severity: .critical, cause: cause)
            ]
        case "data_quality_issues":
            guard let issues = item.value.value, let total = records[service], total > 0 else { return [] }
            let percent = 100 * issues / Double(total)
            guard percent > settings.dataQualityPercent else { return [] }
            let cause =
                "\(String(format: "%.1f", percent))% of the service's \(DisplayText.count(Double(total))) records break a data rule "
                + "(limit \(DisplayText.bound(settings.dataQualityPercent, .percent)))"
            return [
                AlertCondition(
                    identity: AlertIdentity(service: service, indicator: item.value.indicator, kind: .dataQuality),
                    severity: .warning, cause: cause)
            ]
        default:
            return []
        }
    }

    /// The bank holiday calendar covers up to the end of the year of its last day; it is ending
    /// when that is less than six months after the as-of date.
    func calendarEnding(lastDay: LocalDate?, asOf: LocalDate) -> AlertCondition? {
        let identity = AlertIdentity(service: nil, indicator: nil, kind: .calendarEnding)
        guard let lastDay, let yearEnd = LocalDate(year: lastDay.year, month: 12, day: 31) else {
            return AlertCondition(
                identity: identity, severity: .warning,
                cause: "the bank holiday calendar is empty: deadlines skip weekends only")
        }
        guard asOf.adding(months: 6) > yearEnd else { return nil }
        return AlertCondition(
            identity: identity, severity: .warning,
            cause: "the bank holiday calendar ends on \(yearEnd): add the next years' holidays "
                + "(indicators.bank_holidays) before then, or deadlines will skip weekends only")
    }
}
