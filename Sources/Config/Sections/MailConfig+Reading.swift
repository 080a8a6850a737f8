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
