import Testing

@testable import Config

@Suite("Section mail")
struct MailSectionTests {
    static let database = "database:\n  conninfo: ''\n"
    static let minimal = "mail:\n  from: qa@torbay.gov.uk\n  smtp:\n    host: relay.council.internal\n"

    private static func mail(_ yaml: String, environment: [String: String] = [:]) throws -> MailConfig? {
        try YotqaConfig.parse(yaml: database + yaml, file: fixtureFile, environment: environment).mail
    }

    /// Without the section, or with every key commented out, no email is sent.
    @Test(
        "off when absent or empty",
        arguments: ["", "mail:\n", "mail:\n  # from: qa@torbay.gov.uk\n", "mail: ~\n"])
    func off(_ section: String) throws {
        #expect(try Self.mail(section) == nil)
    }

    /// With only from and smtp.host, every other key takes its default.
    @Test("defaults")
    func defaults() throws {
        let mail = try #require(try Self.mail(Self.minimal))
        #expect(
            mail == MailConfig(transport: .smtp(SmtpConfig(host: "relay.council.internal")), from: "qa@torbay.gov.uk"))
        guard case .smtp(let smtp) = mail.transport else {
            Issue.record("expected transport smtp, got \(mail.transport)")
            return
        }
        #expect(smtp.port == 587)
        #expect(smtp.security == .starttls)
        #expect(smtp.allowPlainLocalhost == false)
        #expect(smtp.username == nil)
        #expect(smtp.passwordFile == nil)
        #expect(smtp.caFile == nil)
        #expect(smtp.timeout == .seconds(30))
        #expect(mail.apiURL == nil)
        #expect(mail.messageIDDomain == nil)
        #expect(mail.effectiveMessageIDDomain == "torbay.gov.uk")
        #expect(mail.boardChair == [])
        #expect(mail.recipients == MailRecipientsConfig(critical: [], warning: [], services: [:]))
        #expect(mail.remindEvery == .seconds(86_400))
        #expect(mail.escalateAfter == .seconds(2 * 86_400))
        #expect(mail.resolvedNotices == true)
        #expect(mail.retry == MailRetryConfig(maxAttempts: 8, firstDelay: .seconds(60), maxDelay: .seconds(3600)))
        #expect(mail.digest == DigestConfig(enabled: true, weekday: 1, hour: 8, minute: 0, timeZone: "Europe/London"))
    }

    /// Every key is read, with `${VAR}` replaced in paths and one trailing slash dropped from api_url.
    @Test("reads every key")
    func everyKey() throws {
        let yaml = """
            mail:
              transport: smtp
              smtp:
                host: relay.council.internal
                port: 2525
                security: tls
                allow_plain_localhost: true
                username: yotqa
                password_file: ${CREDENTIALS_DIRECTORY}/smtp-password
                ca_file: /etc/yotqa/relay-ca.crt
                timeout: 1m30s
              from: "YOT quality assurance <yotqa@torbay.gov.uk>"
              api_url: https://yotqa.torbay.gov.uk:8443/qa/
              message_id_domain: mail.torbay.gov.uk
              board_chair: [chair@torbay.gov.uk, "Deputy chair <deputy@torbay.gov.uk>"]
              recipients:
                critical: [yot-manager@torbay.gov.uk]
                warning:
                  - qa-officer@torbay.gov.uk
                  - QA team <qa@torbay.gov.uk>
                services:
                  torbay:
                    critical: [torbay-lead@torbay.gov.uk]
                    warning: [torbay-qa@torbay.gov.uk]
                  plymouth:
                    warning: [qa@plymouth.gov.uk]
              remind_every: 12h
              escalate_after: 3d
              resolved_notices: false
              retry:
                max_attempts: 5
                first_delay: 30s
                max_delay: 2h
              digest:
                enabled: false
                day: friday
                time: "16:45"
                time_zone: America/New_York

            """
        let mail = try Self.mail(yaml, environment: ["CREDENTIALS_DIRECTORY": "/run/credentials/yotqa.service"])
        let expected = MailConfig(
            transport: .smtp(
                SmtpConfig(
                    host: "relay.council.internal", port: 2525, security: .tls, allowPlainLocalhost: true,
                    username: "yotqa", passwordFile: "/run/credentials/yotqa.service/smtp-password",
                    caFile: "/etc/yotqa/relay-ca.crt", timeout: .seconds(90))),
            from: "YOT quality assurance <yotqa@torbay.gov.uk>",
            apiURL: "https://yotqa.torbay.gov.uk:8443/qa",
            messageIDDomain: "mail.torbay.gov.uk",
            boardChair: ["chair@torbay.gov.uk", "Deputy chair <deputy@torbay.gov.uk>"],
            recipients: MailRecipientsConfig(
                critical: ["yot-manager@torbay.gov.uk"],
                warning: ["qa-officer@torbay.gov.uk", "QA team <qa@torbay.gov.uk>"],
                services: [
                    "torbay": ServiceRecipientsConfig(
                        critical: ["torbay-lead@torbay.gov.uk"], warning: ["torbay-qa@torbay.gov.uk"]),
                    "plymouth": ServiceRecipientsConfig(critical: [], warning: ["qa@plymouth.gov.uk"]),
                ]),
            remindEvery: .seconds(12 * 3600),
            escalateAfter: .seconds(3 * 86_400),
            resolvedNotices: false,
            retry: MailRetryConfig(maxAttempts: 5, firstDelay: .seconds(30), maxDelay: .seconds(7200)),
            digest: DigestConfig(enabled: false, weekday: 5, hour: 16, minute: 45, timeZone: "America/New_York"))
        #expect(mail == expected)
        #expect(mail?.effectiveMessageIDDomain == "mail.torbay.gov.uk")
    }

    /// Transport file writes to a folder, with `${VAR}` replaced, and needs no smtp.
    @Test("transport file")
    func fileTransport() throws {
        let yaml = "mail:\n  transport: file\n  folder: ${STATE_DIRECTORY}/mail\n  from: qa@torbay.gov.uk\n"
        let mail = try Self.mail(yaml, environment: ["STATE_DIRECTORY": "/var/lib/yotqa"])
        #expect(mail == MailConfig(transport: .file(folder: "/var/lib/yotqa/mail"), from: "qa@torbay.gov.uk"))
    }

    /// The key of the other transport may stay when everything under it is commented out.
    @Test("the other transport's key with no value")
    func otherTransportEmpty() throws {
        let file =
            "mail:\n  transport: file\n  folder: /tmp/mail\n  from: qa@torbay.gov.uk\n  smtp:\n    # host: relay\n"
        let smtp = Self.minimal + "  folder:\n"
        #expect(try Self.mail(file)?.transport == .file(folder: "/tmp/mail"))
        #expect(try Self.mail(smtp)?.transport == .smtp(SmtpConfig(host: "relay.council.internal")))
    }

    /// The port follows security unless it is given.
    @Test(
        "the default port follows security",
        arguments: [("starttls", 587), ("tls", 465)])
    func defaultPort(_ security: String, _ port: Int) throws {
        let mail = try Self.mail(Self.minimal + "    security: \(security)\n")
        guard case .smtp(let smtp) = mail?.transport else {
            Issue.record("expected transport smtp")
            return
        }
        #expect(smtp.port == port)
        #expect(smtp.security.rawValue == security)
        #expect(smtp.security.defaultPort == port)
    }

    /// Plain SMTP is allowed to this machine when allow_plain_localhost says so, on port 25 by default.
    @Test(
        "plain SMTP to localhost with allow_plain_localhost", arguments: ["localhost", "127.0.0.1", "127.1.2.3", "::1"])
    func plainToLocalhost(_ host: String) throws {
        let yaml =
            "mail:\n  from: qa@torbay.gov.uk\n  smtp:\n    host: '\(host)'\n    security: none\n"
            + "    allow_plain_localhost: true\n"
        let mail = try Self.mail(yaml)
        let expected = SmtpConfig(host: host, port: 25, security: SmtpSecurity.none, allowPlainLocalhost: true)
        #expect(mail?.transport == .smtp(expected))
    }

    /// allow_plain_localhost has no effect with encryption, even to a relay.
    @Test("allow_plain_localhost with starttls")
    func allowWithStarttls() throws {
        let mail = try Self.mail(Self.minimal + "    allow_plain_localhost: true\n")
        #expect(
            mail?.transport == .smtp(SmtpConfig(host: "relay.council.internal", allowPlainLocalhost: true)))
    }

    /// Only 127.0.0.0/8, ::1 and localhost are this machine.
    @Test("loopback hosts")
    func loopback() {
        for host in ["localhost", "LOCALHOST", "127.0.0.1", "127.255.255.255", "::1"] {
            #expect(SmtpConfig.isLoopback(host), "\(host)")
        }
        for host in ["relay", "128.0.0.1", "127.0.0", "127.0.0.256", "127.0.0.1.", "localhost.council", "::2", ""] {
            #expect(!SmtpConfig.isLoopback(host), "\(host)")
        }
    }

    /// `off`, unquoted (a boolean to YAML 1.1) or quoted, turns reminders and escalation off.
    @Test("off for remind_every and escalate_after", arguments: ["off", "'off'"])
    func offDurations(_ word: String) throws {
        let mail = try Self.mail(Self.minimal + "  remind_every: \(word)\n  escalate_after: \(word)\n")
        #expect(mail?.remindEvery == nil)
        #expect(mail?.escalateAfter == nil)
    }

    /// The ends of each range are allowed.
    @Test("the bounds of each range are allowed")
    func bounds() throws {
        let low =
            "  remind_every: 15m\n  escalate_after: 15m\n  retry:\n    max_attempts: 1\n    first_delay: 1s\n"
            + "    max_delay: 1m\n"
        let high =
            "  remind_every: 30d\n  escalate_after: 90d\n  retry:\n    max_attempts: 50\n    first_delay: 1h\n"
            + "    max_delay: 1d\n"
        let lowest = try #require(try Self.mail(Self.minimal + low))
        let highest = try #require(try Self.mail(Self.minimal + high))
        #expect(lowest.remindEvery == .seconds(900))
        #expect(lowest.escalateAfter == .seconds(900))
        #expect(lowest.retry == MailRetryConfig(maxAttempts: 1, firstDelay: .seconds(1), maxDelay: .seconds(60)))
        #expect(highest.remindEvery == .seconds(30 * 86_400))
        #expect(highest.escalateAfter == .seconds(90 * 86_400))
        #expect(
            highest.retry == MailRetryConfig(maxAttempts: 50, firstDelay: .seconds(3600), maxDelay: .seconds(86_400)))
        let equal = try Self.mail(Self.minimal + "  retry:\n    first_delay: 10m\n    max_delay: 10m\n")
        #expect(equal?.retry == MailRetryConfig(firstDelay: .seconds(600), maxDelay: .seconds(600)))
    }

    /// A time of day, quoted or not (YAML 1.1 reads an unquoted 18:30 as a base-60 number), at either end of the day.
    @Test(
        "digest time, quoted or not",
        arguments: [("\"08:00\"", 8, 0), ("08:00", 8, 0), ("18:30", 18, 30), ("'00:00'", 0, 0), ("23:59", 23, 59)])
    func digestTime(_ text: String, _ hour: Int, _ minute: Int) throws {
        let digest = try Self.mail(Self.minimal + "  digest:\n    time: \(text)\n")?.digest
        #expect(digest?.hour == hour)
        #expect(digest?.minute == minute)
    }

    /// The days are numbered as ISO 8601 numbers them, Monday first.
    @Test("digest days are ISO weekdays")
    func digestDays() throws {
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (index, day) in days.enumerated() {
            let digest = try Self.mail(Self.minimal + "  digest:\n    day: \(day)\n")?.digest
            #expect(digest?.weekday == index + 1, "\(day)")
        }
    }

    /// Addresses with and without a name, and names with commas and quotes, which are the Mail module's to quote.
    @Test(
        "addresses that are accepted",
        arguments: [
            "qa@torbay.gov.uk", "QA team <qa@torbay.gov.uk>", "<qa@torbay.gov.uk>", "Smith, Jo <jo@torbay.gov.uk>",
            "\"Jo Smith\" <jo.smith+yot@torbay.gov.uk>", "postmaster@localhost",
        ])
    func goodAddresses(_ address: String) {
        #expect(MailAddressSyntax.problem(in: address) == nil)
    }

    /// The effective Message-ID domain is the domain of `from` when message_id_domain is left out.
    @Test("the Message-ID domain defaults to the domain of from")
    func messageIDDomain() {
        let named = MailConfig(transport: .file(folder: "/tmp"), from: "QA <qa@yot.torbay.gov.uk>")
        let bare = MailConfig(transport: .file(folder: "/tmp"), from: "qa@torbay.gov.uk")
        #expect(named.effectiveMessageIDDomain == "yot.torbay.gov.uk")
        #expect(bare.effectiveMessageIDDomain == "torbay.gov.uk")
    }

    @Test("reports the transport and the section's own keys", arguments: BrokenFile.mailSection)
    func brokenSection(_ file: BrokenFile) {
        #expect(problems(in: file.yaml, environment: file.environment) == file.expected)
    }

    @Test("reports impossible smtp settings", arguments: BrokenFile.mailSmtp)
    func brokenSmtp(_ file: BrokenFile) {
        #expect(problems(in: file.yaml, environment: file.environment) == file.expected)
    }

    @Test("reports addresses that will not do, naming them", arguments: BrokenFile.mailAddresses)
    func brokenAddresses(_ file: BrokenFile) {
        #expect(problems(in: file.yaml, environment: file.environment) == file.expected)
    }

    @Test("reports impossible values", arguments: BrokenFile.mailValues)
    func brokenValues(_ file: BrokenFile) {
        #expect(problems(in: file.yaml, environment: file.environment) == file.expected)
    }

    static let secret = "Tr0ub4dor-hunter2"

    /// A password key is refused at the key, whatever its value, and the value is never quoted back.
    @Test(
        "a password is refused without being echoed",
        arguments: [
            ("    password: \(secret)\n", "6:5: mail.smtp.password"),
            ("    password: '\(secret) x'\n", "6:5: mail.smtp.password"),
            ("    password: [\(secret)]\n", "6:5: mail.smtp.password"),
            ("  password: \(secret)\n", "6:3: mail.password"),
        ])
    func passwordRefused(_ line: String, _ place: String) {
        let found = problems(
            in: Self.database + "mail:\n  smtp:\n    host: relay\n" + line + "  from: qa@torbay.gov.uk\n")
        #expect(found == ["broken.yaml:\(place): \(BrokenFile.mailPasswordMessage)"])
        #expect(!found.joined().contains("Tr0ub4dor"))
    }

    /// Credentials in api_url are refused and not shown either.
    @Test("a password in api_url is not echoed")
    func passwordInURL() {
        let found = problems(in: BrokenFile.mailKeys("  api_url: https://board:\(Self.secret)@yotqa.torbay.gov.uk\n"))
        #expect(found.count == 1)
        #expect(!found.joined().contains("Tr0ub4dor"))
    }

    /// Every problem of the section is reported at once, in file order.
    @Test("reports every problem at once")
    func everyProblem() {
        let yaml =
            Self.database + """
                mail:
                  transport: smtp
                  folder: /tmp/mail
                  smtp:
                    host: relay.council.internal
                    security: none
                    port: 0
                    password: hunter2
                  from: qa
                  board_chair: [chair@]
                  remind_every: 1m
                  retry:
                    first_delay: 10m
                    max_delay: 5m
                  digest:
                    time: '7:30'
                    time_zone: Mars/Olympus

                """
        #expect(
            problems(in: yaml) == [
                "broken.yaml:5:3: mail.folder: not allowed with transport smtp: folder is for transport file",
                "broken.yaml:8:15: mail.smtp.security: plain SMTP (security: none) would send mail and the password "
                    + "unencrypted: it is allowed only to localhost, with allow_plain_localhost: true; use starttls "
                    + "or tls for a relay",
                "broken.yaml:9:11: mail.smtp.port: expected a whole number from 1 to 65535, got 0",
                "broken.yaml:10:5: mail.smtp.password: \(BrokenFile.mailPasswordMessage)",
                #"broken.yaml:11:9: mail.from: expected \#(BrokenFile.addressExpected), got "qa" (no @)"#,
                #"broken.yaml:12:17: mail.board_chair[0]: expected \#(BrokenFile.addressExpected), got "chair@" "#
                    + "(nothing after the @)",
                "broken.yaml:13:17: mail.remind_every: expected a duration from 15m to 30d, or off, got 1m",
                "broken.yaml:16:16: mail.retry.max_delay: expected a duration no shorter than first_delay (10m), "
                    + "got 5m",
                #"broken.yaml:18:11: mail.digest.time: expected a time of day HH:MM, 24-hour, such as "08:00", "#
                    + #"got "7:30""#,
                "broken.yaml:19:16: mail.digest.time_zone: expected an IANA time zone such as Europe/London, got "
                    + #""Mars/Olympus" (not a time zone this system knows)"#,
            ])
    }
}
