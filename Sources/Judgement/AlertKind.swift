/// What an alert is about.
public enum AlertKind: String, Sendable, CaseIterable, Comparable {
    /// The latest complete period is red (or amber, when amber warnings are on).
    case threshold
    /// The latest point takes part in a special cause of concern.
    case spcConcern = "spc_concern"
    /// The process is consistently failing its target.
    case assuranceFail = "assurance_fail"
    /// The service's latest extract is older than the configured number of days.
    case staleData = "stale_data"
    /// Broken records are above the configured share of the service's records.
    case dataQuality = "data_quality"
    /// An indicator's query failed.
    case computeFailed = "compute_failed"
    /// The bank holiday calendar runs out within six months.
    case calendarEnding = "calendar_ending"
    /// Email messages were given up on after their last try: the people they were for were not told.
    case deliveryFailed = "delivery_failed"

    /// Alerts on a service's figures, which stale data holds back because the figures cannot be trusted.
    public var judgesValues: Bool {
        self == .threshold || self == .spcConcern || self == .assuranceFail
    }

    public static func < (left: AlertKind, right: AlertKind) -> Bool {
        allCases.firstIndex(of: left) ?? 0 < allCases.firstIndex(of: right) ?? 0
    }
}

/// How urgent an alert is; email routing goes by it.
public enum Severity: String, Sendable, CaseIterable {
    case critical, warning
}

/// An alert's stable identity: the same service, indicator and kind are the same alert, across
/// cycles and restarts. A resolved alert that comes back is a new occurrence of it.
public struct AlertIdentity: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// nil for alerts about the whole installation (a failed query, the calendar).
    public var service: String?
    /// nil for alerts about no one indicator (the calendar).
    public var indicator: String?
    public var kind: AlertKind

    public init(service: String?, indicator: String?, kind: AlertKind) {
        self.service = service
        self.indicator = indicator
        self.kind = kind
    }

    public static func < (left: AlertIdentity, right: AlertIdentity) -> Bool {
        (left.service ?? "", left.indicator ?? "", left.kind) < (right.service ?? "", right.indicator ?? "", right.kind)
    }

    /// `torbay/assessment_timely/threshold`, with `*` for a missing part.
    public var description: String {
        "\(service ?? "*")/\(indicator ?? "*")/\(kind.rawValue)"
    }
}
