public import Foundation
public import Judgement
public import Mail

/// Who is told what, and when: the mail section of the config as the store uses it.
public struct MailSettings: Sendable {
    public var from: MailAddress
    /// The right-hand side of every Message-ID: `alert-12-1795420800@torbay.gov.uk`.
    public var messageIDDomain: String
    /// The API's address without a trailing slash, for links; nil: messages carry no links.
    public var apiURL: String?
    /// Escalations and the digest go to the board chair.
    public var boardChair: [MailAddress]
    /// Recipients of every alert of a severity, and per service id in addition.
    public var recipients: [Severity: [MailAddress]]
    public var serviceRecipients: [String: [Severity: [MailAddress]]]
    /// A reminder every interval while an alert fires unacknowledged; nil: none.
    public var remindEvery: Duration?
    /// To the board chair once an alert has fired unacknowledged this long; nil: never.
    public var escalateAfter: Duration?
    /// Whether an alert that was mailed is followed by a notice when it resolves.
    public var resolvedNotices: Bool
    public var retry: RetryPolicy
    /// Times in messages are in this zone.
    public var timeZone: TimeZone

    public init(
        from: MailAddress, messageIDDomain: String? = nil, apiURL: String? = nil, boardChair: [MailAddress] = [],
        recipients: [Severity: [MailAddress]] = [:], serviceRecipients: [String: [Severity: [MailAddress]]] = [:],
        remindEvery: Duration? = .seconds(86_400), escalateAfter: Duration? = .seconds(2 * 86_400),
        resolvedNotices: Bool = true, retry: RetryPolicy = RetryPolicy(),
        timeZone: TimeZone = TimeZone(identifier: "Europe/London") ?? .gmt
    ) {
        self.from = from
        self.messageIDDomain = messageIDDomain ?? from.domain
        self.apiURL = apiURL
        self.boardChair = boardChair
        self.recipients = recipients
        self.serviceRecipients = serviceRecipients
        self.remindEvery = remindEvery
        self.escalateAfter = escalateAfter
        self.resolvedNotices = resolvedNotices
        self.retry = retry
        self.timeZone = timeZone
    }

    /// The people told about an alert of `severity` on `service`: everyone for the severity, then
    /// the service's own, each address once.
    public func recipients(service: String?, severity: Severity) -> [MailAddress] {
        let all = (recipients[severity] ?? []) + (service.flatMap { serviceRecipients[$0]?[severity] } ?? [])
        return Self.unique(all)
    }

    /// `list` without a second copy of any address (compared without case).
    static func unique(_ list: [MailAddress]) -> [MailAddress] {
        var seen: Set<String> = []
        return list.filter { seen.insert($0.address.lowercased()).inserted }
    }

    /// How a failed delivery is tried again: after `firstDelay`, doubling up to `maxDelay`, at most
    /// `maxAttempts` tries in all before the message is given up on.
    public struct RetryPolicy: Sendable, Equatable {
        public var maxAttempts: Int
        public var firstDelay: Duration
        public var maxDelay: Duration

        public init(maxAttempts: Int = 8, firstDelay: Duration = .seconds(60), maxDelay: Duration = .seconds(3600)) {
            self.maxAttempts = maxAttempts
            self.firstDelay = firstDelay
            self.maxDelay = maxDelay
        }

        /// The wait after the `attempt`th try failed (1 for the first).
        public func delay(afterAttempt attempt: Int) -> Duration {
            var delay = firstDelay
            for _ in 1..<max(attempt, 1) where delay < maxDelay {
                delay *= 2
            }
            return min(delay, maxDelay)
        }
    }
}
