/// Section `mail`: email about alerts and the board chair's weekly digest. The section is optional: without it
/// (or with every key commented out) the daemon sends no email.
///
/// There is deliberately no password here: the SMTP password comes from `smtp.password_file` (for example
/// `${CREDENTIALS_DIRECTORY}/smtp-password` with systemd LoadCredential) or the environment.
public struct MailConfig: Sendable, Equatable {
    /// How messages leave: an SMTP relay (key `transport: smtp`, the default), or files in a folder.
    public var transport: MailTransportConfig
    /// Key `from`: the sender, `local@domain` or `Display Name <local@domain>`, as written.
    public var from: String
    /// Key `api_url`: the API's address for links in messages, `http://` or `https://`, without a trailing slash;
    /// nil: messages carry no links.
    public var apiURL: String?
    /// Key `message_id_domain`: the domain of the Message-ID of each message; nil: the domain of `from`
    /// (see `effectiveMessageIDDomain`).
    public var messageIDDomain: String?
    /// Key `board_chair`: who gets the weekly digest, in file order (default none).
    public var boardChair: [String]
    /// Key `recipients`: who gets alert messages.
    public var recipients: MailRecipientsConfig
    /// Key `remind_every`: how often a firing alert nobody has acknowledged is mailed again; nil (`off`): never.
    public var remindEvery: Duration?
    /// Key `escalate_after`: how long a firing alert may go unacknowledged before the board chair is told too;
    /// nil (`off`): never.
    public var escalateAfter: Duration?
    /// Key `resolved_notices`: also mail when an alert resolves (default true).
    public var resolvedNotices: Bool
    /// Key `retry`: how a message that cannot be sent is tried again.
    public var retry: MailRetryConfig
    /// Key `digest`: when the weekly digest goes out.
    public var digest: DigestConfig

    public static let defaultRemindEvery: Duration = .seconds(86_400)
    public static let remindEveryRange: ClosedRange<Duration> = .seconds(900)...(.seconds(30 * 86_400))
    public static let defaultEscalateAfter: Duration = .seconds(2 * 86_400)
    public static let escalateAfterRange: ClosedRange<Duration> = .seconds(900)...(.seconds(90 * 86_400))
    public static let defaultResolvedNotices = true

    public init(
        transport: MailTransportConfig,
        from: String,
        apiURL: String? = nil,
        messageIDDomain: String? = nil,
        boardChair: [String] = [],
        recipients: MailRecipientsConfig = MailRecipientsConfig(),
        remindEvery: Duration? = defaultRemindEvery,
        escalateAfter: Duration? = defaultEscalateAfter,
        resolvedNotices: Bool = defaultResolvedNotices,
        retry: MailRetryConfig = MailRetryConfig(),
        digest: DigestConfig = DigestConfig()
    ) {
        self.transport = transport
        self.from = from
        self.apiURL = apiURL
        self.messageIDDomain = messageIDDomain
        self.boardChair = boardChair
        self.recipients = recipients
        self.remindEvery = remindEvery
        self.escalateAfter = escalateAfter
        self.resolvedNotices = resolvedNotices
        self.retry = retry
        self.digest = digest
    }

    /// `messageIDDomain`, or else the domain of `from` (what follows its last `@`, without the closing `>`).
    public var effectiveMessageIDDomain: String {
        if let messageIDDomain {
            return messageIDDomain
        }
        var address = Substring(from)
        if address.hasSuffix(">") {
            address = address.dropLast()
        }
        guard let at = address.lastIndex(of: "@") else {
            return String(address)
        }
        return String(address[address.index(after: at)...])
    }
}

/// How messages leave the daemon.
public enum MailTransportConfig: Sendable, Equatable {
    /// To an SMTP relay (`transport: smtp`, key `smtp`).
    case smtp(SmtpConfig)
    /// Into files in a folder, with `${VAR}` replaced (`transport: file`, key `folder`), for trials and tests.
    case file(folder: String)
}

/// Key `mail.smtp`: the relay and how to reach it.
public struct SmtpConfig: Sendable, Equatable {
    /// Key `host`: a host name or IP address, without spaces.
    public var host: String
    /// Key `port`, within `portRange`; by default `security.defaultPort`.
    public var port: Int
    /// Key `security` (default starttls).
    public var security: SmtpSecurity
    /// Key `allow_plain_localhost`: must be true for `security: none`, which is allowed to localhost only
    /// (default false).
    public var allowPlainLocalhost: Bool
    /// Key `username`; nil: the relay takes mail without logging in.
    public var username: String?
    /// Key `password_file`: a file holding the password, with `${VAR}` replaced; nil: the password, if any, comes
    /// from the environment (YOTQA_SMTP_PASSWORD).
    public var passwordFile: String?
    /// Key `ca_file`: a CA bundle to verify the relay's certificate with, with `${VAR}` replaced; nil: the
    /// system's CAs.
    public var caFile: String?
    /// Key `timeout`, within `timeoutRange`: how long one connection to the relay may take.
    public var timeout: Duration

