import Foundation

extension MailConfig {
    /// The values of key `transport`.
    enum TransportKind: String, CaseIterable {
        case smtp
        case file
    }

    /// What operators see for a `password` key under `mail` or `mail.smtp`; the value is never read.
    static let passwordMessage =
        "the SMTP password never goes in the config file: give password_file (for example "
        + "${CREDENTIALS_DIRECTORY}/smtp-password with systemd LoadCredential) or set YOTQA_SMTP_PASSWORD in the "
        + "service's environment"

    /// Reads section `mail`; nil when a required key is missing or anything is wrong (already reported).
    init?(reading section: MappingReader) {
        let transport = Self.transport(in: section)
        let from = section.required("from", .mailAddress)
        let apiURL = section.optional("api_url", .apiURL)
        let messageIDDomain = section.optional("message_id_domain", .domainName)
        let boardChair = section.sequence("board_chair", of: .mailAddress)
        let recipients = section.mapping("recipients", MailRecipientsConfig.init(reading:))
        let remindEvery = section.value(
            "remind_every", .durationOrOff(in: Self.remindEveryRange), default: Self.defaultRemindEvery)
        let escalateAfter = section.value(
            "escalate_after", .durationOrOff(in: Self.escalateAfterRange), default: Self.defaultEscalateAfter)
        let resolvedNotices = section.value("resolved_notices", .bool, default: Self.defaultResolvedNotices)
        let retry = section.mapping("retry", MailRetryConfig.init(reading:))
        let digest = section.mapping("digest", DigestConfig.init(reading:))
        Self.refusePassword(in: section)
        guard let transport, let from, let recipients, let retry, let digest else {
            return nil
        }
        self.init(
            transport: transport, from: from, apiURL: apiURL, messageIDDomain: messageIDDomain,
            boardChair: boardChair, recipients: recipients, remindEvery: remindEvery, escalateAfter: escalateAfter,
            resolvedNotices: resolvedNotices, retry: retry, digest: digest)
    }

    /// Reports a `password` key in `section` at the key, without looking at its value.
    static func refusePassword(in section: MappingReader) {
        section.node("password")?.report(passwordMessage)
    }

    /// Keys `transport`, `smtp` and `folder`: smtp needs `smtp` and refuses `folder`, file the other way round;
    /// the one refused may stay with no value (every key under it commented out). When `transport` itself is
    /// wrong, whichever of the two is given is still checked.
    private static func transport(in section: MappingReader) -> MailTransportConfig? {
        let kindNode = section.node("transport")
        let kind = kindNode.map { $0.value(.enumeration(of: TransportKind.self)) } ?? .smtp
        let folderNode = section.node("folder")
        let smtpNode = section.node("smtp")
        let strayFolder = folderNode.flatMap { $0.node.isNull ? nil : $0 }
        let straySmtp = smtpNode.flatMap { $0.node.isNull ? nil : $0 }
        switch kind {
        case .smtp:
            let named = kindNode == nil ? "transport smtp, the default" : "transport smtp"
            strayFolder?.report("not allowed with \(named): folder is for transport file")
            guard let smtpNode else {
                section.reportMissing("smtp", expected: "a mapping with at least host, for \(named)")
                return nil
            }
            guard let smtp = smtpNode.mapping(SmtpConfig.init(reading:)), strayFolder == nil else {
                return nil
            }
            return .smtp(smtp)
        case .file:
            straySmtp?.report("not allowed with transport file: smtp is for transport smtp")
            guard let folderNode else {
                section.reportMissing("folder", expected: "a path: the folder that transport file writes to")
                return nil
            }
            guard let folder = folderNode.value(.path), straySmtp == nil else {
                return nil
            }
            return .file(folder: folder)
        case nil:
            _ = strayFolder?.value(.path)
            _ = straySmtp?.mapping(SmtpConfig.init(reading:))
            return nil
        }
    }
}

