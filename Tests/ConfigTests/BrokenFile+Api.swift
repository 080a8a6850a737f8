extension BrokenFile {
    /// `lines` under `api:`, which is line 3; the first of `lines` is line 4.
    private static func api(_ lines: String) -> String {
        "database:\n  conninfo: ''\napi:\n" + lines
    }

    /// `lines` under `api:` and `tokens:`; the first of `lines` is line 5.
    private static func tokens(_ lines: String) -> String {
        api("  tokens:\n" + lines)
    }

    static let digest = String(repeating: "ab", count: 32)
    static let otherDigest = String(repeating: "0f", count: 32)
    private static let digestExpected = "a SHA-256 digest: 64 hexadecimal digits; make one with `yotqa token new`"
    private static let nameExpected = "a token name: 1 to 64 of the characters A-Z, a-z, 0-9, '.', '_' and '-'"
    private static let notShown = " (not shown, in case it is the token itself)"
    private static let servicesExpected = "a list of one or more service ids"

    /// Impossible values of the keys of section api itself.
    static let apiValues: [BrokenFile] = [
        BrokenFile(
            name: "port 70000",
            yaml: api("  port: 70000\n"),
            expected: ["broken.yaml:4:9: api.port: expected a whole number from 0 to 65535, got 70000"]
        ),
        BrokenFile(
            name: "port -1",
            yaml: api("  port: -1\n"),
            expected: ["broken.yaml:4:9: api.port: expected a whole number from 0 to 65535, got -1"]
        ),
        BrokenFile(
            name: "port in quotes",
            yaml: api("  port: '8080'\n"),
            expected: [#"broken.yaml:4:9: api.port: expected a whole number from 0 to 65535, got "8080""#]
        ),
        BrokenFile(
            name: "body size below 256",
            yaml: api("  max_body_bytes: 255\n"),
            expected: ["broken.yaml:4:19: api.max_body_bytes: expected a whole number from 256 to 1048576, got 255"]
        ),
        BrokenFile(
            name: "body size above 1 MiB",
            yaml: api("  max_body_bytes: 1048577\n"),
            expected: [
                "broken.yaml:4:19: api.max_body_bytes: expected a whole number from 256 to 1048576, got 1048577"
            ]
        ),
        BrokenFile(
            name: "empty listen address",
            yaml: api("  listen: ''\n"),
            expected: [
                "broken.yaml:4:11: api.listen: expected a host name or IP address such as 127.0.0.1, "
                    + "got an empty string"
            ]
        ),
        BrokenFile(
            name: "listen address with a space",
            yaml: api("  listen: '127.0.0.1 8080'\n"),
            expected: [
                "broken.yaml:4:11: api.listen: expected a host name or IP address such as 127.0.0.1, "
                    + #"got "127.0.0.1 8080""#
            ]
        ),
        BrokenFile(
            name: "an unknown key, with a suggestion",
            yaml: api("  max_body_byte: 4096\n"),
            expected: ["broken.yaml:4:3: api.max_body_byte: unknown key (did you mean 'max_body_bytes'?)"]
        ),
        BrokenFile(
            name: "tokens as a mapping",
            yaml: tokens("    name: board\n"),
            expected: ["broken.yaml:5:5: api.tokens: expected a list, got a mapping"]
        ),
    ]

    /// Impossible tokens, under api.tokens.
    static let apiTokens: [BrokenFile] = [
        BrokenFile(
            name: "a token without a name",
            yaml: tokens("    - sha256: \(digest)\n      role: viewer\n"),
            expected: ["broken.yaml:5:7: api.tokens[0].name: required key is missing (expected \(nameExpected))"]
        ),
        BrokenFile(
            name: "a token without sha256",
            yaml: tokens("    - name: board\n      role: viewer\n"),
            expected: [
                "broken.yaml:5:7: api.tokens[0].sha256: required key is missing (expected \(digestExpected))"
            ]
        ),
        BrokenFile(
            name: "a token without a role",
            yaml: tokens("    - name: board\n      sha256: \(digest)\n"),
            expected: [
                "broken.yaml:5:7: api.tokens[0].role: required key is missing "
                    + "(expected one of viewer, manager, admin)"
            ]
        ),
        BrokenFile(
            name: "a digest that is too short, not shown",
            yaml: tokens("    - name: board\n      sha256: abc123\n      role: viewer\n"),
            expected: [
                "broken.yaml:6:15: api.tokens[0].sha256: expected \(digestExpected), got 6 characters\(notShown)"
            ]
        ),
        BrokenFile(
            name: "the token itself in place of its digest, not shown",
            yaml: tokens("    - name: board\n      sha256: yotqa_Zm9vYmFyYmF6cXV4\n      role: viewer\n"),
            expected: [
                "broken.yaml:6:15: api.tokens[0].sha256: expected \(digestExpected), got 22 characters\(notShown)"
            ]
        ),
        BrokenFile(
            name: "a digest of 64 characters that are not all hexadecimal",
            yaml: tokens(
                "    - name: board\n      sha256: \(String(repeating: "g", count: 64))\n      role: viewer\n"),
            expected: [
                "broken.yaml:6:15: api.tokens[0].sha256: expected \(digestExpected), "
                    + "got 64 characters that are not all hexadecimal digits\(notShown)"
            ]
        ),
        BrokenFile(
            name: "a digest with no value",
            yaml: tokens("    - name: board\n      sha256:\n      role: viewer\n"),
            expected: ["broken.yaml:6:14: api.tokens[0].sha256: expected \(digestExpected), got no value"]
        ),
        BrokenFile(
            name: "an unknown role",
            yaml: tokens("    - name: board\n      sha256: \(digest)\n      role: editor\n"),
            expected: [
                #"broken.yaml:7:13: api.tokens[0].role: expected one of viewer, manager, admin, got "editor""#
            ]
        ),
        BrokenFile(
            name: "a role in the wrong case, with a suggestion",
            yaml: tokens("    - name: board\n      sha256: \(digest)\n      role: Admin\n"),
            expected: [
                "broken.yaml:7:13: api.tokens[0].role: expected one of viewer, manager, admin, "
                    + #"got "Admin" (did you mean 'admin'?)"#
            ]
        ),
        BrokenFile(
            name: "a name with a space",
            yaml: tokens("    - name: board dashboard\n      sha256: \(digest)\n      role: viewer\n"),
            expected: [#"broken.yaml:5:13: api.tokens[0].name: expected \#(nameExpected), got "board dashboard""#]
        ),
        BrokenFile(
            name: "a name of 65 characters",
            yaml: tokens(
                "    - name: \(String(repeating: "b", count: 65))\n      sha256: \(digest)\n      role: viewer\n"),
            expected: ["broken.yaml:5:13: api.tokens[0].name: expected \(nameExpected), got 65 characters"]
        ),
        BrokenFile(
            name: "an empty name",
            yaml: tokens("    - name: ''\n      sha256: \(digest)\n      role: viewer\n"),
            expected: ["broken.yaml:5:13: api.tokens[0].name: expected \(nameExpected), got an empty string"]
        ),
        BrokenFile(
            name: "a name given twice, reported at the second",
            yaml: tokens(
                """
                    - name: board
                      sha256: \(digest)
                      role: viewer
                    - name: board
                      sha256: \(otherDigest)
                      role: admin

                """),
            expected: [
                #"broken.yaml:8:13: api.tokens[1].name: duplicate token name "board" (already given at line 5, column 13)"#
            ]
        ),
        BrokenFile(
            name: "a name given twice, though the second token has another problem",
            yaml: tokens(
                """
                    - name: board
                      sha256: \(digest)
                      role: viewer
                    - name: other
                      sha256: \(otherDigest)
                      role: viewer
                    - name: board
                      sha256: \(otherDigest.uppercased())

                """),
            expected: [
                "broken.yaml:11:7: api.tokens[2].role: required key is missing (expected one of viewer, manager, admin)",
                #"broken.yaml:11:13: api.tokens[2].name: duplicate token name "board" (already given at line 5, column 13)"#,
                #"broken.yaml:12:15: api.tokens[2].sha256: the same digest as token "other" at line 9: give each "#
                    + "client a token of its own",
            ]
        ),
        BrokenFile(
            name: "an unknown key in a token, with a suggestion",
            yaml: tokens("    - name: board\n      sha256: \(digest)\n      role: viewer\n      service: [torbay]\n"),
            expected: ["broken.yaml:8:7: api.tokens[0].service: unknown key (did you mean 'services'?)"]
        ),
        BrokenFile(
            name: "an empty services list",
            yaml: tokens("    - name: board\n      sha256: \(digest)\n      role: viewer\n      services: []\n"),
            expected: [
                "broken.yaml:8:17: api.tokens[0].services: expected \(servicesExpected), got an empty list; "
                    + "omit services to allow every service"
            ]
        ),
        BrokenFile(
            name: "services with no value",
            yaml: tokens("    - name: board\n      sha256: \(digest)\n      role: viewer\n      services:\n"),
            expected: [
                "broken.yaml:8:16: api.tokens[0].services: expected \(servicesExpected), got no value; "
                    + "omit services to allow every service"
            ]
        ),
        BrokenFile(
            name: "services as one string",
            yaml: tokens("    - name: board\n      sha256: \(digest)\n      role: viewer\n      services: torbay\n"),
            expected: [#"broken.yaml:8:17: api.tokens[0].services: expected \#(servicesExpected), got "torbay""#]
        ),
        BrokenFile(
            name: "an empty service id",
            yaml: tokens(
                "    - name: board\n      sha256: \(digest)\n      role: viewer\n      services: [torbay, '']\n"),
            expected: ["broken.yaml:8:26: api.tokens[0].services[1]: expected a service id, got an empty string"]
        ),
    ]
}
