import Foundation
import Mail
import Testing

@Suite struct MailAddressTests {
    @Test(
        arguments: [
            ("a@b.example", nil, "a@b.example"),
            ("  a@b.example\n", nil, "a@b.example"),
            ("<a@b.example>", nil, "a@b.example"),
            ("Display Name <a@b.example>", "Display Name", "a@b.example"),
            ("\"Quoted, Name\" <a@b>", "Quoted, Name", "a@b"),
            ("\"Say \\\"hi\\\" \\\\ bye\" <a@b>", "Say \"hi\" \\ bye", "a@b"),
            ("J. Smith<j.smith@torbay.gov.uk>", "J. Smith", "j.smith@torbay.gov.uk"),
            ("Cadeirydd y Bwrdd – Ŷ <chair@torbay.gov.uk>", "Cadeirydd y Bwrdd – Ŷ", "chair@torbay.gov.uk"),
            ("\"\" <a@b>", nil, "a@b"),
            ("first.last+tag@[192.0.2.1]", nil, "first.last+tag@[192.0.2.1]"),
        ] as [(String, String?, String)])
    func parsesValid(text: String, name: String?, address: String) throws {
        let parsed = try #require(MailAddress(parsing: text))
        #expect(parsed.name == name)
        #expect(parsed.address == address)
    }

    @Test(arguments: [
        "", "   ", "a", "@b.example", "a@", "a@@b", "a@b@c", "a b@c", "a@b c", "a@b\tc", "Name <a@b", "Name a@b>",
        "a@b, c@d", "Smith, J <j@x.example>", "<>", "Name <>", "Name <a>", "a(b)@c", "\"a\"@b", "a@b\r\nBcc: c@d",
        "Name <a@b> x", "\"unterminated <a@b>", "\"a\"b\" <a@b>", "\"ends in backslash\\\" <a@b>", "é@x.example",
        "a@x.exampl\u{7}e", "Name\u{7} <a@b>", "Na<me <a@b>", "Name <<a@b>>", "a@b>", "Name: <a@b>",
        String(repeating: "a", count: 250) + "@b.example",
    ])
    func rejectsInvalid(text: String) {
        #expect(MailAddress(parsing: text) == nil)
    }

    @Test func domain() {
        #expect(MailAddress(name: nil, address: "chair@torbay.gov.uk").domain == "torbay.gov.uk")
        #expect(MailAddress(name: nil, address: "no-at-sign").domain == "")
    }

    @Test func headerValueOfPlainNames() {
        #expect(MailAddress(name: nil, address: "a@b.example").headerValue == "a@b.example")
        #expect(MailAddress(name: "", address: "a@b.example").headerValue == "a@b.example")
        #expect(MailAddress(name: "Board Chair", address: "a@b.example").headerValue == "Board Chair <a@b.example>")
        #expect(MailAddress(name: "O'Neil", address: "a@b.example").headerValue == "O'Neil <a@b.example>")
    }

    @Test func headerValueQuotesNamesWithSpecials() {
        #expect(MailAddress(name: "Quoted, Name", address: "a@b").headerValue == "\"Quoted, Name\" <a@b>")
        #expect(MailAddress(name: "J. Smith", address: "j@x").headerValue == "\"J. Smith\" <j@x>")
        #expect(MailAddress(name: "Say \"hi\" \\", address: "a@b").headerValue == "\"Say \\\"hi\\\" \\\\\" <a@b>")
        // "=?" unquoted would be read as the start of an encoded-word.
        #expect(MailAddress(name: "=?x?=", address: "a@b").headerValue == "\"=?x?=\" <a@b>")
    }

