/// Header fields as they go on the wire: the guard against header injection, RFC 2047 encoded-words
/// for text that is not ASCII, and folding onto continuation lines.
enum HeaderEncoding {
    /// The longest line we aim for (RFC 5322 section 2.1.1: "SHOULD be no more than 78 characters").
    static let lineLimit = 78
    /// The longest line there can ever be, without its CRLF (RFC 5322 section 2.1.1: "MUST be no more
    /// than 998 characters").
    static let hardLimit = 998
    /// The longest RFC 2047 encoded-word (RFC 2047 section 2).
    static let encodedWordLimit = 75

    /// `text` on one line: every CR, LF, tab and other ASCII control character becomes a space, runs
    /// of spaces become one, and neither end has any. Whatever a caller passes can never end a header
    /// line early and start a header of its own ("Subject\r\nBcc: x@y" is the subject "Subject Bcc: x@y").
    static func singleLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// Only the characters allowed in a header field's name (RFC 5322 section 2.2: printable ASCII
    /// other than the colon).
    static func fieldName(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.filter { (33...126).contains($0.value) && $0 != ":" }))
    }

    /// A whole unstructured header field (Subject, and the caller's extra headers): `name: value`,
    /// folded, its lines joined by CRLF, with no CRLF at the end.
    ///
    /// An ASCII value is folded at its spaces. A value with anything other than ASCII, with a word too
    /// long for a line of its own, or with "=?" (which a reader would take for the start of an
    /// encoded-word) becomes RFC 2047 encoded-words.
    static func unstructured(name: String, value: String) -> String {
        let text = singleLine(value)
        let words = text.split(separator: " ").map(String.init)
        let plain =
            text.unicodeScalars.allSatisfy(\.isASCII) && !text.contains("=?")
            && words.allSatisfy { $0.count < lineLimit }
        if plain { return fold(name: name, tokens: words) }
        // The first encoded-word fits on the header's first line after "Name: ".
        let firstLimit = lineLimit - name.count - 2
        return fold(name: name, tokens: encodedWords(text, firstLimit: firstLimit))
    }

    /// `name:` followed by `tokens`, one space before each, folded: a token that would take its line
    /// past 78 characters starts a continuation line (CRLF, then the space). Unfolding (removing each
    /// CRLF) gives back the tokens separated by single spaces. A token too long for any line is cut
    /// to fit 998 characters, as a last resort no well-formed value reaches.
    static func fold(name: String, tokens: [String]) -> String {
        var lines: [String] = []
        var line = String(name.prefix(hardLimit - 8)) + ":"
        for token in tokens {
            if line.count + 1 + token.count > lineLimit {
                lines.append(line)
                line = ""
            }
            line += " " + String(token.prefix(hardLimit - line.count - 1))
        }
        lines.append(line)
        return lines.joined(separator: "\r\n")
    }

    /// `text` as RFC 2047 encoded-words in UTF-8, each at most 75 characters (the first at most
    /// `firstLimit`, when that leaves room for a character), never splitting a character's bytes
    /// between two words. Q encoding when it is no longer than B (mostly ASCII text stays readable),
    /// else B. The Q encoding is the strict one allowed in a display name (RFC 2047 section 5(3)), so
    /// the same words do for a Subject and for a name in From or To.
    static func encodedWords(_ text: String, firstLimit: Int = encodedWordLimit) -> [String] {
        let bytes = Array(text.utf8)
        let qLength = bytes.reduce(0) { $0 + qEncoded($1).count }
        let useQ = qLength <= (bytes.count + 2) / 3 * 4
        let prefix = useQ ? "=?utf-8?q?" : "=?utf-8?b?"
        let overhead = prefix.count + 2
        var limit = firstLimit >= overhead + 12 ? min(firstLimit, encodedWordLimit) : encodedWordLimit
        var words: [String] = []
        var chunk: [UInt8] = []
        func encodedLength(_ bytes: [UInt8]) -> Int {
            useQ ? bytes.reduce(0) { $0 + qEncoded($1).count } : (bytes.count + 2) / 3 * 4
        }
        func flush() {
            let payload = useQ ? chunk.map(qEncoded).joined() : base64(chunk)
            words.append(prefix + payload + "?=")
            chunk = []
            limit = encodedWordLimit
        }
        for scalar in text.unicodeScalars {
            let scalarBytes = Array(String(scalar).utf8)
            if !chunk.isEmpty && overhead + encodedLength(chunk + scalarBytes) > limit { flush() }
            chunk += scalarBytes
        }
        if !chunk.isEmpty || words.isEmpty { flush() }
        return words
    }

    /// One byte in RFC 2047's Q encoding, in its strictest form (section 5(3)): letters, digits and
    /// `!*+-/` as themselves, a space as "_", anything else as "=XX".
    static func qEncoded(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return String(UnicodeScalar(byte))
        case UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "/"):
            return String(UnicodeScalar(byte))
        case UInt8(ascii: " "):
            return "_"
        default:
            return hexEscape(byte)
        }
    }

    /// "=" and the byte in two upper-case hex digits: the escape of quoted-printable and of Q.
    static func hexEscape(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }

    /// Standard base64 (RFC 4648 section 4) with padding.
    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var out = ""
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group = 0
            for offset in 0..<3 {
                group = group << 8 | (offset < count ? Int(bytes[index + offset]) : 0)
            }
            for position in 0..<4 {
                out.append(position <= count ? alphabet[(group >> (18 - 6 * position)) & 0x3F] : "=")
            }
            index += 3
        }
        return out
    }
}
