public import Foundation

/// A change in an alert occurrence, kept so its history can be read back (and mailed).
public struct AlertEvent: Sendable, Equatable {
    public enum Change: String, Sendable {
        /// Pending → firing.
        case fired
        /// Firing → acknowledged.
        case acknowledged
        /// Firing or acknowledged → resolved.
        case resolved
        /// The severity changed while open (amber became red, or back).
        case severityChanged = "severity_changed"
        /// A silence or stale data began to hold the alert back …
        case suppressed
        /// … or stopped (a silence ended or was lifted, the data were refreshed).
        case unsuppressed
    }

    public var identity: AlertIdentity
    public var occurrence: Int
    public var change: Change
    /// The state after the change.
    public var state: AlertState
    public var at: Date
    /// Why, in a sentence: the condition that held or cleared, the silence, the person's note.
    public var cause: String
    /// Who, for a person's action (an acknowledgement); nil when a cycle caused it.
    public var actor: String?

    public init(
        identity: AlertIdentity, occurrence: Int, change: Change, state: AlertState, at: Date, cause: String,
        actor: String? = nil
    ) {
        self.identity = identity
        self.occurrence = occurrence
        self.change = change
        self.state = state
        self.at = at
        self.cause = cause
        self.actor = actor
    }
}
