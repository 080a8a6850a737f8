// The value types of section `mail`: addresses, host and domain names, the API's URL, the time
// zone, the SMTP security, the digest's time of day, and durations that may be `off`.

import Foundation

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
    static func text(_ expected: String) -> ValueType<String> {
        ValueType(expected: expected) { node, context in
            ValueType.string.decode(node, in: context).mapError { _ in .mismatch(expected: expected, found: node) }
        }
    }

    /// A mail address, `local@domain` or `Display Name <local@domain>`, kept as written.
    static var mailAddress: ValueType<String> {
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
    static var hostName: ValueType<String> {
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
    static var userName: ValueType<String> {
        let expected = "a user name"
        return text(expected).checked { name in name.isEmpty ? "expected \(expected), got an empty string" : nil }
    }

    /// A domain name: labels of letters, digits and hyphens, separated by single dots.
    static var domainName: ValueType<String> {
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
    static var apiURL: ValueType<String> {
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
    static var timeZoneIdentifier: ValueType<String> {
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
    static var smtpSecurity: ValueType<SmtpSecurity> {
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
    static var timeOfDay: ValueType<TimeOfDay> {
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
    static func durationOrOff(in range: ClosedRange<Duration>) -> ValueType<Duration?> {
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
