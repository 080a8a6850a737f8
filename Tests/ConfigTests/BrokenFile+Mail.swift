extension BrokenFile {
    /// `lines` under `mail:`, which is line 3; the first of `lines` is line 4.
    private static func mail(_ lines: String) -> String {
        "database:\n  conninfo: ''\nmail:\n" + lines
    }

    /// `lines` under `mail:` after `from` (line 4) and `smtp:` (line 5); the first of `lines` is line 6.
    private static func smtp(_ lines: String) -> String {
        mail("  from: qa@torbay.gov.uk\n  smtp:\n" + lines)
    }

    /// `lines` under `mail:` after a section that reads (lines 4 to 6); the first of `lines` is line 7.
    static func mailKeys(_ lines: String) -> String {
        mail("  from: qa@torbay.gov.uk\n  smtp:\n    host: relay\n" + lines)
    }

    /// A section whose `from` is `value`, on line 6 at column 9.
    private static func from(_ value: String) -> String {
        mail("  smtp:\n    host: relay\n  from: \(value)\n")
    }

    static let addressExpected = #"a mail address such as qa@council.gov.uk or "QA team <qa@council.gov.uk>""#
    static let mailPasswordMessage =
        "the SMTP password never goes in the config file: give password_file (for example "
        + "${CREDENTIALS_DIRECTORY}/smtp-password with systemd LoadCredential) or set YOTQA_SMTP_PASSWORD in the "
        + "service's environment"
    private static let plainToRelay =
        "plain SMTP (security: none) would send mail and the password unencrypted: it is allowed only to "
        + "localhost, with allow_plain_localhost: true; use starttls or tls for a relay"
    private static let urlExpected = "an http:// or https:// URL such as https://yotqa.council.gov.uk"
    private static let domainExpected = "a domain name such as council.gov.uk (letters, digits, dots and hyphens)"
    private static let days = "monday, tuesday, wednesday, thursday, friday, saturday, sunday"
    private static let timeExpected = #"a time of day HH:MM, 24-hour, such as "08:00""#
    private static let zoneExpected = "an IANA time zone such as Europe/London"

    /// The transport and the keys of section mail itself.
    static let mailSection: [BrokenFile] = [
        BrokenFile(
            name: "mail without from",
            yaml: mail("  smtp:\n    host: relay\n"),
            expected: ["broken.yaml:3:1: mail.from: required key is missing (expected \(addressExpected))"]
        ),
        BrokenFile(
            name: "mail without smtp, with the default transport",
            yaml: mail("  from: qa@torbay.gov.uk\n"),
            expected: [
                "broken.yaml:3:1: mail.smtp: required key is missing (expected a mapping with at least host, for "
                    + "transport smtp, the default)"
            ]
        ),
        BrokenFile(
            name: "transport file without folder",
            yaml: mail("  transport: file\n  from: qa@torbay.gov.uk\n"),
            expected: [
                "broken.yaml:3:1: mail.folder: required key is missing (expected a path: the folder that transport "
                    + "file writes to)"
            ]
        ),
        BrokenFile(
            name: "transport file with smtp",
            yaml: mail(
                "  transport: file\n  folder: /var/lib/yotqa/mail\n  from: qa@torbay.gov.uk\n  smtp:\n    host: relay\n"
            ),
            expected: ["broken.yaml:7:3: mail.smtp: not allowed with transport file: smtp is for transport smtp"]
        ),
        BrokenFile(
            name: "transport smtp with folder",
            yaml: mailKeys("  transport: smtp\n  folder: /var/lib/yotqa/mail\n"),
            expected: ["broken.yaml:8:3: mail.folder: not allowed with transport smtp: folder is for transport file"]
        ),
        BrokenFile(
            name: "the default transport with folder",
            yaml: mailKeys("  folder: /var/lib/yotqa/mail\n"),
            expected: [
                "broken.yaml:7:3: mail.folder: not allowed with transport smtp, the default: folder is for transport "
                    + "file"
            ]
        ),
        BrokenFile(
            name: "an unknown transport",
            yaml: mailKeys("  transport: sendmail\n"),
            expected: [#"broken.yaml:7:14: mail.transport: expected one of smtp, file, got "sendmail""#]
        ),
        BrokenFile(
            name: "an unknown transport, and smtp is still checked",
            yaml: mail("  transport: Smtp\n  from: qa@torbay.gov.uk\n  smtp:\n    port: 587\n"),
            expected: [
                #"broken.yaml:4:14: mail.transport: expected one of smtp, file, got "Smtp" (did you mean 'smtp'?)"#,
                "broken.yaml:6:3: mail.smtp.host: required key is missing (expected a host name or IP address such "
                    + "as relay.council.internal)",
            ]
        ),
        BrokenFile(
            name: "a folder with an unset variable",
            yaml: mail("  transport: file\n  folder: ${STATE_DIRECTORY}/mail\n  from: qa@torbay.gov.uk\n"),
            expected: ["broken.yaml:5:11: mail.folder: environment variable STATE_DIRECTORY is not set"]
        ),
        BrokenFile(
            name: "an unknown key in mail, with a suggestion",
            yaml: mailKeys("  remind_evry: 1d\n"),
            expected: ["broken.yaml:7:3: mail.remind_evry: unknown key (did you mean 'remind_every'?)"]
        ),
        BrokenFile(
            name: "mail: off is not a way to turn mail off",
            yaml: "database:\n  conninfo: ''\nmail: off\n",
            expected: ["broken.yaml:3:7: mail: expected a mapping, got off"]
        ),
        BrokenFile(
            name: "a password under mail",
            yaml: mailKeys("  password: hunter2\n"),
            expected: ["broken.yaml:7:3: mail.password: \(mailPasswordMessage)"]
        ),
        BrokenFile(
            name: "a board chair as one string",
            yaml: mailKeys("  board_chair: chair@torbay.gov.uk\n"),
            expected: [#"broken.yaml:7:16: mail.board_chair: expected a list, got "chair@torbay.gov.uk""#]
        ),
        BrokenFile(
            name: "a board chair that is not an address",
            yaml: mailKeys("  board_chair: [chair@torbay.gov.uk, chair]\n"),
            expected: [#"broken.yaml:7:38: mail.board_chair[1]: expected \#(addressExpected), got "chair" (no @)"#]
        ),
        BrokenFile(
            name: "recipients as a list",
            yaml: mailKeys("  recipients: [qa@torbay.gov.uk]\n"),
            expected: ["broken.yaml:7:15: mail.recipients: expected a mapping, got a list"]
        ),
        BrokenFile(
            name: "a critical recipient with a space",
            yaml: mailKeys("  recipients:\n    critical:\n      - yot-manager@torbay.gov.uk\n      - yot manager\n"),
            expected: [
                "broken.yaml:10:9: mail.recipients.critical[1]: expected \(addressExpected), "
                    + #"got "yot manager" (a space in the address)"#
            ]
        ),
        BrokenFile(
            name: "a service with an empty id",
            yaml: mailKeys("  recipients:\n    services:\n      '':\n        critical: [qa@torbay.gov.uk]\n"),
            expected: ["broken.yaml:9:7: mail.recipients.services: expected service ids as keys, got an empty key"]
        ),
        BrokenFile(
            name: "an unknown key in a service's recipients, with a suggestion",
            yaml: mailKeys("  recipients:\n    services:\n      torbay:\n        warnings: [qa@torbay.gov.uk]\n"),
            expected: [
                "broken.yaml:10:9: mail.recipients.services.torbay.warnings: unknown key (did you mean 'warning'?)"
            ]
        ),
        BrokenFile(
            name: "a service's recipient that is not an address",
            yaml: mailKeys("  recipients:\n    services:\n      torbay:\n        warning: [qa@]\n"),
            expected: [
                "broken.yaml:10:19: mail.recipients.services.torbay.warning[0]: expected \(addressExpected), "
                    + #"got "qa@" (nothing after the @)"#
            ]
        ),
    ]

    /// Impossible values under mail.smtp.
    static let mailSmtp: [BrokenFile] = [
        BrokenFile(
            name: "smtp without host",
            yaml: smtp("    port: 587\n"),
            expected: [
                "broken.yaml:5:3: mail.smtp.host: required key is missing (expected a host name or IP address such "
                    + "as relay.council.internal)"
            ]
        ),
        BrokenFile(
            name: "smtp with no value",
            yaml: smtp(""),
            expected: [
                "broken.yaml:5:3: mail.smtp.host: required key is missing (expected a host name or IP address such "
                    + "as relay.council.internal)"
            ]
        ),
        BrokenFile(
            name: "a host with a space",
            yaml: smtp("    host: relay council\n"),
            expected: [
                "broken.yaml:6:11: mail.smtp.host: expected a host name or IP address such as "
                    + #"relay.council.internal, got "relay council""#
            ]
        ),
        BrokenFile(
            name: "port 0",
            yaml: smtp("    host: relay\n    port: 0\n"),
            expected: ["broken.yaml:7:11: mail.smtp.port: expected a whole number from 1 to 65535, got 0"]
        ),
        BrokenFile(
            name: "security ssl, with a hint",
            yaml: smtp("    host: relay\n    security: SSL\n"),
            expected: [
                #"broken.yaml:7:15: mail.smtp.security: expected one of starttls, tls, none, got "SSL" (SSL from "#
                    + "the first byte, usually on port 465, is tls here)"
            ]
        ),
        BrokenFile(
            name: "security starttls capitalised, with a suggestion",
            yaml: smtp("    host: relay\n    security: STARTTLS\n"),
            expected: [
                #"broken.yaml:7:15: mail.smtp.security: expected one of starttls, tls, none, got "STARTTLS" (did you "#
                    + "mean 'starttls'?)"
            ]
        ),
        BrokenFile(
            name: "plain SMTP to a relay",
            yaml: smtp("    host: relay.council.internal\n    security: none\n"),
            expected: ["broken.yaml:7:15: mail.smtp.security: \(plainToRelay)"]
        ),
        BrokenFile(
            name: "plain SMTP to a relay, even with allow_plain_localhost",
            yaml: smtp("    host: 10.0.0.5\n    security: none\n    allow_plain_localhost: true\n"),
            expected: ["broken.yaml:7:15: mail.smtp.security: \(plainToRelay)"]
        ),
        BrokenFile(
            name: "plain SMTP to localhost without allow_plain_localhost",
            yaml: smtp("    host: localhost\n    security: none\n"),
            expected: [
                "broken.yaml:7:15: mail.smtp.security: plain SMTP (security: none) would send mail and the password "
                    + "unencrypted: to allow it to localhost, which is this machine, also set allow_plain_localhost: "
                    + "true"
            ]
        ),
        BrokenFile(
            name: "a password under smtp",
            yaml: smtp("    host: relay\n    password: hunter2\n"),
            expected: ["broken.yaml:7:5: mail.smtp.password: \(mailPasswordMessage)"]
        ),
        BrokenFile(
            name: "timeout 0s",
            yaml: smtp("    host: relay\n    timeout: 0s\n"),
            expected: ["broken.yaml:7:14: mail.smtp.timeout: expected a duration from 1s to 10m, got 0s"]
        ),
        BrokenFile(
            name: "timeout 11m",
            yaml: smtp("    host: relay\n    timeout: 11m\n"),
            expected: ["broken.yaml:7:14: mail.smtp.timeout: expected a duration from 1s to 10m, got 11m"]
        ),
        BrokenFile(
            name: "an empty user name",
            yaml: smtp("    host: relay\n    username: ''\n"),
            expected: ["broken.yaml:7:15: mail.smtp.username: expected a user name, got an empty string"]
        ),
        BrokenFile(
            name: "a password file with an unset variable",
            yaml: smtp("    host: relay\n    password_file: ${CREDENTIALS_DIRECTORY}/smtp-password\n"),
            expected: [
                "broken.yaml:7:20: mail.smtp.password_file: environment variable CREDENTIALS_DIRECTORY is not set"
            ]
        ),
    ]

    /// Addresses that will not do, in `from`.
    static let mailAddresses: [BrokenFile] = [
        BrokenFile(
            name: "from without @",
            yaml: from("qa"),
            expected: [#"broken.yaml:6:9: mail.from: expected \#(addressExpected), got "qa" (no @)"#]
        ),
        BrokenFile(
            name: "from with two @",
            yaml: from("qa@torbay@gov.uk"),
            expected: [
                #"broken.yaml:6:9: mail.from: expected \#(addressExpected), got "qa@torbay@gov.uk" (more than one @)"#
            ]
        ),
        BrokenFile(
            name: "from with nothing before the @",
            yaml: from("'@torbay.gov.uk'"),
            expected: [
                #"broken.yaml:6:9: mail.from: expected \#(addressExpected), got "@torbay.gov.uk" (nothing before "#
                    + "the @)"
            ]
        ),
        BrokenFile(
            name: "from with two addresses",
            yaml: from("'qa@torbay.gov.uk, chair@torbay.gov.uk'"),
            expected: [
                #"broken.yaml:6:9: mail.from: expected \#(addressExpected), got "qa@torbay.gov.uk, "#
                    + #"chair@torbay.gov.uk" (a comma: give each address as an entry of its own)"#
            ]
        ),
        BrokenFile(
            name: "from with two named addresses",
            yaml: from("'QA <qa@torbay.gov.uk>, Chair <chair@torbay.gov.uk>'"),
            expected: [
                #"broken.yaml:6:9: mail.from: expected \#(addressExpected), got "QA <qa@torbay.gov.uk>, "#
                    + #"Chair <chair@torbay.gov.uk>" (a comma: give each address as an entry of its own)"#
            ]
        ),
        BrokenFile(
            name: "from with an unclosed <",
            yaml: from("'QA <qa@torbay.gov.uk'"),
            expected: [
                #"broken.yaml:6:9: mail.from: expected \#(addressExpected), got "QA <qa@torbay.gov.uk" ('<' "#
                    + "without a closing '>')"
            ]
        ),
        BrokenFile(
            name: "from with text after the >",
            yaml: from("'QA <qa@torbay.gov.uk> (team)'"),
            expected: [
                #"broken.yaml:6:9: mail.from: expected \#(addressExpected), got "QA <qa@torbay.gov.uk> (team)" "#
                    + "(text after the closing '>')"
            ]
        ),
        BrokenFile(
            name: "from with a stray >",
            yaml: from("'qa@torbay.gov.uk>'"),
            expected: [
                #"broken.yaml:6:9: mail.from: expected \#(addressExpected), got "qa@torbay.gov.uk>" ('<' or '>' "#
                    + "in the address)"
            ]
        ),
        BrokenFile(
            name: "from with a line break, which would forge a header",
            yaml: from(#""QA\nBcc: x@y.z <qa@torbay.gov.uk>""#),
            expected: [
                #"broken.yaml:6:9: mail.from: expected \#(addressExpected), got "QA\nBcc: x@y.z <qa@torbay.gov.uk>" "#
                    + "(a control character)"
            ]
        ),
        BrokenFile(
            name: "from empty",
            yaml: from("''"),
            expected: [#"broken.yaml:6:9: mail.from: expected \#(addressExpected), got an empty string"#]
        ),
        BrokenFile(
            name: "from as a list",
            yaml: from("[qa@torbay.gov.uk]"),
            expected: [#"broken.yaml:6:9: mail.from: expected \#(addressExpected), got a list"#]
        ),
    ]

    /// Impossible values of api_url, message_id_domain, the reminders, retry and digest.
    static let mailValues: [BrokenFile] = [
        BrokenFile(
            name: "api_url with another scheme",
            yaml: mailKeys("  api_url: ftp://yotqa.torbay.gov.uk\n"),
            expected: [#"broken.yaml:7:12: mail.api_url: expected \#(urlExpected), got "ftp://yotqa.torbay.gov.uk""#]
        ),
        BrokenFile(
            name: "api_url without a host",
            yaml: mailKeys("  api_url: https:///alerts\n"),
            expected: [#"broken.yaml:7:12: mail.api_url: expected \#(urlExpected), got "https:///alerts" (no host)"#]
        ),
        BrokenFile(
            name: "api_url with a password, not shown",
            yaml: mailKeys("  api_url: https://board:hunter2@yotqa.torbay.gov.uk\n"),
            expected: [
                "broken.yaml:7:12: mail.api_url: expected \(urlExpected), got a URL that is not shown because it may "
                    + "hold a password (links must not carry a user name or password)"
            ]
        ),
        BrokenFile(
            name: "api_url with a query",
            yaml: mailKeys("  api_url: https://yotqa.torbay.gov.uk/?view=alerts\n"),
            expected: [
                #"broken.yaml:7:12: mail.api_url: expected \#(urlExpected), got "https://yotqa.torbay.gov.uk/?view="#
                    + #"alerts" (no ?query or #fragment: links are made by adding paths to it)"#
            ]
        ),
        BrokenFile(
            name: "message_id_domain with spaces",
            yaml: mailKeys("  message_id_domain: torbay gov uk\n"),
            expected: [
                #"broken.yaml:7:22: mail.message_id_domain: expected \#(domainExpected), got "torbay gov uk""#
            ]
        ),
        BrokenFile(
            name: "message_id_domain with an empty label",
            yaml: mailKeys("  message_id_domain: torbay..gov.uk\n"),
            expected: [
                #"broken.yaml:7:22: mail.message_id_domain: expected \#(domainExpected), got "torbay..gov.uk""#
            ]
        ),
        BrokenFile(
            name: "remind_every below 15m",
            yaml: mailKeys("  remind_every: 10m\n"),
            expected: ["broken.yaml:7:17: mail.remind_every: expected a duration from 15m to 30d, or off, got 10m"]
        ),
        BrokenFile(
            name: "remind_every above 30d",
            yaml: mailKeys("  remind_every: 31d\n"),
            expected: ["broken.yaml:7:17: mail.remind_every: expected a duration from 15m to 30d, or off, got 31d"]
        ),
        BrokenFile(
            name: "remind_every never",
            yaml: mailKeys("  remind_every: never\n"),
            expected: [
                #"broken.yaml:7:17: mail.remind_every: expected a duration such as 12h or 1d, or off, got "never""#
            ]
        ),
        BrokenFile(
            name: "escalate_after above 90d",
            yaml: mailKeys("  escalate_after: 91d\n"),
            expected: ["broken.yaml:7:19: mail.escalate_after: expected a duration from 15m to 90d, or off, got 91d"]
        ),
        BrokenFile(
            name: "escalate_after false for off",
            yaml: mailKeys("  escalate_after: false\n"),
            expected: [
                "broken.yaml:7:19: mail.escalate_after: expected a duration such as 12h or 1d, or off, got false"
            ]
        ),
        BrokenFile(
            name: "resolved_notices sometimes",
            yaml: mailKeys("  resolved_notices: sometimes\n"),
            expected: [#"broken.yaml:7:21: mail.resolved_notices: expected true or false, got "sometimes""#]
        ),
        BrokenFile(
            name: "max_attempts 0",
            yaml: mailKeys("  retry:\n    max_attempts: 0\n"),
            expected: ["broken.yaml:8:19: mail.retry.max_attempts: expected a whole number from 1 to 50, got 0"]
        ),
        BrokenFile(
            name: "first_delay 2h",
            yaml: mailKeys("  retry:\n    first_delay: 2h\n"),
            expected: ["broken.yaml:8:18: mail.retry.first_delay: expected a duration from 1s to 1h, got 2h"]
        ),
        BrokenFile(
            name: "max_delay 30s",
            yaml: mailKeys("  retry:\n    max_delay: 30s\n"),
            expected: ["broken.yaml:8:16: mail.retry.max_delay: expected a duration from 1m to 1d, got 30s"]
        ),
        BrokenFile(
            name: "max_delay shorter than first_delay",
            yaml: mailKeys("  retry:\n    first_delay: 30m\n    max_delay: 10m\n"),
            expected: [
                "broken.yaml:9:16: mail.retry.max_delay: expected a duration no shorter than first_delay (30m), "
                    + "got 10m"
            ]
        ),
        BrokenFile(
            name: "an unknown key in retry, with a suggestion",
            yaml: mailKeys("  retry:\n    max_attempt: 3\n"),
            expected: ["broken.yaml:8:5: mail.retry.max_attempt: unknown key (did you mean 'max_attempts'?)"]
        ),
        BrokenFile(
            name: "digest day capitalised, with a suggestion",
            yaml: mailKeys("  digest:\n    day: Monday\n"),
            expected: [
                #"broken.yaml:8:10: mail.digest.day: expected one of \#(days), got "Monday" (did you mean 'monday'?)"#
            ]
        ),
        BrokenFile(
            name: "digest day as a number",
            yaml: mailKeys("  digest:\n    day: 1\n"),
            expected: ["broken.yaml:8:10: mail.digest.day: expected one of \(days), got 1"]
        ),
        BrokenFile(
            name: "digest time 8am",
            yaml: mailKeys("  digest:\n    time: 8am\n"),
            expected: [#"broken.yaml:8:11: mail.digest.time: expected \#(timeExpected), got "8am""#]
        ),
        BrokenFile(
            name: "digest time 24:00",
            yaml: mailKeys("  digest:\n    time: '24:00'\n"),
            expected: [#"broken.yaml:8:11: mail.digest.time: expected \#(timeExpected), got "24:00""#]
        ),
        BrokenFile(
            name: "digest time 8:00, one digit for the hour",
            yaml: mailKeys("  digest:\n    time: 8:00\n"),
            expected: [#"broken.yaml:8:11: mail.digest.time: expected \#(timeExpected), got 8:00"#]
        ),
        BrokenFile(
            name: "digest time_zone unknown",
            yaml: mailKeys("  digest:\n    time_zone: Europe/Londres\n"),
            expected: [
                #"broken.yaml:8:16: mail.digest.time_zone: expected \#(zoneExpected), got "Europe/Londres" (not a "#
                    + "time zone this system knows)"
            ]
        ),
        BrokenFile(
            name: "digest enabled maybe",
            yaml: mailKeys("  digest:\n    enabled: maybe\n"),
            expected: [#"broken.yaml:8:14: mail.digest.enabled: expected true or false, got "maybe""#]
        ),
    ]
}
