import Foundation
import Mail
import TestSupport
import Testing

/// libcurl's SMTP client against a real SMTP server (aiosmtpd) on loopback: plain to localhost,
/// STARTTLS with AUTH, implicit TLS, and each way a relay says no.
@Suite(.serialized) struct SMTPTransportTests {
    static let date = Date(timeIntervalSince1970: 1_795_420_800)

    static func envelope(_ id: String = "transport-1@council.example") -> Envelope {
        let message = MailMessage(
            from: MailAddress(name: "yotqa", address: "yotqa@council.example"),
            to: [MailAddress(name: "Chair", address: "chair@council.example")],
            content: MailContent(subject: "Transport test", text: "Plain £5 – café", html: "<p>HTML</p>"),
            messageID: id, inReplyTo: nil, references: [], date: date, headers: [])
        return Envelope(
            sender: message.envelopeSender, recipients: message.envelopeRecipients, messageID: id,
            message: message.rendered())
    }

    static func transport(
        _ sink: SMTPSink, security: SMTPSettings.Security, user: String? = nil, password: String? = nil,
        trusted: Bool = true
    ) -> SMTPTransport {
        SMTPTransport(
            settings: SMTPSettings(
                host: "127.0.0.1", port: sink.port, security: security, username: user, password: password,
                caFile: trusted ? sink.certificateFile?.path : nil, timeout: .seconds(10)))
    }

    @Test func plainToLocalhostDelivers() async throws {
        let sink = try SMTPSink.start()
        let report = await Self.transport(sink, security: .plain).deliver(Self.envelope())
        #expect(report.outcome == .sent, "\(report.reply)")
        #expect(report.reply.hasPrefix("250"))
        #expect(report.transcript.contains { $0.hasPrefix("C: MAIL FROM:<yotqa@council.example>") })
        let received = try sink.messages()
        #expect(received.map(\.recipients) == [["chair@council.example"]])
        #expect(received.first?.mailFrom == "yotqa@council.example")
        #expect(received.first?.tls == false)
        let parsed = try #require(try received.first?.inspect())
        #expect(parsed.defects.isEmpty)
        #expect(parsed.header("Subject") == "Transport test")
        #expect(parsed.parts.first?.text.contains("Plain £5 – café") == true)
    }

    /// STARTTLS required by the server, the certificate checked against its CA file, AUTH with
    /// the password kept out of the transcript.
    @Test func startTLSWithAuthDelivers() async throws {
        let sink = try SMTPSink.start(.init(security: .starttls(required: true), auth: ("yotqa", "s3cret-pass")))
        let report = await Self.transport(sink, security: .starttls, user: "yotqa", password: "s3cret-pass")
            .deliver(Self.envelope())
        #expect(report.outcome == .sent, "\(report.reply) \(report.transcript)")
        #expect(report.transcript.contains("C: STARTTLS"))
        #expect(!report.transcript.joined().contains("s3cret-pass"))
        #expect(!report.transcript.joined().contains(Data("\u{0}yotqa\u{0}s3cret-pass".utf8).base64EncodedString()))
        let received = try sink.messages()
        #expect(received.count == 1)
        #expect(received.first?.tls == true)
        #expect(received.first?.authUser == "yotqa")
    }

    @Test func implicitTLSDelivers() async throws {
        let sink = try SMTPSink.start(.init(security: .implicitTLS))
        let report = await Self.transport(sink, security: .tls).deliver(Self.envelope())
        #expect(report.outcome == .sent, "\(report.reply)")
        #expect(try sink.messages().first?.tls == true)
    }

    /// A relay whose certificate is not signed by a trusted CA is not sent anything.
    @Test func anUntrustedCertificateIsRefused() async throws {
        let sink = try SMTPSink.start(.init(security: .starttls(required: true)))
        let report = await Self.transport(sink, security: .starttls, trusted: false).deliver(Self.envelope())
        #expect(report.outcome == .temporaryFailure)
        #expect(try sink.messages().isEmpty)
    }

    /// STARTTLS is required of the relay: one that does not offer it gets nothing.
    @Test func aRelayWithoutStartTLSIsRefused() async throws {
        let sink = try SMTPSink.start()
        let report = await Self.transport(sink, security: .starttls).deliver(Self.envelope())
        #expect(report.outcome != .sent)
        #expect(try sink.messages().isEmpty)
    }

    /// A refused login is the settings' fault (a password rotated at the relay first): the message
    /// waits for it to be put right instead of being given up on.
    @Test func aWrongPasswordIsTemporary() async throws {
        let sink = try SMTPSink.start(.init(security: .starttls(required: true), auth: ("yotqa", "right")))
        let report = await Self.transport(sink, security: .starttls, user: "yotqa", password: "wrong")
            .deliver(Self.envelope())
        #expect(report.outcome == .temporaryFailure)
        #expect(report.reply.hasPrefix("535"), "\(report.reply)")
    }

    @Test func refusalsAreTemporaryOrPermanentByTheirCode() async throws {
        let sink = try SMTPSink.start()
        sink.replyAtData("451 4.3.0 Try again later")
        let temporary = await Self.transport(sink, security: .plain).deliver(Self.envelope())
        #expect(temporary.outcome == .temporaryFailure)
        #expect(temporary.reply == "451 4.3.0 Try again later")
        sink.replyAtData(nil)
        sink.replyAtRecipient("550 5.1.1 No such user")
        let permanent = await Self.transport(sink, security: .plain).deliver(Self.envelope())
        #expect(permanent.outcome == .permanentFailure)
        #expect(permanent.reply == "550 5.1.1 No such user")
        #expect(try sink.messages().isEmpty)
    }

    @Test func noServerIsTemporary() async throws {
        let sink = try SMTPSink.start()
        sink.stop()
        let report = await Self.transport(sink, security: .plain).deliver(Self.envelope())
        #expect(report.outcome == .temporaryFailure)
        #expect(report.reply.hasPrefix("no reply from the relay"), "\(report.reply)")
    }
}

@Suite struct FileTransportTests {
    @Test func writesOneFilePerMessageIDAndReplacesItOnRetry() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yotqa-files-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let transport = FileTransport(folder: folder)
        var envelope = SMTPTransportTests.envelope("file-1@council.example")
        #expect(await transport.deliver(envelope).outcome == .sent)
        envelope.message += "\r\n"
        #expect(await transport.deliver(envelope).outcome == .sent)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        try #require(files == ["file-1_council.example.eml"])
        let written = try String(contentsOf: folder.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(written == envelope.message)
    }
}
