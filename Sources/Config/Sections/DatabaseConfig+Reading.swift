extension DatabaseConfig {
    /// Reads section `database`; nil when a required key is missing or wrong (already reported).
    init?(reading section: MappingReader) {
        let conninfo = section.required("conninfo", .conninfo)
        let passfile = section.optional("passfile", .path)
        let connectTimeout = section.value(
            "connect_timeout", .duration(in: Self.connectTimeoutRange), default: Self.defaultConnectTimeout)
        let statementTimeout = section.value(
            "statement_timeout", .duration(in: Self.statementTimeoutRange), default: Self.defaultStatementTimeout)
        let applicationName = section.value(
            "application_name", .applicationName, default: Self.defaultApplicationName)
        guard let conninfo else {
            return nil
        }
        self.init(
            conninfo: conninfo,
            passfile: passfile,
            connectTimeout: connectTimeout,
            statementTimeout: statementTimeout,
            applicationName: applicationName
        )
    }
}

extension ValueType where Value == String {
    /// PostgreSQL's limit for `application_name` (NAMEDATALEN - 1), and the characters it keeps as they are.
    fileprivate static var applicationName: ValueType<String> {
        let expected = "1 to 63 printable ASCII characters"
        return ValueType.string.checked { name in
            if name.isEmpty {
                return "expected \(expected), got an empty string"
            }
            if name.unicodeScalars.count > 63 {
                return "expected \(expected), got \(name.unicodeScalars.count) characters"
            }
            if !name.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) {
                return "expected \(expected), got \(MessageText.quoted(name))"
            }
            return nil
        }
    }
}
