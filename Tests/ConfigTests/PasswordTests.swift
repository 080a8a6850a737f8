import Config
import Testing

@Suite("Passwords never stay in the file, nor get into messages")
struct PasswordTests {
    static let secret = "Tr0ub4dor-hunter2"

    @Test(
        "a password in the conninfo is refused without being echoed",
        arguments: [
            "host=db1 password=\(secret)",
            "host=db1 password='\(secret) with spaces'",
            "password=\(secret) host=db1 dbname",
            "postgresql://yotqa:\(secret)@db1:5432/yot",
            "postgresql://yotqa@db1/yot?pass%77ord=\(secret)",
            "host=db1 sslpassword=\(secret)",
        ]
    )
    func refusedAndNotEchoed(_ conninfo: String) {
        let yaml = "database:\n  conninfo: \"\(conninfo)\"\n"
        let found = problems(in: yaml)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("broken.yaml:2:13: database.conninfo: a") == true)
        #expect(found.first?.contains("must not be in the config file") == true)
        #expect(!found.joined().contains(Self.secret))
        #expect(!found.joined().contains("Tr0ub4dor"))
    }

    @Test(
        "the word password in a value, or a URI user with no password, is fine",
        arguments: [
            "host=db1 application_name='password=none'",
            "host=password.example.org user=yotqa",
            "postgresql://yotqa@db1/yot?application_name=a:b@c",
            "postgresql://[::1]:5432/yot",
            "",
        ]
    )
    func allowed(_ conninfo: String) throws {
        let yaml = "database:\n  conninfo: \"\(conninfo)\"\n"
        let config = try YotqaConfig.parse(yaml: yaml, file: "ok.yaml", environment: [:])
        #expect(config.database.conninfo == conninfo)
    }
}
