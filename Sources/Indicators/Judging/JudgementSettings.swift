public import Dates
public import Judgement

/// How a cycle's figures are judged: the thresholds in force, the intervals, the control charts.
public struct JudgementSettings: Sendable, Equatable {
    /// The Wilson intervals' confidence level.
    public var confidence: Double
    public var spc: SPCSettings
    /// By indicator id: the config's bounds, or else the catalogue's example bounds.
    public var thresholds: [String: Thresholds]
    /// By indicator id, then service id: bounds for one service that replace the indicator's.
    public var serviceThresholds: [String: [String: Thresholds]]
    public var rebases: [Rebase]

    /// A process change: limits are recalculated from the first period starting on or after `from`.
    public struct Rebase: Sendable, Equatable {
        public var indicator: String
        /// nil: every service.
        public var service: String?
        public var from: LocalDate

        public init(indicator: String, service: String?, from: LocalDate) {
            self.indicator = indicator
            self.service = service
            self.from = from
        }
    }

    public init(
        confidence: Double = 0.95, spc: SPCSettings = SPCSettings(), thresholds: [String: Thresholds] = [:],
        serviceThresholds: [String: [String: Thresholds]] = [:], rebases: [Rebase] = []
    ) {
        self.confidence = confidence
        self.spc = spc
        self.thresholds = thresholds
        self.serviceThresholds = serviceThresholds
        self.rebases = rebases
    }

    /// The catalogue's example thresholds, with `overrides` (by indicator id) in their place.
    public static func thresholds(
        of catalogue: Catalogue, overrides: [String: Thresholds]
    ) -> [String: Thresholds] {
        var result: [String: Thresholds] = [:]
        for definition in catalogue.definitions {
            result[definition.id] = overrides[definition.id] ?? definition.thresholds
        }
        return result
    }

    /// The bounds that rate `indicator` for `service`.
    public func thresholds(for indicator: String, service: String?) -> Thresholds? {
        if let service, let own = serviceThresholds[indicator]?[service] { return own }
        return thresholds[indicator]
    }
}
