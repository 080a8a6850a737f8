public import Foundation

/// A real SMTP server on 127.0.0.1 for tests: `scripts/lib/smtp_sink.py` (aiosmtpd, run by Debian's
/// `/usr/bin/python3`), which stores every message it accepts in a folder.
///
/// ```swift
/// let sink = try SMTPSink.start(.init(security: .starttls(required: true), auth: (user: "u", password: "p")))
/// // send to 127.0.0.1:\(sink.port), trusting sink.certificateFile
/// let mail = try await sink.waitForMessages(count: 1, timeout: .seconds(10))[0]
/// #expect(try mail.inspect().header("Subject") == "…")
/// ```
///
/// Tests that need it fail, never skip, when it cannot start (python3-aiosmtpd or openssl missing):
/// the README's test command installs both. The sink stops, and its folder goes, when the value is
/// released; it also stops by itself if the test process dies (its standard input closes).
public final class SMTPSink: @unchecked Sendable {
    // @unchecked: `running` is read and written only while `lock` is held; everything else is `let`.

    public enum Security: Sendable, Equatable {
        /// No TLS at all.
        case plain
        /// STARTTLS offered; with `required`, MAIL before STARTTLS is refused with 530.
        case starttls(required: Bool)
        /// TLS from the first byte (smtps).
        case implicitTLS
    }

    public struct Options: Sendable {
        public var security: Security
        /// When set, AUTH PLAIN and LOGIN are advertised (over TLS when there is TLS), MAIL before
        /// AUTH is refused with 530 and wrong credentials with 535.
        public var auth: (user: String, password: String)?
        /// Advertise SMTPUTF8.
        public var smtputf8: Bool

        public init(
            security: Security = .plain, auth: (user: String, password: String)? = nil, smtputf8: Bool = false
        ) {
            self.security = security
            self.auth = auth
            self.smtputf8 = smtputf8
        }
    }

    public let options: Options
    /// The port on 127.0.0.1; the same after `restart()`.
    public let port: Int
    /// Where messages (NNNNNN.eml and NNNNNN.json) and the control files are.
    public let folder: URL
    /// The sink's self-signed certificate (for 127.0.0.1 and localhost), as the client's CA file; nil
    /// without TLS.
    public let certificateFile: URL?

    /// The temporary folder that holds `folder`, the key and certificate, and the sink's output.
    private let root: URL
    private let keyFile: URL?
    private let lock = NSLock()
    private var running: Running?

    private struct Running {
        var process: Process
        var input: Pipe
    }

