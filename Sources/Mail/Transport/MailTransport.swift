/// One message as a transport hands it over: the envelope and the whole rendered message.
public struct Envelope: Sendable, Equatable {
    /// The bare address for MAIL FROM.
    public var sender: String
    /// The bare addresses for RCPT TO.
    public var recipients: [String]
    /// The message's Message-ID, without angle brackets: a file transport names its file after it.
    public var messageID: String
    /// The whole RFC 5322 message with CRLF line ends.
    public var message: String

    public init(sender: String, recipients: [String], messageID: String, message: String) {
        self.sender = sender
        self.recipients = recipients
        self.messageID = messageID
        self.message = message
    }
}

/// What became of one try at delivering a message.
public struct DeliveryReport: Sendable, Equatable {
    public enum Outcome: String, Sendable, Equatable {
        /// The relay accepted it (or the file was written).
        case sent
        /// A failure that may pass: a 4xx reply, no connection, a timeout. Try again later.
        case temporaryFailure
        /// The server refused it for good (a 5xx reply): trying again will not help.
        case permanentFailure
    }

    public var outcome: Outcome
    /// The server's reply that decided the outcome ("250 2.0.0 Ok: queued as 12AB", "451 4.3.0
    /// Try again later"), or what went wrong before there was one.
    public var reply: String
    /// The conversation, one line each: "S: 220 …" from the server, "C: EHLO …" from us (AUTH
    /// lines are shown without their credentials). Empty for a file transport.
    public var transcript: [String]

    public init(outcome: Outcome, reply: String, transcript: [String] = []) {
        self.outcome = outcome
        self.reply = reply
        self.transcript = transcript
    }
}

/// Hands messages over: to an SMTP relay, or into a folder.
public protocol MailTransport: Sendable {
    func deliver(_ envelope: Envelope) async -> DeliveryReport
}
