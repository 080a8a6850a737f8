extension BrokenFile {
    private static func database(_ lines: String) -> String {
        "database:\n  conninfo: ''\n" + lines
    }

    /// Values of the right kind of node that are still impossible.
    static let values: [BrokenFile] = [
        BrokenFile(
            name: "timeout of 0s",
            yaml: database("  connect_timeout: 0s\n"),
            expected: ["broken.yaml:3:20: database.connect_timeout: expected a duration from 1s to 5m, got 0s"]
        ),
        BrokenFile(
            name: "timeout of 10h",
            yaml: database("  statement_timeout: 10h\n"),
            expected: ["broken.yaml:3:22: database.statement_timeout: expected a duration from 1s to 1h, got 10h"]
        ),
        BrokenFile(
            name: "negative timeout",
            yaml: database("  statement_timeout: -5s\n"),
            expected: [
                #"broken.yaml:3:22: database.statement_timeout: expected a duration such as 30s or 5m, got "-5s""#
            ]
        ),
        BrokenFile(
            name: "timeout as a bare number",
            yaml: database("  connect_timeout: 30\n"),
            expected: ["broken.yaml:3:20: database.connect_timeout: expected a duration such as 30s or 5m, got 30"]
        ),
        BrokenFile(
            name: "timeout with units out of order",
            yaml: database("  statement_timeout: 30m1h\n"),
            expected: [
                #"broken.yaml:3:22: database.statement_timeout: expected a duration such as 30s or 5m, got "30m1h""#
            ]
        ),
        BrokenFile(
            name: "timeout with no value",
            yaml: database("  statement_timeout:\n"),
            expected: [
                "broken.yaml:3:21: database.statement_timeout: expected a duration such as 30s or 5m, got no value"
            ]
        ),
        BrokenFile(
            name: "unknown log level",
            yaml: database("log:\n  level: verbose\n"),
            expected: [
                "broken.yaml:4:10: log.level: expected one of trace, debug, info, notice, warning, error, critical, "
                    + #"got "verbose""#
            ]
        ),
        BrokenFile(
            name: "log level in the wrong case, with a suggestion",
            yaml: database("log:\n  level: WARNING\n"),
            expected: [
                "broken.yaml:4:10: log.level: expected one of trace, debug, info, notice, warning, error, critical, "
                    + #"got "WARNING" (did you mean 'warning'?)"#
            ]
        ),
        BrokenFile(
            name: "application_name too long",
            yaml: database("  application_name: " + String(repeating: "y", count: 64) + "\n"),
            expected: [
                "broken.yaml:3:21: database.application_name: expected 1 to 63 printable ASCII characters, "
                    + "got 64 characters"
            ]
        ),
        BrokenFile(
            name: "application_name empty",
            yaml: database("  application_name: ''\n"),
            expected: [
                "broken.yaml:3:21: database.application_name: expected 1 to 63 printable ASCII characters, "
                    + "got an empty string"
            ]
        ),
        BrokenFile(
            name: "application_name not ASCII",
            yaml: database("  application_name: yotqa-\u{E9}t\u{E9}\n"),
            expected: [
                "broken.yaml:3:21: database.application_name: expected 1 to 63 printable ASCII characters, "
                    + "got \"yotqa-\u{E9}t\u{E9}\""
            ]
        ),
        BrokenFile(
            name: "${VAR} unset in a path",
            yaml: database("  passfile: ${CREDENTIALS_DIRECTORY}/pgpass\n"),
            expected: ["broken.yaml:3:13: database.passfile: environment variable CREDENTIALS_DIRECTORY is not set"]
        ),
        BrokenFile(
            name: "${VAR} set but empty in a path",
            yaml: database("  passfile: ${CREDENTIALS_DIRECTORY}/pgpass\n"),
            environment: ["CREDENTIALS_DIRECTORY": ""],
            expected: ["broken.yaml:3:13: database.passfile: environment variable CREDENTIALS_DIRECTORY is empty"]
        ),
        BrokenFile(
            name: "${ not closed in a path",
            yaml: "database:\n  conninfo: ''\npaths:\n  sql: ${SQL_HOME/sql\n",
            expected: ["broken.yaml:4:8: paths.sql: '${' is not closed by '}'"]
        ),
        BrokenFile(
            name: "empty path",
            yaml: database("  passfile: ''\n"),
            expected: ["broken.yaml:3:13: database.passfile: expected a path, got an empty string"]
        ),
    ]
}
