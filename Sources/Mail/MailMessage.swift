public import Foundation

/// One email, ready to send: addresses, threading headers and content, rendered as a MIME
/// multipart/alternative message with a text/plain part and a text/html part.
public struct MailMessage: Sendable, Equatable {
    public var from: MailAddress
    public var to: [MailAddress]
    /// The subject and the two bodies.
    public var content: MailContent
    /// The Message-ID without angle brackets: "alert-12-1795420800@torbay.gov.uk".
    public var messageID: String
    /// The Message-ID this message replies to, without angle brackets; nil for none.
    public var inReplyTo: String?
    /// The thread's Message-IDs, oldest first, without angle brackets.
    public var references: [String]
    public var date: Date
    /// Extra header fields, in order, after MIME-Version: `Auto-Submitted: auto-generated`,
    /// `X-Auto-Response-Suppress: All`, `X-Yotqa-Kind: alert`. One named like a field the message
    /// writes itself (From, To, Cc, Bcc, Subject, Date, Message-ID, In-Reply-To, References,
    /// MIME-Version, Content-Type, Content-Transfer-Encoding) is left out: recipients come only from
    /// `to`, and the message's structure only from here.
    public var headers: [MailHeader]

    public init(
        from: MailAddress, to: [MailAddress], content: MailContent, messageID: String, inReplyTo: String? = nil,
        references: [String] = [], date: Date, headers: [MailHeader] = []
    ) {
        self.from = from
        self.to = to
        self.content = content
        self.messageID = messageID
        self.inReplyTo = inReplyTo
        self.references = references
        self.date = date
        self.headers = headers
    }

    /// The bare addresses of `to`, for the SMTP envelope (RCPT TO).
    public var envelopeRecipients: [String] {
        to.map(\.envelopeAddress)
    }

    /// The bare address of `from`, for the SMTP envelope (MAIL FROM).
    public var envelopeSender: String {
        from.envelopeAddress
    }

    /// The MIME boundary: "=_yotqa_" and a hash of the Message-ID in hex, so the same message always
    /// renders the same. It can never occur in either body: both are quoted-printable, whose "=" is
    /// only ever followed by two upper-case hex digits or a line break, never by "_".
    var boundary: String {
        // FNV-1a, 64 bits.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in messageID.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "=_yotqa_" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The whole RFC 5322 message: CRLF line ends, 7-bit clean, every line at most 78 characters where
    /// possible and never over 998, ending in CRLF.
    ///
    /// Header fields come in this order: From, To (left out when `to` is empty), Subject, Date (UTC),
    /// Message-ID, In-Reply-To, References, MIME-Version, the extra `headers`, Content-Type. Then the
    /// text/plain part and the text/html part, in that order (a reader shows the last one it can), both
    /// UTF-8 and quoted-printable. Every value a caller supplies is made one line first (line breaks
    /// become spaces, see `HeaderEncoding.singleLine`), so none can add a header field of its own.
    public func rendered() -> String {
        var fields: [String] = []
        fields.append(HeaderEncoding.fold(name: "From", tokens: from.headerTokens(firstLimit: 78 - 6)))
        if !to.isEmpty {
            var tokens: [String] = []
            for (index, address) in to.enumerated() {
                var mailbox = address.headerTokens(firstLimit: index == 0 ? 78 - 4 : HeaderEncoding.encodedWordLimit)
                if index < to.count - 1 { mailbox[mailbox.count - 1] += "," }
                tokens += mailbox
            }
            fields.append(HeaderEncoding.fold(name: "To", tokens: tokens))
        }
        fields.append(HeaderEncoding.unstructured(name: "Subject", value: content.subject))
        fields.append("Date: " + MessageDate.format(date))
        fields.append(HeaderEncoding.fold(name: "Message-ID", tokens: [Self.messageIDToken(messageID)]))
        if let inReplyTo {
            fields.append(HeaderEncoding.fold(name: "In-Reply-To", tokens: [Self.messageIDToken(inReplyTo)]))
        }
        if !references.isEmpty {
            fields.append(HeaderEncoding.fold(name: "References", tokens: references.map(Self.messageIDToken)))
        }
        fields.append("MIME-Version: 1.0")
        for header in headers {
            let name = HeaderEncoding.fieldName(header.name)
            guard !name.isEmpty, !Self.reservedFields.contains(name.lowercased()) else { continue }
            fields.append(HeaderEncoding.unstructured(name: name, value: header.value))
        }
        let boundary = self.boundary
        fields.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
        let parts = [("text/plain", content.text), ("text/html", content.html)]
        var lines = fields + [""]
        for (type, body) in parts {
            lines += [
                "--" + boundary,
                "Content-Type: \(type); charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                QuotedPrintable.encode(body),
            ]
        }
        lines.append("--" + boundary + "--")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Header fields the message writes itself, in lower case.
    private static let reservedFields: Set<String> = [
        "from", "to", "cc", "bcc", "subject", "date", "message-id", "in-reply-to", "references", "mime-version",
        "content-type", "content-transfer-encoding",
    ]

    /// `<id>`, from an ID given with or without its angle brackets: only printable ASCII other than
    /// "<" and ">" is kept, so no ID can break its line or its brackets.
    private static func messageIDToken(_ id: String) -> String {
        "<" + String(String.UnicodeScalarView(id.unicodeScalars.filter(isMessageIDCharacter))) + ">"
    }

    private static func isMessageIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (33...126).contains(scalar.value) && scalar != "<" && scalar != ">"
    }
}
