public import Judgement

/// A figure with its judgement: RAG, interval, control limits, signals and assurance.
public struct JudgedValue: Sendable, Equatable {
    public var value: IndicatorValue
    /// nil for neutral indicators, figures that are not `ok`, and indicators without thresholds.
    public var rag: RAG?
    /// The Wilson interval of a proportion, in percent, whenever its denominator is above 0.
    public var interval: ClosedRange<Double>?
    /// The control limits of this point; nil when it is not `ok` or its series is too short.
    public var limits: ProcessLimits?
    public var signals: [Signal]
    /// On the latest point of a series only.
    public var assurance: Assurance?

    public init(
        value: IndicatorValue, rag: RAG? = nil, interval: ClosedRange<Double>? = nil, limits: ProcessLimits? = nil,
        signals: [Signal] = [], assurance: Assurance? = nil
    ) {
        self.value = value
        self.rag = rag
        self.interval = interval
        self.limits = limits
        self.signals = signals
        self.assurance = assurance
    }
}
