import Config
import Testing

@Suite("Section api")
struct ApiSectionTests {
    static let database = "database:\n  conninfo: ''\n"

    /// Without the section: this machine only, port 8080, 16 KiB bodies, and no tokens, so only /health/* answers.
    @Test("defaults when absent")
    func defaults() throws {
        let api = try YotqaConfig.parse(yaml: Self.database, file: fixtureFile, environment: [:]).api
        #expect(api == ApiConfig())
        #expect(api.listen == "127.0.0.1")
        #expect(api.port == 8080)
        #expect(api.maxBodyBytes == 16384)
        #expect(api.tokens.isEmpty)
    }

    /// An empty section, and `tokens: []` or `tokens:` with nothing after it, read as the defaults.
    @Test("empty section and empty tokens", arguments: ["api:\n", "api:\n  tokens: []\n", "api:\n  tokens:\n"])
    func empty(_ section: String) throws {
        let api = try YotqaConfig.parse(yaml: Self.database + section, file: fixtureFile, environment: [:]).api
        #expect(api == ApiConfig())
    }

    /// Every key is read; digests are kept in lowercase, and a token without services may see every service.
    @Test("reads every key")
    func everyKey() throws {
        let viewer = String(repeating: "9f86d081", count: 8)
        let manager = String(repeating: "ABCDEF01", count: 8)
        let admin = String(repeating: "0123456789", count: 6) + "abcd"
        let yaml =
            Self.database + """
                api:
                  listen: 0.0.0.0
                  port: 9090
                  max_body_bytes: 4096
                  tokens:
                    - name: board-dashboard
                      sha256: \(viewer)
                      role: viewer
                      services: [torbay, plymouth]
                    - name: Team_Lead.2
                      sha256: \(manager)
                      role: manager
                      services:
                        - devon
                    - name: ops
                      sha256: \(admin)
                      role: admin

                """
        let api = try YotqaConfig.parse(yaml: yaml, file: fixtureFile, environment: [:]).api
        #expect(
            api
                == ApiConfig(
                    listen: "0.0.0.0", port: 9090, maxBodyBytes: 4096,
                    tokens: [
                        ApiTokenConfig(
                            name: "board-dashboard", sha256: viewer, role: .viewer, services: ["torbay", "plymouth"]),
                        ApiTokenConfig(
                            name: "Team_Lead.2", sha256: manager.lowercased(), role: .manager, services: ["devon"]),
                        ApiTokenConfig(name: "ops", sha256: admin, role: .admin, services: nil),
                    ]))
    }

    /// The ends of each range are allowed, and a name may be 64 characters long.
    @Test("the bounds of each range are allowed")
    func bounds() throws {
        let name = String(repeating: "n", count: 64)
        let low = "api:\n  port: 0\n  max_body_bytes: 256\n"
        let high =
            "api:\n  port: 65535\n  max_body_bytes: 1048576\n  tokens:\n    - name: \(name)\n"
            + "      sha256: \(BrokenFile.digest)\n      role: viewer\n"
        let lowest = try YotqaConfig.parse(yaml: Self.database + low, file: fixtureFile, environment: [:]).api
        let highest = try YotqaConfig.parse(yaml: Self.database + high, file: fixtureFile, environment: [:]).api
        #expect(lowest == ApiConfig(port: 0, maxBodyBytes: 256))
        #expect(
            highest
                == ApiConfig(
                    port: 65535, maxBodyBytes: 1_048_576,
                    tokens: [ApiTokenConfig(name: name, sha256: BrokenFile.digest, role: .viewer)]))
    }

    /// The roles are exactly viewer, manager and admin, in that order.
    @Test("roles")
    func roles() {
        #expect(ApiRole.allCases.map(\.rawValue) == ["viewer", "manager", "admin"])
    }

    /// Each impossible value of the section's own keys names its file, line, column and key path.
    @Test("reports impossible values", arguments: BrokenFile.apiValues)
    func broken(_ file: BrokenFile) {
        #expect(problems(in: file.yaml) == file.expected)
    }

    /// Each impossible token is reported at the key or list element that is wrong; digests are never shown.
    @Test("reports impossible tokens", arguments: BrokenFile.apiTokens)
    func brokenTokens(_ file: BrokenFile) {
        #expect(problems(in: file.yaml) == file.expected)
    }

    /// Every problem of the section is reported at once, in file order.
    @Test("reports every problem at once")
    func everyProblem() {
        let yaml =
            Self.database + """
                api:
                  listen: ''
                  port: 65536
                  max_body_bytes: 100
                  tokens:
                    - name: a/b
                      sha256: nope
                      role: root
                      services: []
                      scope: all

                """
        #expect(
            problems(in: yaml) == [
                "broken.yaml:4:11: api.listen: expected a host name or IP address such as 127.0.0.1, got an empty "
                    + "string",
                "broken.yaml:5:9: api.port: expected a whole number from 0 to 65535, got 65536",
                "broken.yaml:6:19: api.max_body_bytes: expected a whole number from 256 to 1048576, got 100",
                "broken.yaml:8:13: api.tokens[0].name: expected a token name: 1 to 64 of the characters A-Z, a-z, "
                    + #"0-9, '.', '_' and '-', got "a/b""#,
                "broken.yaml:9:15: api.tokens[0].sha256: expected a SHA-256 digest: 64 hexadecimal digits; make one "
                    + "with `yotqa token new`, got 4 characters (not shown, in case it is the token itself)",
                #"broken.yaml:10:13: api.tokens[0].role: expected one of viewer, manager, admin, got "root""#,
                "broken.yaml:11:17: api.tokens[0].services: expected a list of one or more service ids, got an empty "
                    + "list; omit services to allow every service",
                "broken.yaml:12:7: api.tokens[0].scope: unknown key",
            ])
    }
}