extension SmtpConfig {
    /// Reads `mail.smtp`. Plain SMTP (`security: none`) is refused unless it stays on this machine and
    /// `allow_plain_localhost` says that is meant.
    init?(reading section: MappingReader) {
        let host = section.required("host", .hostName)
        let securityNode = section.node("security")
        let security = securityNode.map { $0.value(.smtpSecurity) } ?? Self.defaultSecurity
        let port = section.optional("port", .int(in: Self.portRange))
        let allowPlainLocalhost = section.value("allow_plain_localhost", .bool, default: false)
        let username = section.optional("username", .userName)
        let passwordFile = section.optional("password_file", .path)
        let caFile = section.optional("ca_file", .path)
        let timeout = section.value("timeout", .duration(in: Self.timeoutRange), default: Self.defaultTimeout)
        MailConfig.refusePassword(in: section)
        guard let host, let security else {
            return nil
        }
        if security == SmtpSecurity.none, let securityNode {
            let problem = Self.plainProblem(host: host, allowPlainLocalhost: allowPlainLocalhost)
            if let problem {
                securityNode.context.report(problem, at: securityNode.position, keyPath: securityNode.keyPath)
                return nil
            }
        }
        self.init(
            host: host, port: port, security: security, allowPlainLocalhost: allowPlainLocalhost, username: username,
            passwordFile: passwordFile, caFile: caFile, timeout: timeout)
    }

    /// Why `security: none` is refused for `host`, or nil when it is allowed.
    private static func plainProblem(host: String, allowPlainLocalhost: Bool) -> String? {
        let plain = "plain SMTP (security: none) would send mail and the password unencrypted"
        guard isLoopback(host) else {
            return plain + ": it is allowed only to localhost, with allow_plain_localhost: true; use starttls or tls "
                + "for a relay"
        }
        guard allowPlainLocalhost else {
            return plain + ": to allow it to \(host), which is this machine, also set allow_plain_localhost: true"
        }
        return nil
    }

    /// `localhost`, `::1` or an IPv4 address in 127.0.0.0/8: this machine.
    static func isLoopback(_ host: String) -> Bool {
        if host.lowercased() == "localhost" || host == "::1" {
            return true
        }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else {
            return false
        }
        return parts.allSatisfy { part in
            (1...3).contains(part.count) && part.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
                && (Int(part) ?? 256) <= 255
        }
    }
}

extension MailRecipientsConfig {
    /// Reads `mail.recipients`; every key has a default.
    init?(reading section: MappingReader) {
        let critical = section.sequence("critical", of: .mailAddress)
        let warning = section.sequence("warning", of: .mailAddress)
        let services = section.mapping("services") { services in
            let entries = services.entries { id, node -> ServiceRecipientsConfig? in
                guard !id.isEmpty else {
                    services.context.report(
                        "expected service ids as keys, got an empty key", at: node.anchor, keyPath: services.keyPath)
                    return nil
                }
                return node.mapping(ServiceRecipientsConfig.init(reading:))
            }
            return Dictionary(entries) { first, _ in first }
        }
        self.init(critical: critical, warning: warning, services: services ?? [:])
    }
}

extension ServiceRecipientsConfig {
    /// Reads one service under `mail.recipients.services`.
    init?(reading section: MappingReader) {
        self.init(
            critical: section.sequence("critical", of: .mailAddress),
            warning: section.sequence("warning", of: .mailAddress))
    }
}

extension MailRetryConfig {
    /// Reads `mail.retry`; `max_delay` may not be shorter than `first_delay`, and is reported if it is.
    init?(reading section: MappingReader) {
        let maxAttempts = section.value(
            "max_attempts", .int(in: Self.maxAttemptsRange), default: Self.defaultMaxAttempts)
        let firstNode = section.node("first_delay")
        let firstDelay = firstNode.map { $0.value(.duration(in: Self.firstDelayRange)) } ?? Self.defaultFirstDelay
        let maxNode = section.node("max_delay")
        let maxDelay = maxNode.map { $0.value(.duration(in: Self.maxDelayRange)) } ?? Self.defaultMaxDelay
        guard let firstDelay, let maxDelay else {
            return nil
        }
        if maxDelay < firstDelay {
            if let maxNode {
                maxNode.context.report(
                    "expected a duration no shorter than first_delay (\(firstDelay.configSyntax)), "
                        + "got \(maxDelay.configSyntax)",
                    at: maxNode.position, keyPath: maxNode.keyPath)
            } else if let firstNode {
                firstNode.context.report(
                    "expected a duration no longer than max_delay (\(maxDelay.configSyntax), the default), "
                        + "got \(firstDelay.configSyntax)",
                    at: firstNode.position, keyPath: firstNode.keyPath)
            }
            return nil
        }
        self.init(maxAttempts: maxAttempts, firstDelay: firstDelay, maxDelay: maxDelay)
    }
}

extension DigestConfig {
    /// The values of key `day`, in ISO order: Monday is 1.
    enum Day: String, CaseIterable {
        case monday
        case tuesday
        case wednesday
        case thursday
        case friday
        case saturday
        case sunday
    }

