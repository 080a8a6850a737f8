/// A condition that holds in this cycle: the evidence that an alert should be firing.
public struct AlertCondition: Sendable, Equatable {
    public var identity: AlertIdentity
    public var severity: Severity
    /// What holds, in a sentence: "58.0% in 2026 Q2, red (target 80%)".
    public var cause: String

    public init(identity: AlertIdentity, severity: Severity, cause: String) {
        self.identity = identity
        self.severity = severity
        self.cause = cause
    }
}
