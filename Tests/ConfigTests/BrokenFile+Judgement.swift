extension BrokenFile {
    /// `lines` under `judgement:`, which is line 3; the first of `lines` is line 4.
    private static func judgement(_ lines: String) -> String {
        "database:\n  conninfo: ''\njudgement:\n" + lines
    }

    private static let bound = "a number from -1000000000 to 1000000000"

    /// Impossible values in section judgement.
    static let judgement: [BrokenFile] = [
        BrokenFile(
            name: "confidence 1.5",
            yaml: judgement("  confidence: 1.5\n"),
            expected: ["broken.yaml:4:15: judgement.confidence: expected a number from 0.5 to 0.999, got 1.5"]
        ),
        BrokenFile(
            name: "confidence as a percentage in quotes",
            yaml: judgement("  confidence: '95'\n"),
            expected: [#"broken.yaml:4:15: judgement.confidence: expected a number from 0.5 to 0.999, got "95""#]
        ),
        BrokenFile(
            name: "run_length 5",
            yaml: judgement("  run_length: 5\n"),
            expected: ["broken.yaml:4:15: judgement.run_length: expected a whole number from 6 to 7, got 5"]
        ),
        BrokenFile(
            name: "a threshold missing red",
            yaml: judgement("  thresholds:\n    assessment_timely:\n      green: 85\n"),
            expected: [
                "broken.yaml:5:5: judgement.thresholds.assessment_timely.red: required key is missing "
                    + "(expected \(bound))"
            ]
        ),
        BrokenFile(
            name: "a threshold with a string",
            yaml: judgement("  thresholds:\n    assessment_timely:\n      green: high\n      red: 70\n"),
            expected: [
                #"broken.yaml:6:14: judgement.thresholds.assessment_timely.green: expected \#(bound), got "high""#
            ]
        ),
        BrokenFile(
            name: "a threshold that is not a mapping",
            yaml: judgement("  thresholds:\n    assessment_timely: 85\n"),
            expected: ["broken.yaml:5:24: judgement.thresholds.assessment_timely: expected a mapping, got 85"]
        ),
        BrokenFile(
            name: "an unknown key under a threshold, with a suggestion",
            yaml: judgement("  thresholds:\n    assessment_timely:\n      gren: 85\n      red: 70\n"),
            expected: [
                "broken.yaml:5:5: judgement.thresholds.assessment_timely.green: required key is missing "
                    + "(expected \(bound))",
                "broken.yaml:6:7: judgement.thresholds.assessment_timely.gren: unknown key (did you mean 'green'?)",
            ]
        ),
        BrokenFile(
            name: "a rebase with a bad date",
            yaml: judgement("  rebases:\n    - indicator: assessment_timely\n      from: 2025-13-01\n"),
            expected: [
                "broken.yaml:6:13: judgement.rebases[0].from: expected a date such as 2025-04-01, got 2025-13-01"
            ]
        ),
        BrokenFile(
            name: "a rebase missing from",
            yaml: judgement("  rebases:\n    - indicator: assessment_timely\n      service: torbay\n"),
            expected: [
                "broken.yaml:5:7: judgement.rebases[0].from: required key is missing "
                    + "(expected a date such as 2025-04-01)"
            ]
        ),
        BrokenFile(
            name: "rebases as a mapping",
            yaml: judgement("  rebases:\n    indicator: assessment_timely\n"),
            expected: ["broken.yaml:5:5: judgement.rebases: expected a list, got a mapping"]
        ),
    ]

    /// Impossible bounds for single services, under judgement.thresholds.X.services.
    static let serviceBounds: [BrokenFile] = [
        BrokenFile(
            name: "service bounds missing green, and one with an unknown key",
            yaml: judgement(
                """
                  thresholds:
                    assessment_timely:
                      green: 85
                      red: 70
                      services:
                        torbay:
                          red: 75
                        devon:
                          green: 90
                          red: 75
                          amber: 80

                """),
            expected: [
                "broken.yaml:9:9: judgement.thresholds.assessment_timely.services.torbay.green: required key is "
                    + "missing (expected \(bound))",
                "broken.yaml:14:11: judgement.thresholds.assessment_timely.services.devon.amber: unknown key",
            ]
        ),
        BrokenFile(
            name: "service bounds with a string",
            yaml: judgement(
                "  thresholds:\n    kpi_ete:\n      green: 75\n      red: 65\n      services:\n"
                    + "        torbay:\n          green: 80\n          red: '70'\n"),
            expected: [
                #"broken.yaml:11:16: judgement.thresholds.kpi_ete.services.torbay.red: expected \#(bound), got "70""#
            ]
        ),
        BrokenFile(
            name: "services as a list",
            yaml: judgement(
                "  thresholds:\n    kpi_ete:\n      green: 75\n      red: 65\n      services:\n        - torbay\n"),
            expected: ["broken.yaml:9:9: judgement.thresholds.kpi_ete.services: expected a mapping, got a list"]
        ),
    ]
}
