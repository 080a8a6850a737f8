import CCurl
import Dispatch
import Foundation

/// Delivers messages to an SMTP relay with libcurl: STARTTLS (required, never optional) or
/// implicit TLS, AUTH when a user name is set, and the certificate checked against the system's
/// or the configured CAs.
///
/// libcurl blocks, so each delivery runs on the transport's own serial Dispatch queue, never on
/// Swift's cooperative pool; one delivery at a time per transport.
public final class SMTPTransport: MailTransport {
    public let settings: SMTPSettings
    private let queue = DispatchQueue(label: "yotqa.smtp")

    public init(settings: SMTPSettings) {
        self.settings = settings
    }

    public func deliver(_ envelope: Envelope) async -> DeliveryReport {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: self.deliverNow(envelope)) }
        }
    }

    /// libcurl's one-time set-up, which is not thread-safe: done once, before any handle.
    private static let initialised: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    private func deliverNow(_ envelope: Envelope) -> DeliveryReport {
        guard Self.initialised, let handle = curl_easy_init() else {
            return DeliveryReport(outcome: .temporaryFailure, reply: "libcurl could not be initialised")
        }
        let conversation = Conversation(message: Array(envelope.message.utf8))
        let context = Unmanaged.passRetained(conversation)
        var recipients: UnsafeMutablePointer<curl_slist>?
        for recipient in envelope.recipients {
            recipients = curl_slist_append(recipients, "<\(recipient)>")
        }
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let (result, problems) = perform(
            handle, envelope: envelope, recipients: recipients, context: context.toOpaque(), errorBuffer: errorBuffer)
        // libcurl may use the callbacks' context, the list and the buffer until the handle is gone.
        curl_easy_cleanup(handle)
        let curlText =
            errorBuffer.pointee == 0 ? String(cString: curl_easy_strerror(result)) : String(cString: errorBuffer)
        errorBuffer.deallocate()
        curl_slist_free_all(recipients)
        context.release()
        if !problems.isEmpty {
            return DeliveryReport(
                outcome: .temporaryFailure, reply: "libcurl refused a setting: " + problems.joined(separator: "; "))
        }
        return conversation.report(result == CURLE_OK, curlText: curlText)
    }

    /// Sets the handle up and runs the conversation; the settings libcurl refused, if any.
    private func perform(
        _ handle: UnsafeMutableRawPointer, envelope: Envelope, recipients: UnsafeMutablePointer<curl_slist>?,
        context: UnsafeMutableRawPointer, errorBuffer: UnsafeMutablePointer<CChar>
    ) -> (CURLcode, [String]) {
        let milliseconds = Int(settings.timeout / .milliseconds(1))
        var problems: [String] = []
        func set(_ result: CURLcode, _ option: String) {
            if result != CURLE_OK { problems.append("\(option): \(String(cString: curl_easy_strerror(result)))") }
        }
        let useSSL = settings.security == .plain ? CURLUSESSL_NONE : CURLUSESSL_ALL
        set(yotqa_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer), "errorbuffer")
        set(yotqa_curl_setopt_string(handle, CURLOPT_URL, settings.url), "url")
        set(yotqa_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps"), "protocols")
        set(yotqa_curl_setopt_long(handle, CURLOPT_USE_SSL, Int(useSSL.rawValue)), "use_ssl")
        set(yotqa_curl_setopt_string(handle, CURLOPT_MAIL_FROM, "<\(envelope.sender)>"), "mail_from")
        set(yotqa_curl_setopt_list(handle, CURLOPT_MAIL_RCPT, recipients), "mail_rcpt")
        // One refused address (somebody who has left) must not stop the message for the others.
        set(yotqa_curl_setopt_long(handle, CURLOPT_MAIL_RCPT_ALLLOWFAILS, 1), "mail_rcpt_allowfails")
        set(yotqa_curl_setopt_long(handle, CURLOPT_UPLOAD, 1), "upload")
        set(yotqa_curl_setopt_read(handle, readCallback), "readfunction")
        set(yotqa_curl_setopt_pointer(handle, CURLOPT_READDATA, context), "readdata")
        set(yotqa_curl_setopt_long(handle, CURLOPT_INFILESIZE, Int(envelope.message.utf8.count)), "infilesize")
        set(yotqa_curl_setopt_long(handle, CURLOPT_VERBOSE, 1), "verbose")
        set(yotqa_curl_setopt_debug(handle, debugCallback), "debugfunction")
        set(yotqa_curl_setopt_pointer(handle, CURLOPT_DEBUGDATA, context), "debugdata")
        set(yotqa_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1), "nosignal")
        set(yotqa_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds), "connecttimeout")
        set(yotqa_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, milliseconds), "timeout")
        if let username = settings.username {
            set(yotqa_curl_setopt_string(handle, CURLOPT_USERNAME, username), "username")
            set(yotqa_curl_setopt_string(handle, CURLOPT_PASSWORD, settings.password ?? ""), "password")
        }
        if let caFile = settings.caFile {
            set(yotqa_curl_setopt_string(handle, CURLOPT_CAINFO, caFile), "cainfo")
        }
        guard problems.isEmpty else { return (CURLE_FAILED_INIT, problems) }
        return (curl_easy_perform(handle), [])
    }
}

