extension BrokenFile {
    /// What operators see for a password in the conninfo.
    static let passwordMessage =
        "a password must not be in the config file: use ~/.pgpass, PGPASSFILE or database.passfile "
        + "(for example ${CREDENTIALS_DIRECTORY}/pgpass with systemd LoadCredential)"

    /// Problems of the database section: a missing or malformed conninfo, and secrets in it.
    static let database: [BrokenFile] = [
        BrokenFile(
            name: "database.conninfo missing from the section",
            yaml: "log:\n  level: info\ndatabase:\n  connect_timeout: 5s\n",
            expected: ["broken.yaml:3:1: database.conninfo: required key is missing (expected \(conninfoExpected))"]
        ),
        BrokenFile(
            name: "database section missing",
            yaml: "log:\n  level: info\n",
            expected: ["broken.yaml:1:1: database.conninfo: required key is missing (expected \(conninfoExpected))"]
        ),
        BrokenFile(
            name: "database.conninfo with no value",
            yaml: "database:\n  conninfo:\n",
            expected: ["broken.yaml:2:12: database.conninfo: expected \(conninfoExpected), got no value"]
        ),
        BrokenFile(
            name: "conninfo that libpq would not parse",
            yaml: "database:\n  conninfo: host=db1 dbname\n",
            expected: [
                "broken.yaml:2:13: database.conninfo: not a valid conninfo: the word at character 10 is not followed "
                    + "by '=' (expected keyword=value pairs separated by spaces)"
            ]
        ),
        BrokenFile(
            name: "password in a conninfo",
            yaml: "database:\n  conninfo: host=db1 user=yotqa password=hunter2\n",
            expected: ["broken.yaml:2:13: database.conninfo: \(passwordMessage)"]
        ),
        BrokenFile(
            name: "password in a conninfo, spaced, capitalised and quoted",
            yaml: "database:\n  conninfo: \"host=db1 PassWord = 'hunter 2'\"\n",
            expected: ["broken.yaml:2:13: database.conninfo: \(passwordMessage)"]
        ),
        BrokenFile(
            name: "password in a URI",
            yaml: "database:\n  conninfo: postgresql://yotqa:hunter2@db1/yot\n",
            expected: ["broken.yaml:2:13: database.conninfo: \(passwordMessage)"]
        ),
        BrokenFile(
            name: "password as a URI query parameter",
            yaml: "database:\n  conninfo: postgres://yotqa@db1/yot?sslmode=require&password=hunter2\n",
            expected: ["broken.yaml:2:13: database.conninfo: \(passwordMessage)"]
        ),
        BrokenFile(
            name: "sslpassword in a conninfo",
            yaml: "database:\n  conninfo: host=db1 sslkey=/etc/yotqa/client.key sslpassword=hunter2\n",
            expected: [
                "broken.yaml:2:13: database.conninfo: an sslpassword must not be in the config file: give libpq a "
                    + "client key without a passphrase, readable only by the service (for example through systemd "
                    + "LoadCredential)"
            ]
        ),
        BrokenFile(
            name: "conninfo where the section should be is not quoted back",
            yaml: "database: host=db1 password=hunter2\n",
            expected: [
                "broken.yaml:1:11: database: expected a mapping, got a string that is not shown because it may hold "
                    + "a password"
            ]
        ),
    ]
}
