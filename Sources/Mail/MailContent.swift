/// What a message says: its subject and its two bodies, before it has addresses and headers.
public struct MailContent: Sendable, Equatable {
    public var subject: String
    /// The text/plain part, lines separated by "\n".
    public var text: String
    /// The text/html part: a whole document with tables and inline styles only (Outlook renders
    /// nothing else reliably), no scripts and no external images.
    public var html: String

    public init(subject: String, text: String, html: String) {
        self.subject = subject
        self.text = text
        self.html = html
    }
}
