import Foundation
import TestSupport
import Testing

/// The test SMTP server itself, driven by the curl command line (libcurl's SMTP client, as yotqa's).
@Suite struct SMTPSinkTests {
    struct Curl {
        var status: Int32
        /// The server's last reply code, as curl's `%{response_code}` reports it.
        var reply: Int
        var stderr: String
    }

    static let message = Data(
        "From: a@x.test\r\nTo: b@y.test\r\nSubject: Sink test\r\n\r\nHello.\r\n.A dot first.\r\n".utf8)

    /// Sends `message` from a@x.test to b@y.test with the curl command line.
    static func curl(_ url: String, _ extra: [String] = [], message: Data = message) throws -> Curl {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("yotqa-sinktest-\(UUID()).eml")
        try message.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments =
            [
                "-sS", "--max-time", "10", "-o", "/dev/null", "-w", "%{response_code}", "--url", url,
                "--mail-from", "a@x.test", "--mail-rcpt", "b@y.test", "--upload-file", file.path,
            ] + extra
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        let reply = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return Curl(
            status: process.terminationStatus, reply: Int(reply) ?? -1,
            stderr: String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    @Test func plainMessageIsStoredAsSent() async throws {
        let sink = try SMTPSink.start()
        #expect(sink.certificateFile == nil)
        let sent = try Self.curl("smtp://127.0.0.1:\(sink.port)")
        #expect(sent.status == 0, "\(sent.stderr)")
        let mail = try #require(try await sink.waitForMessages(count: 1, timeout: .seconds(10)).first)
        #expect(mail.number == 1)
        #expect(mail.data == Self.message)
        #expect(mail.mailFrom == "a@x.test")
        #expect(mail.recipients == ["b@y.test"])
        #expect(!mail.tls)
        #expect(mail.authUser == nil)
        let inspected = try mail.inspect()
        #expect(inspected.header("subject") == "Sink test")
        #expect(inspected.defects.isEmpty)
        #expect(inspected.lineLengthsOk)
        #expect(inspected.sevenBit)
        #expect(inspected.contentType == "text/plain")
        #expect(inspected.parts.map(\.text) == ["Hello.\r\n.A dot first.\r\n"])
    }

    @Test func starttlsRequiredWithAuth() async throws {
        let sink = try SMTPSink.start(.init(security: .starttls(required: true), auth: (user: "u", password: "p")))
        let certificate = try #require(sink.certificateFile).path
        let url = "smtp://127.0.0.1:\(sink.port)"
        #expect(try Self.curl(url, ["--user", "u:p"]).reply == 530)
        #expect(try Self.curl(url, ["--ssl-reqd", "--cacert", certificate, "--user", "u:wrong"]).reply == 535)
        let sent = try Self.curl(url, ["--ssl-reqd", "--cacert", certificate, "--user", "u:p"])
        #expect(sent.status == 0, "\(sent.stderr)")
        let byName = try Self.curl(
            "smtp://localhost:\(sink.port)", ["--ssl-reqd", "--cacert", certificate, "--user", "u:p"])
        #expect(byName.status == 0, "\(byName.stderr)")
        let mails = try await sink.waitForMessages(count: 2, timeout: .seconds(10))
        #expect(mails.map(\.tls) == [true, true])
        #expect(mails.map(\.authUser) == ["u", "u"])
    }

    @Test func implicitTLS() async throws {
        let sink = try SMTPSink.start(.init(security: .implicitTLS))
        let certificate = try #require(sink.certificateFile).path
        let sent = try Self.curl("smtps://127.0.0.1:\(sink.port)", ["--cacert", certificate])
        #expect(sent.status == 0, "\(sent.stderr)")
        let mail = try #require(try await sink.waitForMessages(count: 1, timeout: .seconds(10)).first)
        #expect(mail.tls)
    }

    @Test func refusalsFromControlFiles() async throws {
        let sink = try SMTPSink.start()
        let url = "smtp://127.0.0.1:\(sink.port)"
        sink.replyAtRecipient("550 5.1.1 No such user")
        let refused = try Self.curl(url)
        #expect(refused.status != 0)
        #expect(refused.reply == 550)
        sink.replyAtRecipient(nil)
        sink.replyAtData("451 4.3.0 Try again later")
        let deferred = try Self.curl(url)
        #expect(deferred.status != 0)
        #expect(deferred.reply == 451)
        #expect(try sink.messages().isEmpty)
        sink.replyAtData(nil)
        sink.replyAtSender("553 5.7.1 Sender rejected")
        #expect(try Self.curl(url).reply == 553)
        sink.replyAtSender(nil)
        #expect(try Self.curl(url).reply == 250)
        #expect(try sink.messages().map(\.number) == [1])
    }

    @Test func restartKeepsPortAndNumbering() async throws {
        let sink = try SMTPSink.start()
        let port = sink.port
        #expect(try Self.curl("smtp://127.0.0.1:\(port)").status == 0)
        sink.stop()
        sink.stop()
        #expect(!sink.isRunning)
        #expect(try Self.curl("smtp://127.0.0.1:\(port)").status != 0)
        await #expect(throws: SMTPSinkError.self) { try await sink.waitForMessages(count: 2, timeout: .seconds(1)) }
        try sink.restart()
        #expect(sink.port == port)
        #expect(try Self.curl("smtp://127.0.0.1:\(port)").status == 0)
        let mails = try await sink.waitForMessages(count: 2, timeout: .seconds(10))
        #expect(mails.map(\.number) == [1, 2])
    }

    @Test func waitingTimesOut() async throws {
        let sink = try SMTPSink.start()
        await #expect(throws: SMTPSinkError.self) {
            try await sink.waitForMessages(count: 1, timeout: .milliseconds(200))
        }
    }

    @Test func folderGoesWithTheSink() throws {
        var sink: SMTPSink? = try SMTPSink.start(.init(security: .starttls(required: false)))
        let folder = try #require(sink?.folder)
        #expect(FileManager.default.fileExists(atPath: folder.path))
        sink = nil
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func inspectsMultipartBytes() throws {
        let boundary = "b1"
        let text = [
            "From: =?utf-8?q?J=C3=BCrgen?= <a@x.test>", "To: b@y.test", "Subject: =?utf-8?q?Caf=C3=A9?=",
            "MIME-Version: 1.0", "Content-Type: multipart/alternative; boundary=\"\(boundary)\"", "",
            "--\(boundary)", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable",
            "", "caf=C3=A9", "--\(boundary)", "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: base64", "", "PHA+Y2Fmw6k8L3A+", "--\(boundary)--", "",
        ].joined(separator: "\r\n")
        let inspected = try InspectedMail.inspect(data: Data(text.utf8))
        #expect(inspected.defects.isEmpty)
        #expect(inspected.header("From") == "Jürgen <a@x.test>")
        #expect(inspected.header("SUBJECT") == "Café")
        #expect(inspected.contentType == "multipart/alternative")
        #expect(inspected.part("text/plain")?.text == "café")
        #expect(inspected.part("text/plain")?.transferEncoding == "quoted-printable")
        #expect(inspected.part("text/html")?.text == "<p>café</p>")
        #expect(inspected.part("text/html")?.charset == "utf-8")
        #expect(inspected.lineLengthsOk)
    }
}