    private init(options: Options, port: Int, root: URL, certificateFile: URL?, keyFile: URL?, running: Running) {
        self.options = options
        self.port = port
        self.root = root
        self.folder = root.appendingPathComponent("mail")
        self.certificateFile = certificateFile
        self.keyFile = keyFile
        self.running = running
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: root)
    }

    /// Makes a temporary folder (and a certificate when TLS is wanted), starts the sink on a free
    /// port and waits, 10 seconds at most, until it listens.
    public static func start(_ options: Options = .init()) throws -> SMTPSink {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("yotqa-smtpsink-\(UUID())")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("mail"), withIntermediateDirectories: true)
        do {
            var certificate: URL?
            var key: URL?
            if options.security != .plain {
                certificate = root.appendingPathComponent("cert.pem")
                key = root.appendingPathComponent("key.pem")
                try makeCertificate(certificate!, key: key!)
            }
            let (running, port) = try launch(
                options, root: root, certificate: certificate, key: key, port: 0)
            return SMTPSink(
                options: options, port: port, root: root, certificateFile: certificate, keyFile: key,
                running: running)
        } catch {
            try? FileManager.default.removeItem(at: root)
            throw error
        }
    }

    /// Stops the sink (SIGTERM, then SIGKILL after 5 seconds) and waits for it. Does nothing when
    /// it is stopped already.
    public func stop() {
        lock.withLock { stopLocked() }
    }

    /// Starts the sink again, on the same port and folder (its numbering goes on), retrying for 5
    /// seconds while the port is still taken.
    public func restart() throws {
        try lock.withLock {
            stopLocked()
            let deadline = ContinuousClock.now + .seconds(5)
            while true {
                do {
                    let (launched, _) = try Self.launch(
                        options, root: root, certificate: certificateFile, key: keyFile, port: port)
                    running = launched
                    return
                } catch SMTPSinkError.portInUse where ContinuousClock.now < deadline {
                    Thread.sleep(forTimeInterval: 0.1)
                }
            }
        }
    }

    /// Whether the sink process is running.
    public var isRunning: Bool {
        lock.withLock { running?.process.isRunning ?? false }
    }

    /// RCPT TO is answered with `line` (e.g. "550 5.1.1 No such user") until called with nil.
    public func replyAtRecipient(_ line: String?) {
        setControl("reply-rcpt", line)
    }

    /// The end of DATA is answered with `line` (e.g. "451 4.3.0 Try again later"), and the message
    /// is not stored unless `line` is a 2xx, until called with nil.
    public func replyAtData(_ line: String?) {
        setControl("reply-data", line)
    }

    /// At the end of DATA the message is stored at once and the answer waits `seconds` (a relay
    /// slow to confirm), until called with nil.
    public func delayAtData(seconds: Int?) {
        setControl("delay-data", seconds.map(String.init))
    }

    /// MAIL FROM is answered with `line` (e.g. "553 5.7.1 Sender rejected") until called with nil.
    public func replyAtSender(_ line: String?) {
        setControl("reply-mail", line)
    }

    /// Every message stored so far, in the order received.
    public func messages() throws -> [ReceivedMail] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let numbers = names.compactMap { name -> Int? in
            guard name.hasSuffix(".eml") else { return nil }
            let stem = name.dropLast(4)
            guard stem.count >= 6, stem.allSatisfy(\.isASCII), stem.allSatisfy(\.isNumber) else { return nil }
            return Int(stem)
        }
        return try numbers.sorted().map { try ReceivedMail(number: $0, folder: folder) }
    }

    /// Waits until at least `count` messages are stored and returns them all; throws when the time
    /// is up or the sink has stopped.
    public func waitForMessages(count: Int, timeout: Duration) async throws -> [ReceivedMail] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let found = try messages()
            if found.count >= count { return found }
            guard isRunning else { throw SMTPSinkError.notRunning(output: sinkOutput()) }
            guard ContinuousClock.now < deadline else {
                throw SMTPSinkError.timedOut(expected: count, found: found.count, timeout: timeout)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    // MARK: - Running the sink

    static let python = "/usr/bin/python3"
    static let scripts = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/lib")

    private func stopLocked() {
        guard let current = running else { return }
        running = nil
        let process = current.process
        if process.isRunning {
            process.terminate()
            let deadline = ContinuousClock.now + .seconds(5)
            while process.isRunning && ContinuousClock.now < deadline {
                Thread.sleep(forTimeInterval: 0.01)
            }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        try? current.input.fileHandleForWriting.close()
    }

    private func setControl(_ name: String, _ line: String?) {
        let file = folder.appendingPathComponent(name)
        do {
            if let line {
                try Data((line + "\n").utf8).write(to: file, options: .atomic)
            } else if FileManager.default.fileExists(atPath: file.path) {
                try FileManager.default.removeItem(at: file)
            }
        } catch {
            // Our own temporary folder: failing here means the test cannot mean anything.
            fatalError("SMTPSink: cannot write \(file.path): \(error)")
        }
    }

    private func sinkOutput() -> String {
        Self.output(root)
    }

    private static func output(_ root: URL) -> String {
        let data = (try? Data(contentsOf: root.appendingPathComponent("sink.err"))) ?? Data()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func launch(
        _ options: Options, root: URL, certificate: URL?, key: URL?, port: Int
    ) throws -> (Running, Int) {
        guard FileManager.default.isExecutableFile(atPath: python) else { throw SMTPSinkError.pythonMissing(python) }
        let script = scripts.appendingPathComponent("smtp_sink.py")
        guard FileManager.default.fileExists(atPath: script.path) else { throw SMTPSinkError.scriptMissing(script) }
        var arguments = [
            "-I", script.path, "--folder", root.appendingPathComponent("mail").path, "--port", String(port),
            "--stop-on-eof",
        ]
        switch options.security {
        case .plain: break
        case .starttls(let required):
            arguments += ["--starttls", certificate!.path, key!.path] + (required ? ["--require-tls"] : [])
        case .implicitTLS: arguments += ["--tls", certificate!.path, key!.path]
        }
        if let auth = options.auth { arguments += ["--auth", "\(auth.user):\(auth.password)"] }
        if options.smtputf8 { arguments.append("--smtputf8") }

        let outFile = root.appendingPathComponent("sink.out")
        let errFile = root.appendingPathComponent("sink.err")
        try Data().write(to: outFile)
        try Data().write(to: errFile)
        let out = try FileHandle(forWritingTo: outFile)
        let err = try FileHandle(forWritingTo: errFile)
        defer {
            try? out.close()
            try? err.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        process.currentDirectoryURL = root
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let running = Running(process: process, input: input)

        let deadline = ContinuousClock.now + .seconds(10)
        while true {
            let printed = String(decoding: (try? Data(contentsOf: outFile)) ?? Data(), as: UTF8.self)
            if let line = printed.split(separator: "\n").first, printed.contains("\n"),
                line.hasPrefix("listening on 127.0.0.1:"), let actual = Int(line.dropFirst(23))
            {
                return (running, actual)
            }
            if !process.isRunning {
                process.waitUntilExit()
                try? input.fileHandleForWriting.close()
                let message = output(root)
                switch process.terminationStatus {
                case 3: throw SMTPSinkError.aiosmtpdMissing(message)
                case 4: throw SMTPSinkError.portInUse(port)
                default: throw SMTPSinkError.exited(status: process.terminationStatus, output: message)
                }
            }
            if ContinuousClock.now >= deadline {
                process.terminate()
                process.waitUntilExit()
                try? input.fileHandleForWriting.close()
                throw SMTPSinkError.startTimedOut(output: output(root))
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// A self-signed certificate (EC P-256, two days) for 127.0.0.1 and localhost.
    private static func makeCertificate(_ certificate: URL, key: URL) throws {
        let result = try runTool(
            "/usr/bin/env",
            [
                "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-keyout", key.path, "-out", certificate.path,
            ])
        guard result.status == 0 else {
            if result.status == 127 { throw SMTPSinkError.opensslMissing }
            throw SMTPSinkError.opensslFailed(status: result.status, output: result.stderr)
        }
    }

    /// Runs a short-lived tool and returns its status, standard output and standard error (sent
    /// to a temporary file, so that neither pipe can fill up and block it).
    static func runTool(_ executable: String, _ arguments: [String]) throws -> (
        status: Int32, stdout: Data, stderr: String
    ) {
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("yotqa-smtpsink-\(UUID()).err")
        try Data().write(to: errFile)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let err = try FileHandle(forWritingTo: errFile)
        defer { try? err.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = String(decoding: (try? Data(contentsOf: errFile)) ?? Data(), as: UTF8.self)
        return (process.terminationStatus, data, message.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// One message the sink stored: its envelope and its bytes exactly as received.
public struct ReceivedMail: Sendable {
    /// 1, 2, 3… in the order received, going on across restarts.
    public var number: Int
    /// The message as UTF-8 (invalid bytes replaced); `data` has the bytes.
    public var raw: String
    public var data: Data
    /// The stored NNNNNN.eml file.
    public var file: URL
    public var mailFrom: String
    public var recipients: [String]
    /// Whether the message came over TLS (STARTTLS or implicit).
    public var tls: Bool
    /// The user the client authenticated as, if it did.
    public var authUser: String?

    private struct Envelope: Decodable {
        var mailFrom: String
        var rcptTos: [String]
        var tls: Bool
        var authUser: String?

        enum CodingKeys: String, CodingKey {
            case mailFrom = "mail_from"
            case rcptTos = "rcpt_tos"
            case tls
            case authUser = "auth_user"
        }
    }

    init(number: Int, folder: URL) throws {
        let stem = String(format: "%06d", number)
        let file = folder.appendingPathComponent("\(stem).eml")
        let json = folder.appendingPathComponent("\(stem).json")
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: Data(contentsOf: json))
        } catch {
            throw SMTPSinkError.badFile(json, "\(error)")
        }
        self.number = number
        self.data = try Data(contentsOf: file)
        self.raw = String(decoding: data, as: UTF8.self)
        self.file = file
        self.mailFrom = envelope.mailFrom
        self.recipients = envelope.rcptTos
        self.tls = envelope.tls
        self.authUser = envelope.authUser
    }

    /// What Python's email package (policy.default) makes of the message.
    public func inspect() throws -> InspectedMail {
        try InspectedMail.inspect(file: file)
    }
}

/// A message as Python's email package reads it (`scripts/lib/mail_inspect.py`).
public struct InspectedMail: Sendable, Decodable {
    /// Names as written in the message; values unfolded and decoded.
    public var headers: [String: [String]]
    /// The message's, every part's and every header's defects: "ClassName: text". Empty for a
    /// well-formed message.
    public var defects: [String]
    public var contentType: String
    /// Every part that is not multipart, in order.
    public var parts: [Part]
    /// Every line ends in CRLF and has at most 998 octets before it.
    public var lineLengthsOk: Bool
    /// Every octet is below 128.
    public var sevenBit: Bool

    public struct Part: Sendable, Decodable, Equatable {
        public var contentType: String
        public var charset: String?
        /// Lower case, e.g. "quoted-printable"; nil when the part has no such header.
        public var transferEncoding: String?
        /// "inline", "attachment" or nil.
        public var disposition: String?
        public var filename: String?
        /// The decoded content, line ends as sent (CRLF).
        public var text: String

        enum CodingKeys: String, CodingKey {
            case contentType = "content_type"
            case charset
            case transferEncoding = "transfer_encoding"
            case disposition
            case filename
            case text
        }
    }

    enum CodingKeys: String, CodingKey {
        case headers
        case defects
        case contentType = "content_type"
        case parts
        case lineLengthsOk = "line_lengths_ok"
        case sevenBit = "seven_bit"
    }

    /// The first value of the header with this name, in any case.
    public func header(_ name: String) -> String? {
        headers(name).first
    }

    /// Every value of the header with this name, in any case.
    public func headers(_ name: String) -> [String] {
        headers.keys.sorted().filter { $0.caseInsensitiveCompare(name) == .orderedSame }.flatMap { headers[$0]! }
    }

    /// The first part of this content type (e.g. "text/plain").
    public func part(_ contentType: String) -> Part? {
        parts.first { $0.contentType.caseInsensitiveCompare(contentType) == .orderedSame }
    }

    /// Inspects a message file (one the sink stored, or one written by any other means).
    public static func inspect(file: URL) throws -> InspectedMail {
        let script = SMTPSink.scripts.appendingPathComponent("mail_inspect.py")
        guard FileManager.default.isExecutableFile(atPath: SMTPSink.python) else {
            throw SMTPSinkError.pythonMissing(SMTPSink.python)
        }
        let result = try SMTPSink.runTool(SMTPSink.python, ["-I", script.path, file.path])
        guard result.status == 0 else {
            throw SMTPSinkError.inspectFailed(file, status: result.status, output: result.stderr)
        }
        do {
            return try JSONDecoder().decode(InspectedMail.self, from: result.stdout)
        } catch {
            throw SMTPSinkError.inspectFailed(file, status: result.status, output: "undecodable JSON: \(error)")
        }
    }

    /// Inspects a message given as bytes.
    public static func inspect(data: Data) throws -> InspectedMail {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("yotqa-inspect-\(UUID()).eml")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try inspect(file: file)
    }
}

public enum SMTPSinkError: Error, CustomStringConvertible {
    case pythonMissing(String)
    case aiosmtpdMissing(String)
    case opensslMissing
    case opensslFailed(status: Int32, output: String)
    case scriptMissing(URL)
    case portInUse(Int)
    case exited(status: Int32, output: String)
    case startTimedOut(output: String)
    case notRunning(output: String)
    case timedOut(expected: Int, found: Int, timeout: Duration)
    case badFile(URL, String)
    case inspectFailed(URL, status: Int32, output: String)

    public var description: String {
        switch self {
        case .pythonMissing(let path):
            "\(path) is missing: the SMTP sink runs on Debian's Python (apt-get install python3 python3-aiosmtpd)"
        case .aiosmtpdMissing(let output):
            "python3-aiosmtpd is missing: apt-get install python3-aiosmtpd (./scripts/test does). \(output)"
        case .opensslMissing:
            "openssl is missing: apt-get install openssl (./scripts/test does)"
        case .opensslFailed(let status, let output):
            "openssl could not make the sink's certificate (exit \(status)): \(output)"
        case .scriptMissing(let url):
            "the SMTP sink script is missing: \(url.path)"
        case .portInUse(let port):
            "the SMTP sink cannot listen: port \(port) on 127.0.0.1 is in use"
        case .exited(let status, let output):
            "the SMTP sink exited with status \(status) before it listened: \(output)"
        case .startTimedOut(let output):
            "the SMTP sink did not listen within 10 seconds: \(output)"
        case .notRunning(let output):
            "the SMTP sink is not running (stopped, or it died): \(output)"
        case .timedOut(let expected, let found, let timeout):
            "the SMTP sink has \(found) message(s), not \(expected), after \(timeout)"
        case .badFile(let url, let reason):
            "the SMTP sink's file \(url.path) is unreadable: \(reason)"
        case .inspectFailed(let url, let status, let output):
            "mail_inspect.py could not read \(url.path) (exit \(status)): \(output)"
        }
    }
}
