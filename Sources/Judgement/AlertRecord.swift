public import Foundation

/// One occurrence of an alert, as the state machine keeps it from cycle to cycle.
public struct AlertRecord: Sendable, Equatable {
    public var identity: AlertIdentity
    /// 1 for the first time this alert fired, 2 when it came back after resolving, and so on.
    public var occurrence: Int
    public var state: AlertState
    public var severity: Severity
    /// The latest cause: what held when the condition was last seen.
    public var cause: String
    /// Consecutive cycles in which the condition held (while pending or open) …
    public var heldCycles: Int
    /// … and in which it was clear (while firing or acknowledged).
    public var clearCycles: Int
    /// When the occurrence entered its current state.
    public var since: Date
    public var firedAt: Date?
    public var acknowledgement: Acknowledgement?
    public var resolvedAt: Date?
    public var suppression: Suppression?

    public struct Acknowledgement: Sendable, Equatable {
        public var by: String
        public var at: Date
        public var note: String

        public init(by: String, at: Date, note: String) {
            self.by = by
            self.at = at
            self.note = note
        }
    }

    public init(
        identity: AlertIdentity, occurrence: Int, state: AlertState, severity: Severity, cause: String,
        heldCycles: Int, clearCycles: Int, since: Date, firedAt: Date? = nil, acknowledgement: Acknowledgement? = nil,
        resolvedAt: Date? = nil, suppression: Suppression? = nil
    ) {
        self.identity = identity
        self.occurrence = occurrence
        self.state = state
        self.severity = severity
        self.cause = cause
        self.heldCycles = heldCycles
        self.clearCycles = clearCycles
        self.since = since
        self.firedAt = firedAt
        self.acknowledgement = acknowledgement
        self.resolvedAt = resolvedAt
        self.suppression = suppression
    }
}