    public static let defaultSecurity = SmtpSecurity.starttls
    public static let portRange = 1...65535
    public static let defaultTimeout: Duration = .seconds(30)
    public static let timeoutRange: ClosedRange<Duration> = .seconds(1)...(.seconds(600))

    /// - Parameter port: nil takes `security.defaultPort`.
    public init(
        host: String,
        port: Int? = nil,
        security: SmtpSecurity = defaultSecurity,
        allowPlainLocalhost: Bool = false,
        username: String? = nil,
        passwordFile: String? = nil,
        caFile: String? = nil,
        timeout: Duration = defaultTimeout
    ) {
        self.host = host
        self.port = port ?? security.defaultPort
        self.security = security
        self.allowPlainLocalhost = allowPlainLocalhost
        self.username = username
        self.passwordFile = passwordFile
        self.caFile = caFile
        self.timeout = timeout
    }
}

/// How the connection to the SMTP relay is encrypted.
public enum SmtpSecurity: String, Sendable, Equatable, CaseIterable {
    /// A plain connection upgraded to TLS with STARTTLS before logging in or sending anything.
    case starttls
    /// TLS from the first byte ("implicit TLS", SMTPS).
    case tls
    /// No encryption: allowed only to localhost, with `allow_plain_localhost: true`.
    case none

    /// The usual port: 587 for starttls, 465 for tls, 25 for none.
    public var defaultPort: Int {
        switch self {
        case .starttls: 587
        case .tls: 465
        case .none: 25
        }
    }
}

/// Key `mail.recipients`: who gets alert messages. Each list holds addresses as written.
public struct MailRecipientsConfig: Sendable, Equatable {
    /// Key `critical`: get every critical alert (default none).
    public var critical: [String]
    /// Key `warning`: get every warning (default none).
    public var warning: [String]
    /// Key `services`: by service id, more recipients for that service's alerts only (default none).
    public var services: [String: ServiceRecipientsConfig]

    public init(critical: [String] = [], warning: [String] = [], services: [String: ServiceRecipientsConfig] = [:]) {
        self.critical = critical
        self.warning = warning
        self.services = services
    }
}

/// One service's own recipients, added to `MailRecipientsConfig.critical` and `.warning` for its alerts.
public struct ServiceRecipientsConfig: Sendable, Equatable {
    public var critical: [String]
    public var warning: [String]

    public init(critical: [String] = [], warning: [String] = []) {
        self.critical = critical
        self.warning = warning
    }
}

/// Key `mail.retry`: a message that cannot be sent is tried again, first after `firstDelay`, with later delays
/// growing to at most `maxDelay`, until `maxAttempts` attempts have failed.
public struct MailRetryConfig: Sendable, Equatable {
    /// Key `max_attempts`, within `maxAttemptsRange`; counts the first attempt.
    public var maxAttempts: Int
    /// Key `first_delay`, within `firstDelayRange`.
    public var firstDelay: Duration
    /// Key `max_delay`, within `maxDelayRange` and never below `firstDelay`.
    public var maxDelay: Duration

    public static let defaultMaxAttempts = 8
    public static let maxAttemptsRange = 1...50
    public static let defaultFirstDelay: Duration = .seconds(60)
    public static let firstDelayRange: ClosedRange<Duration> = .seconds(1)...(.seconds(3600))
    public static let defaultMaxDelay: Duration = .seconds(3600)
    public static let maxDelayRange: ClosedRange<Duration> = .seconds(60)...(.seconds(86_400))

    public init(
        maxAttempts: Int = defaultMaxAttempts,
        firstDelay: Duration = defaultFirstDelay,
        maxDelay: Duration = defaultMaxDelay
    ) {
        self.maxAttempts = maxAttempts
        self.firstDelay = firstDelay
        self.maxDelay = maxDelay
    }
}

/// Key `mail.digest`: when the board chair's weekly digest goes out.
public struct DigestConfig: Sendable, Equatable {
    /// Key `enabled` (default true).
    public var enabled: Bool
    /// Key `day`, as an ISO weekday: 1 = Monday … 7 = Sunday (default 1).
    public var weekday: Int
    /// Key `time`, its hour: 0 to 23 (default 8).
    public var hour: Int
    /// Key `time`, its minute: 0 to 59 (default 0).
    public var minute: Int
    /// Key `time_zone`: an IANA time zone identifier that `TimeZone(identifier:)` knows (default Europe/London).
    public var timeZone: String

    public static let defaultEnabled = true
    public static let defaultWeekday = 1
    public static let defaultHour = 8
    public static let defaultMinute = 0
    public static let defaultTimeZone = "Europe/London"

    public init(
        enabled: Bool = defaultEnabled,
        weekday: Int = defaultWeekday,
        hour: Int = defaultHour,
        minute: Int = defaultMinute,
        timeZone: String = defaultTimeZone
    ) {
        self.enabled = enabled
        self.weekday = weekday
        self.hour = hour
        self.minute = minute
        self.timeZone = timeZone
    }
}
