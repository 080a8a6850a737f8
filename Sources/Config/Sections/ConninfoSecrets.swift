/// Finds passwords in a libpq connection string, so that the config file cannot become a place for secrets.
///
/// Parses just enough of libpq's two syntaxes to tell a `password` keyword from a value that happens to contain
/// the word: `keyword = value` pairs, with single-quoted values and backslash escapes, and
/// `postgresql://user:password@host/db?password=…` URIs.
enum ConninfoSecrets {
    enum Finding: Equatable {
        case none
        case password
        case sslPassword
        /// Not a conninfo libpq would accept; the reason never quotes a value.
        case malformed(String)
    }

    /// The message for a password in the conninfo, pointing at the places libpq reads passwords from.
    static let passwordMessage =
        "a password must not be in the config file: use ~/.pgpass, PGPASSFILE or database.passfile "
        + "(for example ${CREDENTIALS_DIRECTORY}/pgpass with systemd LoadCredential)"

    /// The message for `sslpassword`, the passphrase of the client key, which no password file can hold.
    static let sslPasswordMessage =
        "an sslpassword must not be in the config file: give libpq a client key without a passphrase, "
        + "readable only by the service (for example through systemd LoadCredential)"

    /// libpq takes a URI only with one of these prefixes, spelt exactly so.
    private static let uriPrefixes = ["postgresql://", "postgres://"]

    static func inspect(_ conninfo: String) -> Finding {
        if let prefix = uriPrefixes.first(where: conninfo.hasPrefix) {
            return inspect(uri: conninfo.dropFirst(prefix.count))
        }
        return inspect(keywordValue: Array(conninfo.unicodeScalars))
    }

    private static func finding(forKeyword keyword: some StringProtocol) -> Finding {
        switch keyword.lowercased() {
        case "password": .password
        case "sslpassword": .sslPassword
        default: .none
        }
    }

    private static func inspect(uri rest: Substring) -> Finding {
        if SecretRedaction.urlUserInfo(of: "postgresql://" + rest)?.contains(":") ?? false {
            return .password
        }
        guard let query = rest.firstIndex(of: "?") else {
            return .none
        }
        for parameter in rest[rest.index(after: query)...].split(separator: "&") {
            let key = parameter.prefix { $0 != "=" }
            let found = finding(forKeyword: percentDecoded(key))
            if found != .none {
                return found
            }
        }
        return .none
    }

    /// Scans every pair, because a password may come after anything; a password found before a syntax error
    /// is still the problem reported, as it is the one that must not stay in the file.
    private static func inspect(keywordValue text: [Unicode.Scalar]) -> Finding {
        var index = 0
        var result = Finding.none
        func skipSpaces() {
            while index < text.count, isSpace(text[index]) {
                index += 1
            }
        }
        func malformed(_ reason: String) -> Finding {
            result == .none ? .malformed("not a valid conninfo: " + reason) : result
        }
        while true {
            skipSpaces()
            guard index < text.count else {
                return result
            }
            let keywordStart = index
            while index < text.count, !isSpace(text[index]), text[index] != "=" {
                index += 1
            }
            let keyword = String(String.UnicodeScalarView(text[keywordStart..<index]))
            skipSpaces()
            guard index < text.count, text[index] == "=" else {
                return malformed(
                    "the word at character \(keywordStart + 1) is not followed by '=' "
                        + "(expected keyword=value pairs separated by spaces)"
                )
            }
            guard !keyword.isEmpty else {
                return malformed("the '=' at character \(index + 1) has no keyword before it")
            }
            index += 1
            skipSpaces()
            if index < text.count, text[index] == "'" {
                let quote = index
                index += 1
                while index < text.count, text[index] != "'" {
                    index += text[index] == "\\" ? 2 : 1
                }
                guard index < text.count else {
                    return malformed("the quoted value of '\(keyword)' at character \(quote + 1) is not closed")
                }
                index += 1
            } else {
                while index < text.count, !isSpace(text[index]) {
                    index += text[index] == "\\" ? 2 : 1
                }
            }
            let found = finding(forKeyword: keyword)
            if found == .password || (found == .sslPassword && result == .none) {
                result = found
            }
        }
    }

    /// The whitespace of C's `isspace`, which libpq uses to separate pairs.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"].contains(scalar)
    }

    private static func percentDecoded(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var utf8 = text.utf8[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
