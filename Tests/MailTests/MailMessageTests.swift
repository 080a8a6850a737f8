import Foundation
import Mail
import Testing

private let yotqa = MailAddress(name: "Yotqa", address: "yotqa@torbay.gov.uk")
private let chair = MailAddress(name: "Board Chair", address: "chair@torbay.gov.uk")
/// 2026-11-23T08:00:00Z, a Monday.
private let monday = Date(timeIntervalSince1970: 1_795_420_800)

private func message(
    subject: String = "Weekly digest", text: String = "Hello\n", html: String = "<p>Hello</p>",
    messageID: String = "digest-2026-11-23T0800@torbay.gov.uk", inReplyTo: String? = nil, references: [String] = [],
    to: [MailAddress] = [chair], from: MailAddress = yotqa, headers: [MailHeader] = []
) -> MailMessage {
    MailMessage(
        from: from, to: to, content: MailContent(subject: subject, text: text, html: html), messageID: messageID,
        inReplyTo: inReplyTo, references: references, date: monday, headers: headers)
}

/// The lines of a rendered message (split at CRLF), after checking it has no CR or LF other than in
/// CRLF, no byte outside 7-bit ASCII and no line over 998 characters, and ends in CRLF.
private func lines(of rendered: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    let bytes = Array(rendered.utf8)
    for (index, byte) in bytes.enumerated() {
        if byte == 13 { #expect(index + 1 < bytes.count && bytes[index + 1] == 10, sourceLocation: sourceLocation) }
        if byte == 10 { #expect(index > 0 && bytes[index - 1] == 13, sourceLocation: sourceLocation) }
        #expect(byte < 128, sourceLocation: sourceLocation)
    }
    #expect(rendered.hasSuffix("\r\n"), sourceLocation: sourceLocation)
    let lines = Array(rendered.components(separatedBy: "\r\n").dropLast())
    for line in lines {
        #expect(line.utf8.count <= 998, sourceLocation: sourceLocation)
    }
    return lines
}

/// The header lines of a rendered message: up to the first empty line.
private func headerLines(of rendered: String) -> [String] {
    Array(lines(of: rendered).prefix { !$0.isEmpty })
}

@Suite struct MailMessageTests {
    @Test func rendersTheWholeMessage() {
        let rendered = message(
            inReplyTo: "digest-2026-11-16T0800@torbay.gov.uk",
            references: ["digest-2026-11-09T0800@torbay.gov.uk", "digest-2026-11-16T0800@torbay.gov.uk"],
            headers: [
                MailHeader(name: "Auto-Submitted", value: "auto-generated"),
                MailHeader(name: "X-Auto-Response-Suppress", value: "All"),
                MailHeader(name: "X-Yotqa-Kind", value: "digest"),
            ]
        ).rendered()
        // The boundary's hex is FNV-1a (64 bits) of the Message-ID, worked out apart from this code with
        // /usr/bin/python3: h = 0xcbf29ce484222325; for each byte: h ^= byte; h = h * 0x100000001b3 mod 2^64.
        let boundary = "=_yotqa_3e4f6749b4e1f406"
        // "References: " and the two IDs are 89 characters: the second goes on a continuation line.
        let expected = [
            "From: Yotqa <yotqa@torbay.gov.uk>",
            "To: Board Chair <chair@torbay.gov.uk>",
            "Subject: Weekly digest",
            "Date: Mon, 23 Nov 2026 08:00:00 +0000",
            "Message-ID: <digest-2026-11-23T0800@torbay.gov.uk>",
            "In-Reply-To: <digest-2026-11-16T0800@torbay.gov.uk>",
            "References: <digest-2026-11-09T0800@torbay.gov.uk>",
            " <digest-2026-11-16T0800@torbay.gov.uk>",
            "MIME-Version: 1.0",
            "Auto-Submitted: auto-generated",
            "X-Auto-Response-Suppress: All",
            "X-Yotqa-Kind: digest",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
            "",
            "--\(boundary)",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "Hello",
            "",
            "--\(boundary)",
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "<p>Hello</p>",
            "--\(boundary)--",
            "",
        ]
        #expect(rendered == expected.joined(separator: "\r\n"))
    }

    @Test func aRealParserReadsTrickyBodiesBack() throws {
        let text = [
            "Dear Chair,",
            "",
            "£5 – café",
            String(repeating: "long line ", count: 20),
            String(repeating: "x", count: 200),
            "a = b == c =",
            "=3D is not an escape here, nor is =",
            "trailing spaces   ",
            "trailing tab\t",
            ".",
            "..",
            "From the board",
            "--=_yotqa_0123456789abcdef",
            String(repeating: "é", count: 100),
            "Cadeirydd y Bwrdd – Ŷ",
            "",
        ].joined(separator: "\n")
        let html =
            "<!DOCTYPE html>\n<html><body><p style=\"color:#333\">£5 – café</p>"
            + String(repeating: "<td>=</td>", count: 40) + "\n.\n</body></html>\n"
        let rendered = message(text: text, html: html).rendered()
        for line in lines(of: rendered) {
            #expect(line.count <= 78, "\(line)")
        }
        let parsed = try ParsedMail.parse(rendered)
        #expect(parsed.defects.isEmpty)
        #expect(parsed.headerDefects.isEmpty)
        #expect(parsed.contentType == "multipart/alternative")
        // The text part first and the HTML part last: a reader shows the last part it can.
        #expect(parsed.parts.map(\.type) == ["text/plain", "text/html"])
        for part in parsed.parts {
            #expect(part.charset == "utf-8")
            #expect(part.encoding == "quoted-printable")
            #expect(part.defects.isEmpty)
        }
        // Python gives the decoded bodies with the wire's line ends, which must be CRLF.
        #expect(parsed.parts.first?.content == text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(parsed.parts.last?.content == html.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func theBoundaryIsFixedByTheMessageIDAndCannotBeInABody() throws {
        let first = message(messageID: "a@x").rendered()
        #expect(first == message(messageID: "a@x").rendered())
        let boundaries = Set(
            [first, message(messageID: "b@x").rendered()].map { rendered in
                headerLines(of: rendered).first { $0.hasPrefix("Content-Type:") }
            })
        #expect(boundaries.count == 2)
        let line = try #require(headerLines(of: first).first { $0.hasPrefix("Content-Type:") })
        let boundary = String(try #require(line.split(separator: "\"").dropFirst().first))
        #expect(boundary.hasPrefix("=_yotqa_") && boundary.count == 24)
        // A body with the boundary itself in it, as a delimiter line and as the closing one.
        let body = "--\(boundary)\n--\(boundary)--\n\(boundary)"
        let rendered = message(text: body, html: body, messageID: "a@x").rendered()
        #expect(lines(of: rendered).filter { $0.hasPrefix("--" + boundary) }.count == 3)
        let parsed = try ParsedMail.parse(rendered)
        #expect(parsed.parts.map(\.content) == [body, body].map { $0.replacingOccurrences(of: "\n", with: "\r\n") })
    }

    @Test(arguments: [
        "Weekly digest",
        "Rhybudd: £5 – café – Cadeirydd y Bwrdd – Ŷ",
        String(repeating: "Ŷ ŵ £ – é ", count: 20),
        String(repeating: "ŷŵ", count: 60),
        "Critical: " + String(repeating: "Initial assessments on time ", count: 8),
        "A word too long for a line: " + String(repeating: "x", count: 300),
        "Looks encoded: =?utf-8?q?x?= but is not",
        "Colon: semicolon; <angle> \"quote\" (paren) back\\slash",
    ])
    func aRealParserReadsTheSubjectBack(subject: String) throws {
        let rendered = message(subject: subject).rendered()
        let headers = headerLines(of: rendered)
        let start = try #require(headers.firstIndex { $0.hasPrefix("Subject:") })
        let field = [headers[start]] + headers[(start + 1)...].prefix { $0.hasPrefix(" ") }
        for line in field {
            #expect(line.count <= 78, "\(line)")
            for word in line.split(separator: " ") where word.hasPrefix("=?") {
                #expect(word.count <= 75)
            }
        }
        // Encoded-words only when needed: not for plain ASCII with words that fit a line.
        let plain = subject.unicodeScalars.allSatisfy(\.isASCII) && !subject.contains("=?") && !subject.contains("xxx")
        #expect(field.contains { $0.contains("=?utf-8?") } == !plain)
        let parsed = try ParsedMail.parse(rendered)
        #expect(parsed.headerDefects.isEmpty)
        // Runs of spaces become one and the ends are trimmed.
        let expected = subject.split(separator: " ").joined(separator: " ")
        #expect(parsed.subject == expected)
    }

    @Test func headerInjectionIsNeutralised() throws {
        let rendered = message(
            subject: "Subject\r\nBcc: x@y", messageID: "id@x>\r\nBcc: m@y", inReplyTo: "r@x\nBcc: r@y",
            references: ["s@x\rBcc: s@y"], to: [MailAddress(name: "Evil\r\nBcc: n@y", address: "a@b\r\nBcc: c@d")],
            headers: [
                MailHeader(name: "X-Kind", value: "alert\r\nBcc: h@y"),
                MailHeader(name: "X-A\r\nBcc", value: "v"),
            ]
        ).rendered()
        let headers = headerLines(of: rendered)
        #expect(!headers.contains { $0.lowercased().hasPrefix("bcc") })
        let parsed = try ParsedMail.parse(rendered)
        #expect(
            parsed.headerNames == [
                "From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "MIME-Version", "X-Kind",
                "X-ABcc", "Content-Type",
            ])
        #expect(parsed.subject == "Subject Bcc: x@y")
        #expect(parsed.header("X-Kind") == ["alert Bcc: h@y"])
        #expect(headers.contains("Message-ID: <id@xBcc:m@y>"))
        #expect(parsed.to.count == 1)
        let envelopeOnly = message(to: [MailAddress(name: nil, address: "a@b\r\nRCPT TO:<c@d>")])
        #expect(envelopeOnly.envelopeRecipients == ["a@bRCPTTO:c@d"])
    }

    @Test func messageIDsAreInAngleBrackets() throws {
        let references = (1...5).map { "alert-\($0)-1795420800@torbay.gov.uk" }
        let rendered = message(
            messageID: "<alert-12-1795420800@torbay.gov.uk>", inReplyTo: "alert-5-1795420800@torbay.gov.uk",
            references: references
        ).rendered()
        let headers = headerLines(of: rendered)
        #expect(headers.contains("Message-ID: <alert-12-1795420800@torbay.gov.uk>"))
        #expect(headers.contains("In-Reply-To: <alert-5-1795420800@torbay.gov.uk>"))
        let start = try #require(headers.firstIndex { $0.hasPrefix("References:") })
        let field = [headers[start]] + headers[(start + 1)...].prefix { $0.hasPrefix(" ") }
        #expect(field.count > 1)
        for line in field {
            #expect(line.count <= 78)
        }
        let parsed = try ParsedMail.parse(rendered)
        #expect(parsed.header("References") == [references.map { "<\($0)>" }.joined(separator: " ")])
        #expect(parsed.header("Message-ID") == ["<alert-12-1795420800@torbay.gov.uk>"])
    }

    @Test func noInReplyToOrReferencesWhenThereAreNone() throws {
        let parsed = try ParsedMail.parse(message().rendered())
        #expect(parsed.headerNames == ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"])
    }

    @Test func extraHeadersCannotReplaceTheMessagesOwn() throws {
        let rendered = message(headers: [
            MailHeader(name: "Content-Type", value: "text/plain"),
            MailHeader(name: "bcc", value: "hidden@x"),
            MailHeader(name: "To", value: "other@x"),
            MailHeader(name: "X-Ok", value: "yes"),
            MailHeader(name: "X-Welsh", value: "Cadeirydd y Bwrdd – Ŷ"),
            MailHeader(name: "\r\n", value: "no name"),
        ]).rendered()
        let parsed = try ParsedMail.parse(rendered)
        #expect(
            parsed.headerNames == [
                "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "X-Ok", "X-Welsh", "Content-Type",
            ])
        #expect(parsed.to == [["Board Chair", "chair@torbay.gov.uk"]])
        #expect(parsed.header("X-Welsh") == ["Cadeirydd y Bwrdd – Ŷ"])
        #expect(parsed.contentType == "multipart/alternative")
    }

    @Test func noToHeaderWithoutRecipients() throws {
        let parsed = try ParsedMail.parse(message(to: []).rendered())
        #expect(!parsed.headerNames.contains("To"))
    }

    @Test func overlongValuesNeverMakeALineOver998() {
        let rendered = message(
            messageID: String(repeating: "m", count: 2_000) + "@x", references: [String(repeating: "r", count: 1_500)],
            to: [MailAddress(name: nil, address: String(repeating: "a", count: 1_500) + "@x")],
            headers: [MailHeader(name: "X-" + String(repeating: "n", count: 1_200), value: "v")]
        ).rendered()
        let all = lines(of: rendered)
        #expect(all.contains { $0.utf8.count > 900 })
        #expect(!all.contains { $0.utf8.count > 998 })
    }

    @Test func envelope() {
        let mail = message(to: [chair, MailAddress(name: "Cadeirydd y Bwrdd – Ŷ", address: "cadeirydd@torbay.gov.uk")])
        #expect(mail.envelopeSender == "yotqa@torbay.gov.uk")
        #expect(mail.envelopeRecipients == ["chair@torbay.gov.uk", "cadeirydd@torbay.gov.uk"])
    }

    @Test(arguments: [
        // Seconds since 1970 from /usr/bin/python3's datetime; the weekdays from its strftime("%a").
        (1_767_225_600.0, "Thu, 01 Jan 2026 00:00:00 +0000"),
        (1_795_420_800.75, "Mon, 23 Nov 2026 08:00:00 +0000"),
        (1_835_481_599.0, "Tue, 29 Feb 2028 23:59:59 +0000"),
    ])
    func dateIsRFC5322InUTC(seconds: Double, header: String) throws {
        let rendered = MailMessage(
            from: yotqa, to: [chair], content: MailContent(subject: "s", text: "t", html: "h"), messageID: "d@x",
            date: Date(timeIntervalSince1970: seconds)
        ).rendered()
        #expect(headerLines(of: rendered).contains("Date: " + header))
        let parsed = try ParsedMail.parse(rendered)
        #expect(parsed.date == seconds.rounded(.down))
    }
}
