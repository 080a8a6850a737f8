import Indicators
import Judgement
import Mail

/// Each service's latest figure of every indicator (without breakdowns), with its direction of
/// travel from the period before.
struct DigestFigures {
    let catalogue: Catalogue
    let judgement: JudgementSettings

    func services(_ services: [ServiceName], judged: [JudgedValue]) -> [DigestFacts.ServiceFigures] {
        var series: [String: [String: [JudgedValue]]] = [:]
        for item in judged where item.value.breakdown == nil {
            guard let service = item.value.serviceID else { continue }
            series[service, default: [:]][item.value.indicator, default: []].append(item)
        }
        return services.compactMap { service in
            guard let indicators = series[service.id] else { return nil }
            let figures = catalogue.definitions.compactMap { definition -> DigestFacts.Figure? in
                let points = (indicators[definition.id] ?? []).sorted { $0.value.periodStart < $1.value.periodStart }
                guard let latest = points.last else { return nil }
                let previous = points.dropLast().last
                return figure(latest, previous: previous, definition: definition, service: service.id)
            }
            return DigestFacts.ServiceFigures(serviceID: service.id, name: service.name, figures: figures)
        }
    }

    func figure(_ latest: JudgedValue, previous: JudgedValue?, definition: IndicatorDefinition, service: String)
        -> DigestFacts.Figure
    {
        let bounds = judgement.thresholds(for: definition.id, service: service)
        return DigestFacts.Figure(
            indicatorID: definition.id, title: definition.title, period: DisplayText.period(latest.value),
            value: DisplayText.value(latest.value.value, definition.measure), rag: latest.rag?.rawValue,
            travel: Self.travel(from: previous?.value.value, to: latest.value.value, direction: definition.direction),
            target: bounds.map { DisplayText.bound($0.green, definition.measure) }, status: latest.value.status.rawValue
        )
    }

    /// Better or worse in the indicator's direction; up or down where neither is better.
    static func travel(from previous: Double?, to latest: Double?, direction: Direction) -> DigestFacts.Travel {
        guard let previous, let latest else { return .none }
        let change = latest - previous
        if abs(change) < 1e-9 { return .unchanged }
        switch direction {
        case .higher: return change > 0 ? .improving : .worsening
        case .lower: return change < 0 ? .improving : .worsening
        case .neutral: return change > 0 ? .up : .down
        }
    }
}
