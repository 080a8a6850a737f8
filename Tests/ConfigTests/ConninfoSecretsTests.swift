import Testing

@testable import Config

@Suite("Finding passwords in conninfo strings")
struct ConninfoSecretsTests {
    @Test(
        "finds",
        arguments: [
            ("host=db1 password=x", ConninfoSecrets.Finding.password),
            ("host=db1 PASSWORD=x", .password),
            ("host=db1\tpassword  =  'a b'", .password),
            (#"host='db\'1' password=x"#, .password),
            ("host=db1 password=", .password),
            (#"host=a\ b password=x"#, .password),
            ("sslpassword=x host=db1", .sslPassword),
            ("sslpassword=x password=y", .password),
            ("postgresql://u:p@h/db", .password),
            ("postgres://u:@h", .password),
            ("postgresql://u@h/db?pass%77ord=x", .password),
            ("postgresql://u@h/db?sslmode=require&SSLPassword=x", .sslPassword),
            ("host=db1 application_name='password=x'", .none),
            (#"application_name=password\ =x"#, .none),
            ("host=password.example.org", .none),
            ("postgresql://h:5432/db", .none),
            ("postgresql://u@[::1]:5432/db", .none),
            ("postgresql://h/db?application_name=a:b@c", .none),
            ("", .none),
        ]
    )
    func finds(_ conninfo: String, _ expected: ConninfoSecrets.Finding) {
        #expect(ConninfoSecrets.inspect(conninfo) == expected)
    }

    @Test("malformed strings are reported without their values", arguments: ["host=db1 dbname", "host='db1", "=x"])
    func malformed(_ conninfo: String) {
        guard case .malformed(let reason) = ConninfoSecrets.inspect(conninfo) else {
            Issue.record("\(conninfo) was not reported as malformed")
            return
        }
        #expect(reason.hasPrefix("not a valid conninfo: "))
        #expect(!reason.contains("db1"))
    }
}
