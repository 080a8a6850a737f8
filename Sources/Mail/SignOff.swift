/// The last two lines of every message, alert or digest.
enum SignOff {
    /// Who sent it.
    static let line = "— yotqa, the YOT quality assurance service"
    /// What it holds, and what it does not.
    static let footer =
        "This message was sent automatically. It holds no information that identifies a child; "
        + "counts from 1 to 4 are shown as [c]."
}
