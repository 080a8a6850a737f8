public import Dates

/// One computed figure: an indicator for a service, a period and a breakdown.
public struct IndicatorValue: Sendable, Equatable {
    public enum Status: String, Sendable {
        case ok
        /// The denominator is below the minimum: shown, never rated or alerted on.
        case insufficientData = "insufficient_data"
        /// A reoffending cohort still inside its 18-month window: its figure may still rise.
        case provisional
    }

    /// nil for records that reach no service (data-quality issues only).
    public var serviceID: String?
    public var indicator: String
    public var periodStart: LocalDate
    public var periodEnd: LocalDate
    /// `tier=custody`, `respondent=child`, …; nil on the total row.
    public var breakdown: String?
    public var numerator: Double?
    /// nil for counts and day figures, which have none.
    public var denominator: Double?
    public var value: Double?
    public var status: Status

    public init(
        serviceID: String?, indicator: String, periodStart: LocalDate, periodEnd: LocalDate, breakdown: String?,
        numerator: Double?, denominator: Double?, value: Double?, status: Status
    ) {
        self.serviceID = serviceID
        self.indicator = indicator
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.breakdown = breakdown
        self.numerator = numerator
        self.denominator = denominator
        self.value = value
        self.status = status
    }
}
