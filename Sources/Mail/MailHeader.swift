/// One extra header field of a message, such as `Auto-Submitted: auto-generated`.
public struct MailHeader: Sendable, Equatable {
    /// The field's name: printable ASCII other than ":" (anything else is left out when rendered).
    public var name: String
    /// The field's value, unstructured text: line breaks become spaces when rendered, and text outside
    /// ASCII becomes RFC 2047 encoded-words.
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
