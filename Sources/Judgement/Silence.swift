public import Foundation

/// A period in which the alerts of an indicator and/or a service send nothing.
public struct Silence: Sendable, Equatable {
    public var id: Int
    /// nil: every service (then `indicator` is set).
    public var service: String?
    /// nil: every indicator (then `service` is set).
    public var indicator: String?
    public var reason: String
    public var author: String
    public var startsAt: Date
    /// Mandatory: a silence always ends.
    public var endsAt: Date

    public init(
        id: Int, service: String?, indicator: String?, reason: String, author: String, startsAt: Date, endsAt: Date
    ) {
        self.id = id
        self.service = service
        self.indicator = indicator
        self.reason = reason
        self.author = author
        self.startsAt = startsAt
        self.endsAt = endsAt
    }

    /// True when the silence is in force at `time` and names this alert's service and/or indicator.
    public func covers(_ identity: AlertIdentity, at time: Date) -> Bool {
        guard startsAt <= time, time < endsAt, service != nil || indicator != nil else { return false }
        if let service, identity.service != service { return false }
        if let indicator, identity.indicator != indicator { return false }
        return true
    }
}
