public import Foundation

/// Everything an alert email says, already in words and figures as a reader sees them. Whoever
/// fills this in has applied the small-number rule (counts from 1 to 4 are `[c]`) and left out
/// anything that could identify a child; the wording in `AlertMail` adds no figures of its own.
public struct AlertFacts: Sendable, Equatable {
    /// Why this message is sent.
    public enum Notice: Sendable, Equatable {
        /// The alert has just fired (or a silence over a firing alert has ended).
        case fired
        /// It is still firing and nobody has acknowledged it: the `number`th reminder.
        case reminder(number: Int)
        /// It has stayed unacknowledged for the configured time: to the board chair.
        case escalation
        /// Its condition has cleared.
        case resolved
        /// Email itself is failing: messages were given up on (the alert of kind delivery_failed).
        case deliveryFailure
    }

    public var notice: Notice
    /// The alert occurrence's id in the API (`/v1/alerts/{id}`).
    public var alertID: Int
    /// threshold, spc_concern, assurance_fail, stale_data, data_quality, compute_failed,
    /// calendar_ending or delivery_failed.
    public var kind: String
    /// critical or warning.
    public var severity: String
    /// red or amber, for a threshold alert; nil otherwise.
    public var rag: String?
    /// "Torbay"; nil for an alert about the whole installation.
    public var serviceName: String?
    /// "Initial assessments on time"; nil for an alert about no one indicator.
    public var indicatorTitle: String?
    /// The latest figure as shown in full ("58.0%") and rounded for a subject line ("58%").
    public var value: String?
    public var shortValue: String?
    /// The board's target (the green bound): "80%".
    public var target: String?
    /// The confidence interval of a percentage: "49.6% to 66.0% (95% confidence)".
    public var interval: String?
    /// The counts behind the figure, "[c]" for 1 to 4; nil for a figure without them.
    public var numerator: String?
    public var denominator: String?
    /// The period of the figure: "2026-07-01 to 2026-09-30".
    public var period: String?
    /// The rule that fired, in a sentence: "red: below 65% (the board's red bound)".
    public var rule: String
    /// What held when the alert was last judged, in a sentence (the alert's cause).
    public var cause: String
    public var firedAt: Date
    /// How long it has fired unacknowledged, in words ("2 days 3 hours"), for reminders and escalations.
    public var openFor: String?
    /// The link to the alert in the API, when the config gives the API's address.
    public var link: String?

    public init(
        notice: Notice, alertID: Int, kind: String, severity: String, rag: String? = nil, serviceName: String? = nil,
        indicatorTitle: String? = nil, value: String? = nil, shortValue: String? = nil, target: String? = nil,
        interval: String? = nil, numerator: String? = nil, denominator: String? = nil, period: String? = nil,
        rule: String, cause: String, firedAt: Date, openFor: String? = nil, link: String? = nil
    ) {
        self.notice = notice
        self.alertID = alertID
        self.kind = kind
        self.severity = severity
        self.rag = rag
        self.serviceName = serviceName
        self.indicatorTitle = indicatorTitle
        self.value = value
        self.shortValue = shortValue
        self.target = target
        self.interval = interval
        self.numerator = numerator
        self.denominator = denominator
        self.period = period
        self.rule = rule
        self.cause = cause
        self.firedAt = firedAt
        self.openFor = openFor
        self.link = link
    }
}
