import Config
import Foundation
import Judgement
import Logging
import Mail
import Store

/// Turns the config's `mail` section into the store's mail settings and a transport. The SMTP
/// password is read here, from `mail.smtp.password_file` (systemd credentials) or the environment
/// variable YOTQA_SMTP_PASSWORD, never from the config file.
enum MailSetup {
    struct BadMail: Error, CustomStringConvertible {
        var description: String
    }

    static let passwordVariable = "YOTQA_SMTP_PASSWORD"

    /// nil when the config has no mail section: email is off.
    static func settings(_ config: YotqaConfig) throws -> MailSettings? {
        guard let mail = config.mail else { return nil }
        let retry = MailSettings.RetryPolicy(
            maxAttempts: mail.retry.maxAttempts, firstDelay: mail.retry.firstDelay, maxDelay: mail.retry.maxDelay)
        var perService: [String: [Severity: [MailAddress]]] = [:]
        for (service, lists) in mail.recipients.services {
            perService[service] = [
                .critical: try addresses(lists.critical, "mail.recipients.services.\(service).critical"),
                .warning: try addresses(lists.warning, "mail.recipients.services.\(service).warning"),
            ]
        }
        guard let zone = TimeZone(identifier: mail.digest.timeZone) else {
            throw BadMail(description: "mail.digest.time_zone: unknown time zone '\(mail.digest.timeZone)'")
        }
        return MailSettings(
            from: try address(mail.from, "mail.from"), messageIDDomain: mail.messageIDDomain, apiURL: mail.apiURL,
            boardChair: try addresses(mail.boardChair, "mail.board_chair"),
            recipients: [
                .critical: try addresses(mail.recipients.critical, "mail.recipients.critical"),
                .warning: try addresses(mail.recipients.warning, "mail.recipients.warning"),
            ],
            serviceRecipients: perService, remindEvery: mail.remindEvery, escalateAfter: mail.escalateAfter,
            resolvedNotices: mail.resolvedNotices, retry: retry, timeZone: zone)
    }

    /// The weekly digest's slot; nil when the digest is off or mail is.
    static func schedule(_ config: YotqaConfig) -> DigestSchedule? {
        guard let digest = config.mail?.digest, digest.enabled, let zone = TimeZone(identifier: digest.timeZone)
        else { return nil }
        return DigestSchedule(weekday: digest.weekday, hour: digest.hour, minute: digest.minute, timeZone: zone)
    }

    /// The outbox's sender, with a lease on each message longer than its delivery can take (the
    /// SMTP timeout twice, for connecting and for the conversation) and the recording after it.
    static func sender(
        _ config: YotqaConfig, settings: MailSettings, transport: any MailTransport, logger: Logger
    ) -> OutboxSender {
        var timeout = Duration.seconds(30)
        if case .smtp(let smtp) = config.mail?.transport { timeout = smtp.timeout }
        return OutboxSender(
            transport: transport, settings: settings, lease: timeout * 2 + .seconds(120), logger: logger)
    }

    /// The SMTP relay or the folder; nil when mail is off.
    static func transport(_ config: YotqaConfig, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> (any MailTransport)?
    {
        guard let mail = config.mail else { return nil }
        switch mail.transport {
        case .file(let folder):
            return FileTransport(folder: URL(fileURLWithPath: folder))
        case .smtp(let smtp):
            let security: SMTPSettings.Security =
                switch smtp.security {
                case .starttls: .starttls
                case .tls: .tls
                case .none: .plain
                }
            return SMTPTransport(
                settings: SMTPSettings(
                    host: smtp.host, port: smtp.port, security: security, username: smtp.username,
                    password: try password(smtp, environment: environment), caFile: smtp.caFile,
                    timeout: smtp.timeout))
        }
    }

    /// The password for AUTH: the file's first line, else the environment; an error when a user
    /// name is set and neither gives one, or the file cannot be read.
    static func password(_ smtp: SmtpConfig, environment: [String: String]) throws -> String? {
        guard smtp.username != nil else { return nil }
        if let file = smtp.passwordFile {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw BadMail(description: "mail.smtp.password_file: cannot read \(file)")
            }
            let text = String(decoding: data, as: UTF8.self)
            let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            guard !line.isEmpty else { throw BadMail(description: "mail.smtp.password_file: \(file) is empty") }
            return line
        }
        if let password = environment[passwordVariable], !password.isEmpty {
            return password
        }
        throw BadMail(
            description: "mail.smtp.username is set but there is no password: give mail.smtp.password_file "
                + "or set \(passwordVariable)")
    }

    /// One address of the config. Each value is one mailbox, so a display name may hold what a
    /// header could not carry unquoted ("Smith, Jo <jo@…>", "QA (demo) <qa@…>"): it is quoted when
    /// the message is written.
    static func address(_ text: String, _ key: String) throws -> MailAddress {
        if let address = MailAddress(parsing: text) { return address }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<"),
            let bare = MailAddress(
                parsing: String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])),
            bare.name == nil
        {
            let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            return MailAddress(name: name.isEmpty ? nil : name, address: bare.address)
        }
        throw BadMail(description: "\(key): not a mail address: '\(text)'")
    }

    static func addresses(_ list: [String], _ key: String) throws -> [MailAddress] {
        try list.map { try address($0, key) }
    }
}
