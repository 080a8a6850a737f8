import Dates
import Foundation
import Indicators
import Judgement
import Mail
import Postgres

/// Puts an alert into the words and figures of `AlertFacts`, from the cycle's judged figures. Only
/// figures and the service's name go in, counts from 1 to 4 as `[c]`; a failed query's database
/// message stays out (it may quote a record), and is shown by the API's cycle list instead.
struct AlertFactsBuilder {
    let definitions: [String: IndicatorDefinition]
    let judgement: JudgementSettings
    /// The latest figure of each series without breakdown, by service and indicator.
    let latest: [SeriesKey: JudgedValue]
    let apiURL: String?

    struct SeriesKey: Hashable {
        var service: String?
        var indicator: String
    }

    init(catalogue: Catalogue, judgement: JudgementSettings, judged: [JudgedValue], apiURL: String?) {
        definitions = Dictionary(catalogue.definitions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.judgement = judgement
        var latest: [SeriesKey: JudgedValue] = [:]
        for item in judged where item.value.breakdown == nil {
            let key = SeriesKey(service: item.value.serviceID, indicator: item.value.indicator)
            if let known = latest[key], known.value.periodStart >= item.value.periodStart { continue }
            latest[key] = item
        }
        self.latest = latest
        self.apiURL = apiURL
    }

    func serviceNames(_ session: PostgresSession) throws(PostgresError) -> [String: String] {
        var names: [String: String] = [:]
        for row in try session.query("SELECT service_id, name FROM yot.services") {
            names[try row.decode(String.self, 0)] = try row.decode(String?.self, 1) ?? ""
        }
        return names
    }

    func facts(
        _ notice: AlertFacts.Notice, record: AlertRecord, alertID: Int, names: [String: String], at now: Date
    ) -> AlertFacts {
        let identity = record.identity
        let definition = identity.indicator.flatMap { definitions[$0] }
        let figure = identity.indicator.flatMap { latest[SeriesKey(service: identity.service, indicator: $0)] }
        let bounds = identity.indicator.flatMap { judgement.thresholds(for: $0, service: identity.service) }
        var facts = AlertFacts(
            notice: notice, alertID: alertID, kind: identity.kind.rawValue, severity: record.severity.rawValue,
            serviceName: identity.service.map { names[$0].flatMap { $0.isEmpty ? nil : $0 } ?? $0 },
            indicatorTitle: definition?.title ?? identity.indicator,
            rule: Self.rule(identity.kind, definition: definition, bounds: bounds, rag: figure?.rag),
            cause: identity.kind == .computeFailed
                ? "the indicator's query failed in the latest cycle (the database's message is in GET /v1/cycles)"
                : record.cause,
            firedAt: record.firedAt ?? now,
            openFor: record.firedAt.map { MailDates.duration(now.timeIntervalSince($0)) },
            link: apiURL.map { "\($0)/v1/alerts/\(alertID)" })
        if identity.kind.judgesValues, let definition, let figure {
            fill(&facts, figure: figure, definition: definition, bounds: bounds)
        }
        return facts
    }

    /// The figure, its counts, period, interval and target.
    func fill(
        _ facts: inout AlertFacts, figure: JudgedValue, definition: IndicatorDefinition, bounds: Thresholds?
    ) {
        let value = figure.value
        let measure = definition.measure
        facts.rag = facts.kind == AlertKind.threshold.rawValue ? figure.rag?.rawValue : nil
        facts.value = DisplayText.value(value.value, measure)
        facts.shortValue =
            measure == .percent
            ? value.value.map { String(format: "%.0f%%", $0) } : DisplayText.value(value.value, measure)
        facts.target = bounds.map { DisplayText.bound($0.green, measure) }
        facts.period = DisplayText.period(value)
        if definition.measure.hasDenominator {
            // With one count hidden, the other and the value would give it back: hide both.
            let hidden = [value.numerator, value.denominator].contains { $0.map(DisplayText.isSmallCount) ?? false }
            facts.numerator = value.numerator.map { hidden ? "[c]" : DisplayText.count($0) }
            facts.denominator = value.denominator.map { hidden ? "[c]" : DisplayText.count($0) }
        }
        if let interval = figure.interval {
            let level = DisplayText.plain(judgement.confidence * 100, decimals: 1)
            facts.interval =
                String(format: "%.1f%% to %.1f%%", interval.lowerBound, interval.upperBound)
                + " (\(level)% confidence)"
        }
    }

    /// A percentage rounded to a whole number for a subject line ("58%"), or to one decimal when
    /// rounding would make it read as the target ("79.6%", not "80% (target 80%)").
    static func shortValue(_ value: Double?, _ measure: IndicatorDefinition.Measure, target: String?) -> String? {
        guard measure == .percent, let value else { return DisplayText.value(value, measure) }
        let whole = String(format: "%.0f%%", value)
        return whole == target && value != value.rounded() ? String(format: "%.1f%%", value) : whole
    }

    /// The rule that fired, in a sentence.
    static func rule(_ kind: AlertKind, definition: IndicatorDefinition?, bounds: Thresholds?, rag: RAG?) -> String {
        switch kind {
        case .threshold:
            guard let definition, let bounds else { return "the figure is outside the board's thresholds" }
            let side = definition.direction == .lower ? "above" : "below"
            if rag == .amber {
                return "amber: short of the target \(DisplayText.bound(bounds.green, definition.measure))"
            }
            return "red: \(side) \(DisplayText.bound(bounds.red, definition.measure)), the board's red bound "
                + "(target \(DisplayText.bound(bounds.green, definition.measure)))"
        case .spcConcern:
            return "a special cause of concern on the control chart (a point outside the process limits, a shift, "
                + "a trend or two of three points near a limit)"
        case .assuranceFail:
            return "the target is outside the process limits: the process will not meet it without a change"
        case .staleData:
            return "the service's latest extract is older than the allowed number of days; its other alerts are "
                + "held back until fresh data arrive"
        case .dataQuality:
            return "more of the service's records break a data rule than the allowed share"
        case .computeFailed:
            return "an indicator's query failed; its other figures are from the same cycle"
        case .calendarEnding:
            return "the bank holiday calendar runs out within six months: deadlines after it skip weekends only"
        case .deliveryFailed:
            return "email messages were given up on after their last try: the people they were for were not told"
        }
    }
}
