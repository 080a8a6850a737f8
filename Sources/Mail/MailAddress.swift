/// One mailbox: an address and, optionally, the name shown with it.
public struct MailAddress: Sendable, Equatable, CustomStringConvertible {
    /// The display name, as a reader sees it ("Cadeirydd y Bwrdd"); nil (or empty) for none.
    public var name: String?
    /// The bare address, "chair@torbay.gov.uk".
    public var address: String

    /// An address as given, unchecked. What goes into a header or the SMTP envelope is always made
    /// safe (see `headerValue`), but only `init(parsing:)` checks that it is an address.
    public init(name: String?, address: String) {
        self.name = name
        self.address = address
    }

    /// Parses "a@b.example", "<a@b.example>", "Display Name <a@b.example>" or
    /// "\"Quoted, Name\" <a@b.example>" (backslash escapes in the quotes), with any space around it.
    ///
    /// Nil unless `text` is one valid address: an address has exactly one "@", something before it
    /// and after it, at most 254 characters, only printable ASCII (no address outside ASCII: messages
    /// are 7-bit and we do not use SMTPUTF8), and no space, control character or any of `<>,"()`.
    /// A display name not in quotes may not have `"<>,;:@[]\()` in it (so "Smith, J <j@x>", which is
    /// a list of two, is nil) nor control characters; one in quotes may have anything but control
    /// characters.
    public init?(parsing text: String) {
        let trimmed = Self.trimmed(Substring(text))
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            let address = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            guard Self.isValid(address: address), case .valid(let name) = Self.displayName(trimmed[..<open]) else {
                return nil
            }
            self.init(name: name, address: String(address))
        } else {
            guard Self.isValid(address: trimmed) else { return nil }
            self.init(name: nil, address: String(trimmed))
        }
    }

    /// What comes after the "@" ("torbay.gov.uk"); empty when there is no "@".
    public var domain: String {
        guard let at = address.lastIndex(of: "@") else { return "" }
        return String(address[address.index(after: at)...])
    }

    /// The mailbox as the value of a From or To header (unfolded): the bare address when there is no
    /// name; `Name <address>` for a name of ASCII words; `"J. Smith" <address>` (a quoted-string)
    /// for an ASCII name with other characters; RFC 2047 encoded-words, `=?utf-8?q?...?= <address>`,
    /// for a name with characters outside ASCII. Control characters and line breaks in the name become
    /// spaces, and the address loses anything that can never be in one (spaces, control characters,
    /// characters outside ASCII, and `<>,"()`), so no value can start a header of its own.
    public var headerValue: String {
        headerTokens().joined(separator: " ")
    }

    /// The address for the SMTP envelope and the header: `address` without anything that can never be
    /// in one (spaces, control characters, characters outside ASCII, and `<>,"()`). The same as
    /// `address` for any address `init(parsing:)` accepts.
    var envelopeAddress: String {
        String(String.UnicodeScalarView(address.unicodeScalars.filter { Self.isAddressCharacter($0) }))
    }

    /// The mailbox for people and logs: `Name <address>` (the name in quotes when it needs them, not
    /// encoded), or the bare address. `MailAddress(parsing:)` reads it back.
    public var description: String {
        guard let name = displayName else { return address }
        let needsQuotes = name.contains(where: { Self.unquotedSpecials.contains($0) })
        return (needsQuotes ? Self.quoted(name) : name) + " <" + address + ">"
    }

    /// The name on one line, or nil when it is empty.
    private var displayName: String? {
        guard let name else { return nil }
        let line = HeaderEncoding.singleLine(name)
        return line.isEmpty ? nil : line
    }

    /// The header value as tokens for folding: the name's words (or encoded-words, or one quoted-string),
    /// then `<address>`. `firstLimit` is the room for an encoded-word on the header's first line.
    func headerTokens(firstLimit: Int = HeaderEncoding.encodedWordLimit) -> [String] {
        let address = envelopeAddress
        guard let name = displayName else { return [address] }
        let angle = "<" + address + ">"
        let words = name.split(separator: " ").map(String.init)
        if Self.isPlainPhrase(name) && words.allSatisfy({ $0.count < HeaderEncoding.lineLimit }) {
            return words + [angle]
        }
        let quoted = Self.quoted(name)
        if name.unicodeScalars.allSatisfy(\.isASCII) && quoted.count < HeaderEncoding.lineLimit {
            return [quoted, angle]
        }
        return HeaderEncoding.encodedWords(name, firstLimit: firstLimit) + [angle]
    }

    /// Whether `name` can go in a header as it is: ASCII letters, digits, `!#$%&'*+-/=?^_`{|}~` and
    /// spaces (RFC 5322 atext and the spaces between atoms), and no "=?" that a reader would take for
    /// an encoded-word.
    private static func isPlainPhrase(_ name: String) -> Bool {
        !name.contains("=?")
            && name.unicodeScalars.allSatisfy { scalar in
                switch scalar {
                case "A"..."Z", "a"..."z", "0"..."9", " ":
                    return true
                default:
                    return "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(scalar)
                }
            }
    }

    /// `name` as an RFC 5322 quoted-string: in double quotes, with `"` and `\` escaped by a backslash.
    private static func quoted(_ name: String) -> String {
        var out = "\""
        for character in name {
            if character == "\"" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out + "\""
    }

    private static func isAddressCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (33...126).contains(scalar.value) && !"<>,\"()".unicodeScalars.contains(scalar)
    }

    private static func isValid(address: Substring) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return address.unicodeScalars.count <= 254 && address.unicodeScalars.allSatisfy(isAddressCharacter)
            && parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
    }

    /// What a display name may not have unless it is in quotes.
    private static let unquotedSpecials = "\"<>,;:@[]\\()"

    private enum ParsedName {
        case valid(String?)
        case invalid
    }

    /// The display name before "<address>": nil when there is none, unquoted when it is quoted.
    private static func displayName(_ phrase: Substring) -> ParsedName {
        let phrase = trimmed(phrase)
        guard !phrase.isEmpty else { return .valid(nil) }
        guard !phrase.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            return .invalid
        }
        guard phrase.hasPrefix("\"") else {
            return phrase.contains(where: { unquotedSpecials.contains($0) }) ? .invalid : .valid(String(phrase))
        }
        guard phrase.count >= 2, phrase.hasSuffix("\"") else { return .invalid }
        var name = ""
        var escaped = false
        for character in phrase.dropFirst().dropLast() {
            if escaped {
                name.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return .invalid
            } else {
                name.append(character)
            }
        }
        return escaped ? .invalid : .valid(name.isEmpty ? nil : name)
    }

    /// `text` without spaces, tabs or line breaks at either end.
    private static func trimmed(_ text: Substring) -> Substring {
        let isSpace = { (character: Character) in character.isWhitespace }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
        else { return text[text.endIndex...] }
        return text[first...last]
    }
}
