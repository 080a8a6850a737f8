import Testing

@testable import Config

@Suite("Duration syntax")
struct DurationSyntaxTests {
    @Test(
        "parses",
        arguments: [
            ("250ms", Duration.milliseconds(250)), ("30s", .seconds(30)), ("5m", .seconds(300)),
            ("1h", .seconds(3600)), ("2d", .seconds(172_800)), ("1h30m", .seconds(5400)),
            ("1d2h3m4s5ms", .milliseconds(93_784_005)), ("0s", .zero),
        ]
    )
    func parses(_ text: String, _ expected: Duration) {
        #expect(Duration(configSyntax: text) == expected)
    }

    @Test(
        "rejects",
        arguments: [
            "", "30", "-5s", "+5s", "5 m", " 5m", "30m1h", "1h1h", "1.5h", "5M", "s", "5sec", "1w",
            "99999999999999999999d", "999999999999999d",
        ]
    )
    func rejects(_ text: String) {
        #expect(Duration(configSyntax: text) == nil)
    }

    @Test(
        "formats",
        arguments: [
            (Duration.seconds(300), "5m"), (.seconds(5400), "1h30m"), (.milliseconds(250), "250ms"),
            (.zero, "0s"), (.seconds(3600), "1h"), (.milliseconds(-1500), "-1s500ms"),
        ]
    )
    func formats(_ duration: Duration, _ expected: String) {
        #expect(duration.configSyntax == expected)
    }
}
