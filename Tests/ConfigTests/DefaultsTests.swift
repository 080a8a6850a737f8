import Config
import Testing

@Suite("Defaults and explicit values")
struct DefaultsTests {
    @Test("a file with only database.conninfo gets every default")
    func onlyConninfo() throws {
        let config = try YotqaConfig.parse(yaml: "database:\n  conninfo: \"\"\n", file: "min.yaml", environment: [:])
        #expect(config.database.conninfo == "")
        #expect(config.database.passfile == nil)
        #expect(config.database.connectTimeout == .seconds(10))
        #expect(config.database.statementTimeout == .seconds(60))
        #expect(config.database.applicationName == "yotqa")
        #expect(config.paths.sql == nil)
        #expect(config.log.level == .info)
    }

    @Test("sections with every key commented out read as empty")
    func emptySections() throws {
        let yaml = """
            database:
              conninfo: "postgresql://yotqa@db1/yot"
            paths:
              # sql: /srv/yotqa/sql
            log:
            """
        let config = try YotqaConfig.parse(yaml: yaml, file: "empty-sections.yaml", environment: [:])
        #expect(config == YotqaConfig(database: DatabaseConfig(conninfo: "postgresql://yotqa@db1/yot")))
    }

    @Test("every key given explicitly is used, with ${VAR} expanded in paths only")
    func explicitValues() throws {
        let yaml = """
            database:
              conninfo: host=db1 dbname=yot user=yotqa application_name='not a password=here'
              passfile: ${STATE}/${NAME}.pgpass
              connect_timeout: 1500ms
              statement_timeout: 1h
              application_name: yotqa-${NAME}
            paths:
              sql: /srv/$yotqa/sql
            log:
              level: debug
            """
        let config = try YotqaConfig.parse(
            yaml: yaml, file: "full.yaml", environment: ["STATE": "/var/lib/yotqa", "NAME": "db1"])
        let expected = YotqaConfig(
            database: DatabaseConfig(
                conninfo: "host=db1 dbname=yot user=yotqa application_name='not a password=here'",
                passfile: "/var/lib/yotqa/db1.pgpass",
                connectTimeout: .milliseconds(1500),
                statementTimeout: .seconds(3600),
                applicationName: "yotqa-${NAME}"
            ),
            paths: PathsConfig(sql: "/srv/$yotqa/sql"),
            log: LogConfig(level: .debug)
        )
        #expect(config == expected)
    }

    @Test(
        "the bounds of the timeouts are allowed",
        arguments: [("1s", Duration.seconds(1)), ("5m", .seconds(300)), ("4m59s1000ms", .seconds(300))]
    )
    func timeoutBounds(_ text: String, _ duration: Duration) throws {
        let yaml = "database:\n  conninfo: ''\n  connect_timeout: \(text)\n  statement_timeout: \(text)\n"
        let config = try YotqaConfig.parse(yaml: yaml, file: "bounds.yaml", environment: [:])
        #expect(config.database.connectTimeout == duration)
        #expect(config.database.statementTimeout == duration)
    }
}