    @Test func headerValueEncodesNonASCIIName() {
        // UTF-8: "–" (U+2013) is E2 80 93, "Ŷ" (U+0176) is C5 B6: 24 bytes. In Q that is 34 characters,
        // "Cadeirydd_y_Bwrdd_=E2=80=93_=C5=B6"; in base64 32 (8 groups of 3 bytes), so B, the shorter:
        // "Cad" Q2Fk, "eir" ZWly, "ydd" eWRk, " y " IHkg, "Bwr" Qndy, "dd " ZGQg, E2 80 93 4oCT, and
        // 20 C5 B6 = 001000 001100 010110 110110 = I M W 2.
        let chair = MailAddress(name: "Cadeirydd y Bwrdd – Ŷ", address: "chair@torbay.gov.uk")
        #expect(chair.headerValue == "=?utf-8?b?Q2FkZWlyeWRkIHkgQndyZGQg4oCTIMW2?= <chair@torbay.gov.uk>")
        // Mostly ASCII, Q is the shorter: 18 characters ("Caf=C3=A9_Bwrdd_Ty") against 20.
        #expect(
            MailAddress(name: "Café Bwrdd Ty", address: "a@b").headerValue == "=?utf-8?q?Caf=C3=A9_Bwrdd_Ty?= <a@b>")
    }

    @Test func headerValueOfALongNonASCIINameIsEncodedWordsOfAtMost75() {
        let name = String(repeating: "Ŷŵ ", count: 40)
        let words = MailAddress(name: name, address: "a@b").headerValue.split(separator: " ")
        #expect(words.count > 2)
        for word in words.dropLast() {
            #expect(word.hasPrefix("=?utf-8?") && word.hasSuffix("?="))
            #expect(word.count <= 75)
        }
        #expect(words.last == "<a@b>")
    }

    @Test func headerValueCannotBreakItsLine() {
        let evil = MailAddress(name: "Evil\r\nBcc: x@y", address: "a@b\r\nBcc: c@d")
        // The name has ":" and "@" once on one line, so it is quoted; the address loses its space and CRLF.
        #expect(evil.headerValue == "\"Evil Bcc: x@y\" <a@bBcc:c@d>")
        #expect(!evil.headerValue.contains("\r") && !evil.headerValue.contains("\n"))
    }

    @Test(arguments: [
        MailAddress(name: nil, address: "a@b.example"),
        MailAddress(name: "Board Chair", address: "a@b.example"),
        MailAddress(name: "Quoted, Name", address: "a@b.example"),
        MailAddress(name: "Say \"hi\" \\ bye", address: "a@b.example"),
        MailAddress(name: "Cadeirydd y Bwrdd – Ŷ", address: "chair@torbay.gov.uk"),
    ])
    func descriptionParsesBack(address: MailAddress) {
        #expect(MailAddress(parsing: address.description) == address)
    }

    @Test func descriptionIsForPeople() {
        let chair = MailAddress(name: "Cadeirydd y Bwrdd – Ŷ", address: "chair@torbay.gov.uk")
        #expect(chair.description == "Cadeirydd y Bwrdd – Ŷ <chair@torbay.gov.uk>")
        #expect(MailAddress(name: "Smith, J", address: "j@x").description == "\"Smith, J\" <j@x>")
        #expect(MailAddress(name: nil, address: "j@x").description == "j@x")
    }

    @Test func aRealParserReadsTheAddressesBack() throws {
        let to = [
            MailAddress(name: "Cadeirydd y Bwrdd – Ŷ", address: "chair@torbay.gov.uk"),
            MailAddress(name: "Quoted, Name", address: "q@b.example"),
            MailAddress(name: "Say \"hi\" \\ bye", address: "s@b.example"),
            MailAddress(name: nil, address: "bare@b.example"),
            MailAddress(name: "J. Smith", address: "j.smith@b.example"),
            MailAddress(name: "Plain Name", address: "plain@b.example"),
        ]
        let message = MailMessage(
            from: MailAddress(name: "Yotqa – Ŷ", address: "yotqa@torbay.gov.uk"), to: to,
            content: MailContent(subject: "s", text: "t", html: "h"), messageID: "m@x",
            date: Date(timeIntervalSince1970: 0))
        let rendered = message.rendered()
        for line in rendered.components(separatedBy: "\r\n") {
            #expect(line.count <= 78, "\(line)")
        }
        let parsed = try ParsedMail.parse(rendered)
        #expect(parsed.from == [["Yotqa – Ŷ", "yotqa@torbay.gov.uk"]])
        #expect(parsed.to == to.map { [$0.name ?? "", $0.address] })
        #expect(parsed.headerDefects.isEmpty)
    }

    @Test func aLongNonASCIINameIsReadBackWhole() throws {
        // Longer than one encoded-word: the words are split anywhere, and a reader joins them ignoring
        // the folding whitespace between them (RFC 2047 section 6.2). Python's address parser keeps that
        // whitespace (it cannot read back its own long display names either), so the check is with
        // its `decode_header`, which follows the RFC.
        let name = String(repeating: "Ŷŵ ", count: 30) + "end"
        let message = MailMessage(
            from: MailAddress(name: nil, address: "yotqa@torbay.gov.uk"),
            to: [MailAddress(name: name, address: "long@b.example")],
            content: MailContent(subject: "s", text: "t", html: "h"), messageID: "m@x",
            date: Date(timeIntervalSince1970: 0))
        let rendered = message.rendered()
        for line in rendered.components(separatedBy: "\r\n") {
            #expect(line.count <= 78, "\(line)")
        }
        let parsed = try ParsedMail.parse(rendered)
        let decoded = parsed.decodedHeaders.first { $0[0] == "To" }?[1]
        #expect(decoded.map { $0.replacingOccurrences(of: "\r\n", with: "") } == name + " <long@b.example>")
        #expect(parsed.to.map { $0[1] } == ["long@b.example"])
    }
}