/// The message being read out to libcurl, and the conversation it reports back. Only touched on
/// the transport's queue, inside one `curl_easy_perform`.
private final class Conversation {
    let message: [UInt8]
    var offset = 0
    var transcript: [String] = []
    var authenticating = false
    /// Our last command, to know what a reply answers.
    var command = ""
    /// Every reply of 400 or more, with the command it answered.
    var refusals: [(reply: String, command: String)] = []

    init(message: [UInt8]) {
        self.message = message
    }

    /// The server's last reply line whose code passes `test`, for example the last refusal.
    func lastReply(where test: (Int) -> Bool) -> String? {
        transcript.reversed().lazy.filter { $0.hasPrefix("S: ") }.map { String($0.dropFirst(3)) }
            .first { Self.code(of: $0).map(test) ?? false }
    }

    /// What became of the conversation. A 5xx is final only when it answers the message itself
    /// (MAIL, RCPT, DATA): a refused login or TLS set-up is the relay's settings or ours, which
    /// may be put right, so the message waits.
    func report(_ performed: Bool, curlText: String) -> DeliveryReport {
        let refusedRecipients = refusals.filter { $0.command.uppercased().hasPrefix("RCPT") }
            .map { "\($0.command.dropFirst(8)): \($0.reply)" }
        if performed {
            var reply = lastReply(where: { $0 < 400 }) ?? "accepted"
            if !refusedRecipients.isEmpty { reply += "; refused: " + refusedRecipients.joined(separator: "; ") }
            return DeliveryReport(outcome: .sent, reply: reply, transcript: transcript)
        }
        guard let refusal = refusals.last(where: { !$0.command.uppercased().hasPrefix("QUIT") }) else {
            return DeliveryReport(
                outcome: .temporaryFailure, reply: "no reply from the relay: \(curlText)", transcript: transcript)
        }
        let verb = refusal.command.uppercased()
        let final = ["MAIL", "RCPT", "DATA"].contains { verb.hasPrefix($0) }
        let permanent = (Self.code(of: refusal.reply) ?? 0) >= 500 && final
        return DeliveryReport(
            outcome: permanent ? .permanentFailure : .temporaryFailure, reply: refusal.reply, transcript: transcript)
    }

    static func code(of reply: String) -> Int? {
        guard reply.utf8.count >= 3 else { return nil }
        return Int(reply.prefix(3))
    }

    /// Records what was said, keeping credentials out: while an AUTH exchange runs (from our AUTH
    /// until the server's first reply that is not a 334 challenge), our lines are shown as "…".
    func record(_ text: String, from server: Bool) {
        for line in text.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) where !line.isEmpty {
            if server {
                transcript.append("S: " + line)
                if !line.hasPrefix("334") { authenticating = false }
                if let code = Self.code(of: String(line)), code >= 400 {
                    refusals.append((String(line), command))
                }
            } else if line.uppercased().hasPrefix("AUTH") {
                authenticating = true
                command = "AUTH"
                transcript.append("C: " + line.split(separator: " ").prefix(2).joined(separator: " ") + " …")
            } else if authenticating {
                transcript.append("C: …")
            } else {
                transcript.append("C: " + line)
                command = String(line)
            }
        }
    }
}

private let readCallback: curl_read_callback = { buffer, size, count, context in
    guard let buffer, let context else { return 0 }
    let conversation = Unmanaged<Conversation>.fromOpaque(context).takeUnretainedValue()
    let wanted = min(size * count, conversation.message.count - conversation.offset)
    guard wanted > 0 else { return 0 }
    conversation.message.withUnsafeBufferPointer { bytes in
        UnsafeMutableRawPointer(buffer).copyMemory(
            from: bytes.baseAddress! + conversation.offset, byteCount: wanted)
    }
    conversation.offset += wanted
    return wanted
}

private let debugCallback: curl_debug_callback = { _, type, data, size, context in
    guard let data, let context, type == CURLINFO_HEADER_IN || type == CURLINFO_HEADER_OUT else { return 0 }
    let conversation = Unmanaged<Conversation>.fromOpaque(context).takeUnretainedValue()
    let text = UnsafeRawBufferPointer(start: data, count: size)
    conversation.record(String(decoding: text, as: UTF8.self), from: type == CURLINFO_HEADER_IN)
    return 0
}
