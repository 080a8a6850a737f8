extension BrokenFile {
    static let all = structure + values + database

    /// What operators see when the conninfo is missing or of the wrong kind.
    static let conninfoExpected =
        #"a libpq conninfo such as "host=db1 dbname=yot user=yotqa", or "" for the PG* variables"#

    /// Unknown keys, wrong kinds of node, and files that are not YAML or not a mapping.
    static let structure: [BrokenFile] = [
        BrokenFile(
            name: "unknown key at the top level, with a suggestion",
            yaml: "database:\n  conninfo: ''\npahts:\n  sql: /srv/yotqa/sql\n",
            expected: ["broken.yaml:3:1: pahts: unknown key (did you mean 'paths'?)"]
        ),
        BrokenFile(
            name: "unknown key at the top level, nothing close",
            yaml: "database:\n  conninfo: ''\nmetrics:\n  port: 9100\n",
            expected: ["broken.yaml:3:1: metrics: unknown key"]
        ),
        BrokenFile(
            name: "unknown nested key",
            yaml: "database:\n  conninfo: ''\n  statment_timeout: 30s\n",
            expected: ["broken.yaml:3:3: database.statment_timeout: unknown key (did you mean 'statement_timeout'?)"]
        ),
        BrokenFile(
            name: "password as a key of its own is just unknown",
            yaml: "database:\n  conninfo: ''\n  password: hunter2\n",
            expected: ["broken.yaml:3:3: database.password: unknown key"]
        ),
        BrokenFile(
            name: "a string where a mapping is expected",
            yaml: "database: host=db1\n",
            expected: [#"broken.yaml:1:11: database: expected a mapping, got "host=db1""#]
        ),
        BrokenFile(
            name: "a mapping where a string is expected",
            yaml: "database:\n  conninfo: ''\n  application_name: {name: yotqa}\n",
            expected: ["broken.yaml:3:21: database.application_name: expected a string, got a mapping"]
        ),
        BrokenFile(
            name: "a list where a mapping or a string is expected",
            yaml: "database:\n  conninfo: [host=db1, dbname=yot]\nlog:\n  - level: info\n",
            expected: [
                "broken.yaml:2:13: database.conninfo: expected \(conninfoExpected), got a list",
                "broken.yaml:4:3: log: expected a mapping, got a list",
            ]
        ),
        BrokenFile(
            name: "YAML syntax: bad indentation",
            yaml: "database:\n  conninfo: ''\n connect_timeout: 5s\n",
            expected: [
                "broken.yaml:3:2: invalid YAML: did not find expected key while parsing a block mapping "
                    + "at line 1, column 1"
            ]
        ),
        BrokenFile(
            name: "YAML syntax: unclosed quote, reported where it opens",
            yaml: "database:\n  conninfo: \"host=db1\n  connect_timeout: 5s\n",
            expected: [
                "broken.yaml:2:13: invalid YAML: while scanning a quoted scalar that starts here, "
                    + "found unexpected end of stream"
            ]
        ),
        BrokenFile(
            name: "YAML syntax: tab indentation",
            yaml: "database:\n\tconninfo: ''\n",
            expected: [
                "broken.yaml:2:1: invalid YAML: found character that cannot start any token while scanning "
                    + "for the next token (YAML does not allow tabs for indentation)"
            ]
        ),
        BrokenFile(
            name: "two YAML documents",
            yaml: "database:\n  conninfo: ''\n---\nlog:\n  level: info\n",
            expected: ["broken.yaml:3:1: invalid YAML: the file must hold one document, but a second one starts here"]
        ),
        BrokenFile(
            name: "empty file",
            yaml: "",
            expected: ["broken.yaml:1:1: the file is empty: expected a mapping of sections such as 'database:'"]
        ),
        BrokenFile(
            name: "file with only comments",
            yaml: "# database:\n#   conninfo: ''\n",
            expected: ["broken.yaml:1:1: the file is empty: expected a mapping of sections such as 'database:'"]
        ),
        BrokenFile(
            name: "top level a list",
            yaml: "- database:\n    conninfo: ''\n",
            expected: [
                "broken.yaml:1:1: expected a mapping of sections such as 'database:' at the top level, got a list"
            ]
        ),
        BrokenFile(
            name: "top level a string",
            yaml: "yotqa\n",
            expected: [
                #"broken.yaml:1:1: expected a mapping of sections such as 'database:' at the top level, got "yotqa""#
            ]
        ),
        BrokenFile(
            name: "duplicate keys, reported at each later occurrence",
            yaml:
                "database:\n  conninfo: ''\n  conninfo: 'host=db2'\nlog:\n  level: info\n  level: debug\n  level: error\n",
            expected: [
                "broken.yaml:3:3: database.conninfo: duplicate key (already given at line 2, column 3)",
                "broken.yaml:6:3: log.level: duplicate key (already given at line 5, column 3)",
                "broken.yaml:7:3: log.level: duplicate key (already given at line 5, column 3)",
            ]
        ),
        BrokenFile(
            name: "duplicate quoted key in a flow mapping",
            yaml: "database: {conninfo: '', \"conninfo\": ''}\n",
            expected: ["broken.yaml:1:26: database.conninfo: duplicate key (already given at line 1, column 12)"]
        ),
        BrokenFile(
            name: "duplicate key in a flow mapping leaves the columns after it right",
            yaml: "database: {conninfo: ''}\nlog: {level: info, level: debug, levle: x}\n",
            expected: [
                "broken.yaml:2:20: log.level: duplicate key (already given at line 2, column 7)",
                "broken.yaml:2:34: log.levle: unknown key (did you mean 'level'?)",
            ]
        ),
        BrokenFile(
            name: "duplicate key spelt with an escape first, reported where Yams finds it",
            yaml: "database:\n  \"conn\\x69nfo\": ''\n  conninfo: ''\n",
            expected: ["broken.yaml:2:3: duplicate key 'conninfo' (a key may appear only once in a mapping)"]
        ),
        BrokenFile(
            name: "a key that is not a name",
            yaml: "database:\n  conninfo: ''\n  [a, b]: c\n",
            expected: ["broken.yaml:3:3: database: expected a key name, got a list"]
        ),
        BrokenFile(
            name: "several errors in one file, all reported in file order",
            yaml: """
                lg:
                  level: info
                database:
                  conninfo: ''
                  connect_timeout: 30
                  statement_timeout: 0s
                  aplication_name: yotqa
                log:
                  level: verbose
                paths:
                  sql: ${SQL_HOME}/sql
                """,
            expected: [
                "broken.yaml:1:1: lg: unknown key (did you mean 'log'?)",
                "broken.yaml:5:20: database.connect_timeout: expected a duration such as 30s or 5m, got 30",
                "broken.yaml:6:22: database.statement_timeout: expected a duration from 1s to 1h, got 0s",
                "broken.yaml:7:3: database.aplication_name: unknown key (did you mean 'application_name'?)",
                "broken.yaml:9:10: log.level: expected one of trace, debug, info, notice, warning, error, critical, "
                    + #"got "verbose""#,
                "broken.yaml:11:8: paths.sql: environment variable SQL_HOME is not set",
            ]
        ),
    ]
}
