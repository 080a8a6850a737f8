import Dates

/// The catalogue's arithmetic: value from numerator and denominator, and the status rules.
enum Calculation {
    static func value(_ measure: IndicatorDefinition.Measure, numerator: Double?, denominator: Double?) -> Double? {
        guard let numerator else { return nil }
        switch measure {
        case .count, .days:
            return numerator
        case .percent, .per100000, .per1000, .ratio:
            guard let denominator, denominator > 0 else { return nil }
            return numerator / denominator * scale(measure)
        }
    }

    static func scale(_ measure: IndicatorDefinition.Measure) -> Double {
        switch measure {
        case .percent: return 100
        case .per100000: return 100_000
        case .per1000: return 1000
        case .ratio, .count, .days: return 1
        }
    }

    /// Small numbers first (they take precedence), then the provisional window.
    static func status(
        _ definition: IndicatorDefinition, value: Double?, denominator: Double?, periodEnd: LocalDate,
        settings: EngineSettings
    ) -> IndicatorValue.Status {
        if value == nil { return .insufficientData }
        if definition.measure.hasDenominator, !definition.smallNumbersExempt,
            (denominator ?? 0) < settings.minimumDenominator(for: definition.id)
        {
            return .insufficientData
        }
        if let months = definition.provisionalMonths, settings.asOf <= periodEnd.adding(months: months) {
            return .provisional
        }
        return .ok
    }
}