    /// Reads `mail.digest`; every key has a default.
    init?(reading section: MappingReader) {
        let enabled = section.value("enabled", .bool, default: Self.defaultEnabled)
        let day = section.value("day", .enumeration(of: Day.self), default: .monday)
        let time = section.value(
            "time", .timeOfDay, default: TimeOfDay(hour: Self.defaultHour, minute: Self.defaultMinute))
        let timeZone = section.value("time_zone", .timeZoneIdentifier, default: Self.defaultTimeZone)
        self.init(
            enabled: enabled, weekday: (Day.allCases.firstIndex(of: day) ?? 0) + 1, hour: time.hour,
            minute: time.minute, timeZone: timeZone)
    }
}

/// A time of day as key `mail.digest.time` gives it.
struct TimeOfDay: Equatable {
    let hour: Int
    let minute: Int
}

/// The check of a mail address: simple on purpose, to catch what an operator gets wrong (a missing `@`, two
/// addresses in one entry, a stray space), not to implement RFC 5322.
enum MailAddressSyntax {
    /// Why `text` is not `local@domain` or `Display Name <local@domain>`, or nil when it is one of them.
    static func problem(in text: String) -> String? {
        if text.unicodeScalars.contains(where: isControl) {
            return "a control character"
        }
        var address = Substring(text)
        if let open = text.firstIndex(of: "<") {
            guard let close = text.lastIndex(of: ">"), close > open else {
                return "'<' without a closing '>'"
            }
            guard text.index(after: close) == text.endIndex else {
                return "text after the closing '>'"
            }
            if text[..<open].contains(">") {
                return "'>' in the name"
            }
            address = text[text.index(after: open)..<close]
        }
        if address.contains(",") {
            return "a comma: give each address as an entry of its own"
        }
        if address.contains("<") || address.contains(">") {
            return "'<' or '>' in the address"
        }
        if address.unicodeScalars.contains(where: \.properties.isWhitespace) {
            return "a space in the address"
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count == 1 {
            return "no @"
        }
        if parts.count > 2 {
            return "more than one @"
        }
        if parts[0].isEmpty {
            return "nothing before the @"
        }
        if parts[1].isEmpty {
            return "nothing after the @"
        }
        return nil
    }

    /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators: none belongs in a mail header.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}

extension ValueType where Value == String {
    /// Any scalar, as written, with `expected` in place of "a string" when the node is not one.
    fileprivate static func text(_ expected: String) -> ValueType<String> {
        ValueType(expected: expected) { node, context in
            ValueType.string.decode(node, in: context).mapError { _ in .mismatch(expected: expected, found: node) }
        }
    }

    /// A mail address, `local@domain` or `Display Name <local@domain>`, kept as written.
    fileprivate static var mailAddress: ValueType<String> {
        let expected = #"a mail address such as qa@council.gov.uk or "QA team <qa@council.gov.uk>""#
        return text(expected).checked { address in
            if address.isEmpty {
                return "expected \(expected), got an empty string"
            }
            guard let problem = MailAddressSyntax.problem(in: address) else {
                return nil
            }
            return "expected \(expected), got \(MessageText.quoted(address)) (\(problem))"
        }
    }

