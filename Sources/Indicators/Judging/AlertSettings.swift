public import Judgement

/// When conditions hold and become alerts (config section `alerts`).
public struct AlertSettings: Sendable, Equatable {
    public var policy: AlertPolicy
    /// Raise a warning for amber, not only an alert for red.
    public var amberWarnings: Bool
    /// Data older than this many days are stale.
    public var staleAfterDays: Int
    /// Broken records above this percentage of a service's records raise a data-quality alert.
    public var dataQualityPercent: Double

    public init(
        policy: AlertPolicy = AlertPolicy(), amberWarnings: Bool = false, staleAfterDays: Int = 7,
        dataQualityPercent: Double = 5
    ) {
        self.policy = policy
        self.amberWarnings = amberWarnings
        self.staleAfterDays = staleAfterDays
        self.dataQualityPercent = dataQualityPercent
    }
}
