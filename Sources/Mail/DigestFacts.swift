public import Foundation

/// Everything the board chair's digest says, already in words and figures as a reader sees them
/// (small counts already `[c]`, nothing that identifies a child).
public struct DigestFacts: Sendable, Equatable {
    /// "Weekly digest" or "Digest on demand".
    public var title: String
    /// The time since the last digest (nil from: no digest before) up to when this one was made.
    public var since: Date?
    public var until: Date
    /// Times in the message are shown in this zone (Europe/London).
    public var timeZone: TimeZone
    /// The as-of date of the cycle the figures come from, "2026-11-23"; nil when no cycle has run.
    public var asOf: String?
    public var services: [ServiceFigures]
    /// Alerts that fired, were acknowledged or resolved since the last digest, oldest first.
    public var opened: [AlertLine]
    public var acknowledged: [AlertLine]
    public var resolved: [AlertLine]
    /// Alerts firing or acknowledged now, most severe first.
    public var stillOpen: [AlertLine]
    /// The API's address, for links; nil when the config gives none.
    public var link: String?

    public init(
        title: String, since: Date?, until: Date, timeZone: TimeZone, asOf: String?, services: [ServiceFigures],
        opened: [AlertLine], acknowledged: [AlertLine], resolved: [AlertLine], stillOpen: [AlertLine], link: String?
    ) {
        self.title = title
        self.since = since
        self.until = until
        self.timeZone = timeZone
        self.asOf = asOf
        self.services = services
        self.opened = opened
        self.acknowledged = acknowledged
        self.resolved = resolved
        self.stillOpen = stillOpen
        self.link = link
    }

    /// One service's latest figures, one per indicator (no breakdowns).
    public struct ServiceFigures: Sendable, Equatable {
        public var serviceID: String
        public var name: String
        public var figures: [Figure]

        public init(serviceID: String, name: String, figures: [Figure]) {
            self.serviceID = serviceID
            self.name = name
            self.figures = figures
        }
    }

    public struct Figure: Sendable, Equatable {
        public var indicatorID: String
        public var title: String
        /// "2026-07-01 to 2026-09-30".
        public var period: String
        /// "58.0%", "[c]", or "no value".
        public var value: String
        /// red, amber, green; nil when not rated (neutral, no thresholds, too few cases).
        public var rag: String?
        public var travel: Travel
        /// "80%"; nil without thresholds.
        public var target: String?
        /// "ok", "insufficient_data", "provisional".
        public var status: String

        public init(
            indicatorID: String, title: String, period: String, value: String, rag: String?, travel: Travel,
            target: String?, status: String
        ) {
            self.indicatorID = indicatorID
            self.title = title
            self.period = period
            self.value = value
            self.rag = rag
            self.travel = travel
            self.target = target
            self.status = status
        }
    }

    /// The direction of travel from the previous period to the latest.
    public enum Travel: String, Sendable, Equatable {
        /// Better, for an indicator with a direction.
        case improving
        case worsening
        case unchanged
        /// Up or down, for an indicator where neither is better.
        case up
        case down
        /// No previous figure to compare with (or one of the two has no value).
        case none
    }

    public struct AlertLine: Sendable, Equatable {
        public var alertID: Int
        /// critical or warning.
        public var severity: String
        public var kind: String
        /// nil for the whole installation.
        public var serviceName: String?
        public var indicatorTitle: String?
        /// What held, in a sentence (small counts already `[c]`).
        public var cause: String
        /// When it happened: fired, acknowledged or resolved (for stillOpen: when it fired).
        public var at: Date
        /// firing or acknowledged (for stillOpen); the other lists say it by where they are.
        public var state: String
        /// For acknowledgements: who (the API token's name) and their note.
        public var by: String?
        public var note: String?

        public init(
            alertID: Int, severity: String, kind: String, serviceName: String?, indicatorTitle: String?, cause: String,
            at: Date, state: String, by: String? = nil, note: String? = nil
        ) {
            self.alertID = alertID
            self.severity = severity
            self.kind = kind
            self.serviceName = serviceName
            self.indicatorTitle = indicatorTitle
            self.cause = cause
            self.at = at
            self.state = state
            self.by = by
            self.note = note
        }
    }
}