    /// The relay: a host name or IP address, without spaces; whether it resolves is found out when mail is sent.
    fileprivate static var hostName: ValueType<String> {
        let expected = "a host name or IP address such as relay.council.internal"
        return text(expected).checked { host in
            if host.isEmpty {
                return "expected \(expected), got an empty string"
            }
            if host.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }) {
                return "expected \(expected), got \(MessageText.quoted(host))"
            }
            return nil
        }
    }

    /// The user name to log in to the relay with.
    fileprivate static var userName: ValueType<String> {
        let expected = "a user name"
        return text(expected).checked { name in name.isEmpty ? "expected \(expected), got an empty string" : nil }
    }

    /// A domain name: labels of letters, digits and hyphens, separated by single dots.
    fileprivate static var domainName: ValueType<String> {
        let expected = "a domain name such as council.gov.uk (letters, digits, dots and hyphens)"
        return text(expected).checked { domain in
            if domain.isEmpty {
                return "expected \(expected), got an empty string"
            }
            let isDomainCharacter: (Unicode.Scalar) -> Bool = { scalar in
                switch scalar {
                case "a"..."z", "A"..."Z", "0"..."9", "-", ".": true
                default: false
                }
            }
            let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
            if !domain.unicodeScalars.allSatisfy(isDomainCharacter) || labels.contains(where: \.isEmpty) {
                return "expected \(expected), got \(MessageText.quoted(domain))"
            }
            return nil
        }
    }

    /// The API's address for links: `http://` or `https://`, a host, and perhaps a port and a path; one trailing
    /// slash is dropped, so links are made by adding `/path`. A URL that may hold a password is not quoted back.
    fileprivate static var apiURL: ValueType<String> {
        let expected = "an http:// or https:// URL such as https://yotqa.council.gov.uk"
        return ValueType(expected: expected) { node, context in
            text(expected).decode(node, in: context).flatMap { url in
                if url.isEmpty {
                    return .failure(ValueProblem("expected \(expected), got an empty string"))
                }
                if let problem = urlProblem(url) {
                    let shown =
                        SecretRedaction.mayHoldSecret(url)
                        ? "a URL that is not shown because it may hold a password" : MessageText.quoted(url)
                    return .failure(ValueProblem("expected \(expected), got \(shown)\(problem)"))
                }
                return .success(url.hasSuffix("/") ? String(url.dropLast()) : url)
            }
        }
    }

    /// Why `url` will not do as the API's address, as a parenthesis to add to the message, or nil if it will.
    private static func urlProblem(_ url: String) -> String? {
        guard let scheme = ["http://", "https://"].first(where: url.hasPrefix) else {
            return ""
        }
        if url.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            return " (a space or control character)"
        }
        let rest = url.dropFirst(scheme.count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if authority.contains("@") {
            return " (links must not carry a user name or password)"
        }
        if authority.isEmpty || authority.hasPrefix(":") {
            return " (no host)"
        }
        if url.contains("?") || url.contains("#") {
            return " (no ?query or #fragment: links are made by adding paths to it)"
        }
        return nil
    }

    /// An IANA time zone identifier that this system's time zone database knows.
    fileprivate static var timeZoneIdentifier: ValueType<String> {
        let expected = "an IANA time zone such as Europe/London"
        return text(expected).checked { identifier in
            if identifier.isEmpty {
                return "expected \(expected), got an empty string"
            }
            if TimeZone(identifier: identifier) == nil {
                return "expected \(expected), got \(MessageText.quoted(identifier)) (not a time zone this system knows)"
            }
            return nil
        }
    }
}

extension ValueType where Value == SmtpSecurity {
    /// One of starttls, tls and none, with a hint for `ssl`, which mail programs use for what is `tls` here.
    fileprivate static var smtpSecurity: ValueType<SmtpSecurity> {
        let names = enumeration(of: SmtpSecurity.self)
        return ValueType(expected: names.expected) { node, context in
            names.decode(node, in: context).mapError { problem in
                guard case .scalar(let scalar) = node, ["ssl", "smtps", "ssl/tls"].contains(scalar.string.lowercased())
                else {
                    return problem
                }
                return ValueProblem(problem.message + " (SSL from the first byte, usually on port 465, is tls here)")
            }
        }
    }
}

extension ValueType where Value == TimeOfDay {
    /// `HH:MM`, 24-hour. Quoting it is best, but an unquoted `18:30` (a base-60 number to YAML 1.1) is read as
    /// written too, as it can only mean one thing.
    fileprivate static var timeOfDay: ValueType<TimeOfDay> {
        let expected = #"a time of day HH:MM, 24-hour, such as "08:00""#
        return .scalar(expected: expected) { scalar, _ in
            let parts = scalar.string.split(separator: ":", omittingEmptySubsequences: false)
            let isTwoDigits: (Substring) -> Bool = { part in
                part.count == 2 && part.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
            }
            guard parts.count == 2, parts.allSatisfy(isTwoDigits), let hour = Int(parts[0]), let minute = Int(parts[1]),
                hour < 24, minute < 60
            else {
                return .failure(.mismatch(expected: expected, found: .scalar(scalar)))
            }
            return .success(TimeOfDay(hour: hour, minute: minute))
        }
    }
}

extension ValueType where Value == Duration? {
    /// A duration within `range` (see `ValueType.duration(in:)`), or the word `off` for nil.
    fileprivate static func durationOrOff(in range: ClosedRange<Duration>) -> ValueType<Duration?> {
        let syntax = "a duration such as 12h or 1d, or off"
        let bounds = "a duration from \(range.lowerBound.configSyntax) to \(range.upperBound.configSyntax), or off"
        return .scalar(expected: syntax) { scalar, _ in
            if scalar.string == "off" {
                return .success(nil)
            }
            guard let duration = Duration(configSyntax: scalar.string) else {
                return .failure(.mismatch(expected: syntax, found: .scalar(scalar)))
            }
            guard range.contains(duration) else {
                return .failure(ValueProblem("expected \(bounds), got \(scalar.string)"))
            }
            return .success(duration)
        }
    }
}
