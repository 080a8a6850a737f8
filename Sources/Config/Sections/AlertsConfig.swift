/// Section `alerts`: when a condition becomes an alert, and when it ends.
public struct AlertsConfig: Sendable, Equatable {
    /// Consecutive cycles a condition must hold before its alert fires (default 2).
    public var fireAfter: Int
    /// Consecutive clear cycles before a firing alert resolves (default 2).
    public var resolveAfter: Int
    /// Raise a warning when the latest period is amber, not only an alert when it is red (default false).
    public var amberWarnings: Bool
    /// A service whose latest extract is older than this many days has stale data (default 7).
    public var staleAfterDays: Int
    /// Broken records above this percentage of a service's records raise a data-quality alert (default 5).
    public var dataQualityPercent: Double

    public static let defaultFireAfter = 2
    public static let defaultResolveAfter = 2
    public static let defaultStaleAfterDays = 7
    public static let defaultDataQualityPercent = 5.0

    public init(
        fireAfter: Int = defaultFireAfter, resolveAfter: Int = defaultResolveAfter, amberWarnings: Bool = false,
        staleAfterDays: Int = defaultStaleAfterDays, dataQualityPercent: Double = defaultDataQualityPercent
    ) {
        self.fireAfter = fireAfter
        self.resolveAfter = resolveAfter
        self.amberWarnings = amberWarnings
        self.staleAfterDays = staleAfterDays
        self.dataQualityPercent = dataQualityPercent
    }
}
