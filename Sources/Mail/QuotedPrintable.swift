/// The quoted-printable content transfer encoding of a text body (RFC 2045 section 6.7).
enum QuotedPrintable {
    /// The longest encoded line, soft line break included (RFC 2045 section 6.7, rule 5).
    static let lineLimit = 76

    /// `text`'s UTF-8 bytes, quoted-printable: each "\n" (or "\r\n") of the text is a hard line break,
    /// CRLF; printable ASCII other than "=" stays as it is; "=", every other byte (the bytes of
    /// characters outside ASCII, a lone CR, other controls) and a space or tab at the end of a line
    /// become "=XX"; a line longer than 76 characters is split by soft line breaks ("=" and CRLF),
    /// never inside an "=XX". No CRLF after the last line.
    ///
    /// The output is 7-bit, and its "=" only ever comes before two upper-case hex digits or a line
    /// break, so it can never contain "=_": `MailMessage`'s MIME boundaries start with "=_" for that.
    static func encode(_ text: String) -> String {
        var lines: [String] = []
        for line in Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let bytes = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
            lines += encode(line: Array(bytes))
        }
        return lines.joined(separator: "\r\n")
    }

    /// One line of text, as one or more encoded lines, every one but the last ending in a soft break.
    private static func encode(line bytes: [UInt8]) -> [String] {
        var out: [String] = []
        var current = ""
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let token: String
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                token = isLast ? HeaderEncoding.hexEscape(byte) : String(UnicodeScalar(byte))
            case UInt8(ascii: "="):
                token = HeaderEncoding.hexEscape(byte)
            case 33...126:
                token = String(UnicodeScalar(byte))
            default:
                token = HeaderEncoding.hexEscape(byte)
            }
            // The last token may fill the line to 76; any other must leave room for the soft break's "=".
            if current.count + token.count > (isLast ? lineLimit : lineLimit - 1) {
                out.append(current + "=")
                current = ""
            }
            current += token
        }
        out.append(current)
        return out
    }
}
