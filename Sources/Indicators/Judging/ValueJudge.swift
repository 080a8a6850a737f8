import Dates
public import Judgement

/// Judges a cycle's figures (the rules of INDICATORS.md, "Judging an indicator").
public enum ValueJudge {
    /// Every figure of `values`, judged, in the same order. A series is the `ok` rows of one
    /// (service, indicator, breakdown) in period order; its chart is a p-chart for percentages and
    /// an XmR chart for everything else.
    public static func judge(
        _ values: [IndicatorValue], catalogue: Catalogue, settings: JudgementSettings
    ) -> [JudgedValue] {
        let definitions = Dictionary(catalogue.definitions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var judged = values.map { value in
            JudgedValue(value: value, interval: interval(value, definitions[value.indicator], settings))
        }
        var series: [SeriesKey: [Int]] = [:]
        for (index, value) in values.enumerated() where value.status == .ok && value.value != nil {
            series[SeriesKey(value), default: []].append(index)
        }
        for (key, unordered) in series {
            guard let definition = definitions[key.indicator] else { continue }
            let indices = unordered.sorted { values[$0].periodStart < values[$1].periodStart }
            let target = settings.thresholds(for: key.indicator, service: key.service)
            for index in indices {
                if let target, let number = values[index].value {
                    judged[index].rag = target.rate(number, direction: definition.direction)
                }
            }
            let points = indices.map { index in
                ChartPoint(
                    value: values[index].value ?? 0, numerator: values[index].numerator,
                    denominator: values[index].denominator)
            }
            let rebases = rebaseIndices(key, starts: indices.map { values[$0].periodStart }, settings)
            let charted = ProcessChart.judge(
                points, kind: definition.measure == .percent ? .p : .xmr, direction: definition.direction,
                rebases: rebases, settings: settings.spc)
            for (offset, index) in indices.enumerated() {
                judged[index].limits = charted[offset].limits
                judged[index].signals = charted[offset].signals
            }
            if let last = indices.last, let target {
                judged[last].assurance = Assurance.of(
                    target: target.green, limits: judged[last].limits, direction: definition.direction)
            }
        }
        return judged
    }

    /// The Wilson interval in percent of a percentage with a denominator above 0.
    static func interval(
        _ value: IndicatorValue, _ definition: IndicatorDefinition?, _ settings: JudgementSettings
    ) -> ClosedRange<Double>? {
        guard definition?.measure == .percent, let numerator = value.numerator, let denominator = value.denominator,
            let proportion = Wilson.interval(
                successes: numerator, trials: denominator, confidence: settings.confidence)
        else { return nil }
        return 100 * proportion.lowerBound...100 * proportion.upperBound
    }

    /// Where the series' limits are recalculated: for each rebase of its indicator (and service, or
    /// every service), the first point starting on or after the rebase date.
    static func rebaseIndices(_ key: SeriesKey, starts: [LocalDate], _ settings: JudgementSettings) -> [Int] {
        settings.rebases.compactMap { rebase in
            guard rebase.indicator == key.indicator, rebase.service == nil || rebase.service == key.service else {
                return nil
            }
            return starts.firstIndex { $0 >= rebase.from }
        }
    }

    struct SeriesKey: Hashable {
        var service: String?
        var indicator: String
        var breakdown: String?

        init(_ value: IndicatorValue) {
            service = value.serviceID
            indicator = value.indicator
            breakdown = value.breakdown
        }
    }
}
