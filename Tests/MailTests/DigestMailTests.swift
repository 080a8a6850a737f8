import Foundation
import Testing

@testable import Mail

/// A figure for the digest: "58.0%" against "80%", worsening, ok.
func figure(
    _ title: String, rag: String?, travel: DigestFacts.Travel = .worsening, status: String = "ok",
    target: String? = "80%"
) -> DigestFacts.Figure {
    DigestFacts.Figure(
        indicatorID: title.lowercased(), title: title, period: "2026-07-01 to 2026-09-30", value: "58.0%", rag: rag,
        travel: travel, target: target, status: status)
}

/// An alert line in Torbay about `indicator`.
func alertLine(
    _ id: Int, _ indicator: String?, severity: String = "critical", kind: String = "threshold",
    at: String = "2026-11-20T09:30:00Z", state: String = "firing", by: String? = nil, note: String? = nil
) -> DigestFacts.AlertLine {
    DigestFacts.AlertLine(
        alertID: id, severity: severity, kind: kind, serviceName: "Torbay", indicatorTitle: indicator,
        cause: "the latest figure is below the red bound", at: instant(at), state: state, by: by, note: note)
}

/// Torbay's weekly digest for the week to 08:00 on Monday 23 November 2026: 3 red, 2 amber, 1 green and
/// 2 not rated (one for too few cases), 4 alerts open; changed by `change`.
func digestFacts(_ change: (inout DigestFacts) -> Void = { _ in }) -> DigestFacts {
    let figures = [
        figure("Plans reviewed on time", rag: "green", travel: .improving),
        figure("Caseload", rag: nil, travel: .up, target: nil),
        figure("ETE engagement", rag: "amber"),
        figure("First-time entrants", rag: "red"),
        figure("Re-offending rate", rag: nil, travel: .none, status: "insufficient_data"),
        figure("Custody rate", rag: "red", travel: .improving),
        figure("Victim contact", rag: "amber", travel: .unchanged),
        figure("Initial assessments on time", rag: "red"),
    ]
    var facts = DigestFacts(
        title: "Weekly digest", since: instant("2026-11-16T08:00:00Z"), until: instant("2026-11-23T08:00:00Z"),
        timeZone: MailDates.london, asOf: "2026-11-23",
        services: [DigestFacts.ServiceFigures(serviceID: "torbay", name: "Torbay", figures: figures)],
        opened: [
            alertLine(7, "Initial assessments on time"), alertLine(8, nil, severity: "warning", kind: "stale_data"),
        ],
        acknowledged: [
            alertLine(5, "Custody rate", at: "2026-11-23T09:30:00Z", by: "Sam Patel", note: "Plan agreed with the team")
        ],
        resolved: [alertLine(3, "Victim contact", severity: "warning", at: "2026-11-18T10:00:00Z")],
        stillOpen: [
            alertLine(7, "Initial assessments on time"),
            alertLine(5, "Custody rate", state: "acknowledged"),
            alertLine(9, "First-time entrants", kind: "spc_concern"),
            alertLine(8, nil, severity: "warning", kind: "stale_data"),
        ],
        link: "https://yotqa.example.org")
    change(&facts)
    return facts
}

@Suite struct DigestMailSubjectTests {
    @Test func namesTheOneServiceAndCountsRedAmberAndOpenAlerts() {
        #expect(
            DigestMail.compose(digestFacts()).subject
                == "yotqa weekly digest: 3 red, 2 amber, 4 alerts open – Torbay")
    }

    @Test func countsServicesWhenThereAreSeveral() {
        let facts = digestFacts {
            $0.services.append(
                DigestFacts.ServiceFigures(
                    serviceID: "plymouth", name: "Plymouth", figures: [figure("Caseload", rag: "red")]))
        }
        let expected = "yotqa weekly digest: 4 red, 2 amber, 4 alerts open – 2 services"
        #expect(DigestMail.compose(facts).subject == expected)
    }

    @Test func onDemandWithOneAlertOpen() {
        let facts = digestFacts {
            $0.title = "Digest on demand"
            $0.stillOpen = [alertLine(7, "Initial assessments on time")]
        }
        #expect(DigestMail.compose(facts).subject == "yotqa digest on demand: 3 red, 2 amber, 1 alert open – Torbay")
    }

    @Test func beforeAnyCycle() {
        let facts = digestFacts {
            $0.asOf = nil
            $0.services = []
            $0.stillOpen = []
        }
        #expect(DigestMail.compose(facts).subject == "yotqa weekly digest: 0 red, 0 amber, 0 alerts open")
    }

    @Test func aServiceNameCannotBreakTheSubjectLine() {
        let facts = digestFacts { $0.services[0].name = "Tor\r\nbay\nBcc: x@example.org" }
        let subject = DigestMail.compose(facts).subject
        #expect(subject == "yotqa weekly digest: 3 red, 2 amber, 4 alerts open – Tor bay Bcc: x@example.org")
    }
}

@Suite struct DigestMailBodyTests {
    @Test func opensWithASummary() {
        let mail = DigestMail.compose(digestFacts())
        let figures = "Figures as of 2026-11-23 for Torbay: 3 red, 2 amber, 1 green, 2 not rated."
        let alerts =
            "Alerts since the last digest on Monday 16 November 2026 at 08:00: 2 opened, 1 acknowledged, 1 resolved; "
            + "4 still open."
        let text = flat(mail.text)
        #expect(text.hasPrefix("Weekly digest, Monday 23 November 2026 at 08:00 ==="))
        #expect(text.contains("=== \(figures) \(alerts) Needs attention now"))
        #expect(mail.html.contains(figures))
        #expect(mail.html.contains(alerts))
    }

    @Test func sinceTheServiceStartedWhenThereWasNoDigestBefore() {
        let mail = DigestMail.compose(digestFacts { $0.since = nil })
        #expect(flat(mail.text).contains("Alerts since the service started: 2 opened, 1 acknowledged, 1 resolved;"))
        #expect(mail.text.contains("\nSince the service started\n-------------------------\n"))
        #expect(mail.html.contains("Alerts since the service started: 2 opened"))
        #expect(!mail.text.contains("Since the last digest"))
    }

    @Test func noFiguresBeforeTheFirstCycle() {
        let mail = DigestMail.compose(
            digestFacts {
                $0.asOf = nil
                $0.services = []
            })
        #expect(mail.text.contains("===\n\nNo figures yet: no cycle has run. Alerts since the last digest on Monday"))
        #expect(mail.text.contains("Figures by service\n------------------\nNo figures yet: no cycle has run.\n"))
        #expect(mail.html.contains("No figures yet: no cycle has run."))
        #expect(!mail.text.contains("Figures as of"))
    }

    @Test func figuresAreRedThenAmberThenUnratableThenGreenThenNotRated() {
        let mail = DigestMail.compose(digestFacts())
        let order = [
            "First-time entrants", "Custody rate", "Initial assessments on time", "ETE engagement", "Victim contact",
            "Re-offending rate", "Plans reviewed on time", "Caseload",
        ]
        for part in [mail.text, mail.html] {
            let section = String(part[part.range(of: "Figures by service")!.upperBound...])
            let positions = order.map { section.range(of: $0)?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil })
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        }
    }

    @Test func eachFigureHasItsRatingValueTargetTravelAndPeriod() {
        let mail = DigestMail.compose(digestFacts())
        #expect(
            mail.text.contains(
                "  RED        First-time entrants\n"
                    + "             value 58.0%; target 80%; worsening; 2026-07-01 to 2026-09-30\n"))
        #expect(
            mail.text.contains(
                "  NOT RATED  Re-offending rate\n"
                    + "             value 58.0% (insufficient data); target 80%; no earlier figure; "
                    + "2026-07-01 to\n             2026-09-30\n"))
        #expect(mail.text.contains("  NOT RATED  Caseload\n             value 58.0%; no target; up;"))
        #expect(flat(mail.text).contains("Torbay: 3 red, 2 amber, 1 green, 2 not rated"))
        for heading in ["Indicator", "Period", "Value", "Target", "RAG", "Direction of travel"] {
            #expect(mail.html.contains(">\(heading)</th>"))
        }
        #expect(
            mail.html.range(of: #"background-color:#C00000;color:#FFFFFF;[^>]*>RED</td>"#, options: .regularExpression)
                != nil)
        #expect(
            mail.html.range(
                of: #"background-color:#FFC000;color:#000000;[^>]*>AMBER</td>"#, options: .regularExpression)
                != nil)
        #expect(
            mail.html.range(
                of: #"background-color:#00703C;color:#FFFFFF;[^>]*>GREEN</td>"#, options: .regularExpression)
                != nil)
        #expect(mail.html.contains(">NOT RATED</td>"))
        #expect(mail.html.contains(">58.0% (insufficient data)</td>"))
    }

    @Test func travelIsInWordsSoALowerIsBetterFigureGoingDownReadsAsImproving() {
        // Custody rate: lower is better, its figure fell, so the facts say improving.
        let mail = DigestMail.compose(digestFacts())
        #expect(mail.text.contains("  RED        Custody rate\n             value 58.0%; target 80%; improving;"))
        #expect(mail.html.range(of: #">Custody rate</td>.*?>improving</td>"#, options: .regularExpression) != nil)
        #expect(mail.html.contains(">no change</td>"))
        #expect(mail.html.contains(">no earlier figure</td>"))
        for arrow in ["↑", "↓", "→", "&uarr;", "&darr;"] {
            #expect(!mail.text.contains(arrow))
            #expect(!mail.html.contains(arrow))
        }
    }

    @Test func needsAttentionNowListsTheOpenAlertsInTheOrderGiven() {
        let mail = DigestMail.compose(digestFacts())
        let text = mail.text
        let section = String(text[text.range(of: "Needs attention now")!.upperBound...])
        let expected = """
            -------------------
            - Torbay: initial assessments on time – RAG threshold
              CRITICAL; firing since Friday 20 November 2026 at 09:30; alert 7
              The latest figure is below the red bound.
            - Torbay: custody rate – RAG threshold
              CRITICAL; acknowledged, firing since Friday 20 November 2026 at 09:30; alert 5
              The latest figure is below the red bound.

            """
        #expect(section.hasPrefix("\n" + expected))
        #expect(section.contains("- Torbay: first-time entrants – special cause of concern\n"))
        #expect(
            section.contains(
                "- Torbay: stale data\n  WARNING; firing since Friday 20 November 2026 at 09:30; alert 8\n"))
        let ids = ["alert 7\n", "alert 5\n", "alert 9\n", "alert 8\n"].map { section.range(of: $0)!.lowerBound }
        #expect(ids == ids.sorted())
        #expect(mail.html.contains(#"<a href="https://yotqa.example.org/v1/alerts/7""#))
    }

    @Test func sinceTheLastDigestSaysWhoAcknowledgedAndTheirNote() {
        let mail = DigestMail.compose(digestFacts())
        let text = mail.text
        #expect(text.contains("\nOpened (2)\n- Torbay: initial assessments on time – RAG threshold\n"))
        #expect(text.contains("  CRITICAL; fired Friday 20 November 2026 at 09:30; alert 7\n"))
        #expect(
            text.contains(
                "\nAcknowledged (1)\n- Torbay: custody rate – RAG threshold\n"
                    + "  CRITICAL; acknowledged Monday 23 November 2026 at 09:30 by Sam Patel; alert 5\n"
                    + "  The latest figure is below the red bound.\n"
                    + "  Note: \"Plan agreed with the team\"\n"))
        #expect(
            text.contains(
                "\nResolved (1)\n- Torbay: victim contact – RAG threshold\n"
                    + "  WARNING; resolved Wednesday 18 November"))
        #expect(mail.html.contains("acknowledged Monday 23 November 2026 at 09:30 by Sam Patel"))
        #expect(mail.html.contains("Note: &quot;Plan agreed with the team&quot;"))
    }

    @Test func emptySectionsSayNone() {
        let mail = DigestMail.compose(
            digestFacts {
                $0.opened = []
                $0.acknowledged = []
                $0.resolved = []
                $0.stillOpen = []
            })
        #expect(mail.text.components(separatedBy: "\nNone.\n").count - 1 == 4)
        #expect(mail.text.contains("Needs attention now\n-------------------\nNone.\n"))
        #expect(mail.text.contains("Opened (0)\nNone.\n"))
        #expect(mail.text.contains("Acknowledged (0)\nNone.\n"))
        #expect(mail.text.contains("Resolved (0)\nNone.\n"))
        #expect(mail.html.components(separatedBy: ">None.</td>").count - 1 == 4)
        #expect(DigestMail.compose(digestFacts()).text.contains("None.") == false)
    }

    @Test func endsWithTheAPIAndTheSignOff() {
        let mail = DigestMail.compose(digestFacts { $0.link = "https://yotqa.example.org/" })
        #expect(
            mail.text.contains(
                "\nThe API: https://yotqa.example.org\n\n— yotqa, the YOT quality assurance service\n"))
        #expect(
            flat(mail.text).hasSuffix(
                "This message was sent automatically. It holds no information that identifies a child; counts from "
                    + "1 to 4 are shown as [c]."))
        #expect(mail.html.contains(#"The API: <a href="https://yotqa.example.org""#))
        #expect(mail.html.contains(#"<a href="https://yotqa.example.org/v1/alerts/5""#))
    }

    @Test func withoutTheAPIsAddressItSaysSoAndLinksNothing() {
        let mail = DigestMail.compose(digestFacts { $0.link = nil })
        #expect(mail.text.contains("The API: the configuration gives no address for it."))
        #expect(!mail.html.contains("<a "))
        #expect(mail.html.contains("alert 7"))
    }

    @Test func isSafeHTMLForOutlook() {
        expectSafeHTML(DigestMail.compose(digestFacts()).html)
        expectSafeHTML(DigestMail.compose(digestFacts { $0.services = [] }).html)
    }

    @Test func everyFactIsEscapedInHTMLAndRawInText() {
        let nasty = #"<b>&"'"#
        let facts = digestFacts {
            $0.title = "Weekly \(nasty)"
            $0.services[0].name = "Torbay \(nasty)"
            $0.services[0].figures[0].title = "Plans \(nasty)"
            $0.services[0].figures[0].value = "58.0% \(nasty)"
            $0.services[0].figures[0].target = "80% \(nasty)"
            $0.services[0].figures[0].period = "2026 \(nasty)"
            $0.acknowledged[0].by = "Sam \(nasty)"
            $0.acknowledged[0].note = "on it \(nasty)"
            $0.stillOpen[0].cause = "it was \(nasty)"
            $0.link = #"https://yotqa.example.org/?x=<b>&y="'"#
        }
        let mail = DigestMail.compose(facts)
        let escaped = "&lt;b&gt;&amp;&quot;&#39;"
        #expect(!mail.html.contains("<b>"))
        #expect(!mail.html.contains(nasty))
        for fact in ["Weekly ", "Torbay ", "Plans ", "58.0% ", "80% ", "2026 ", "Sam ", "on it ", "It was "] {
            #expect(mail.html.contains(HTMLText.escape(fact) + escaped), "HTML lacks \(fact) escaped")
            #expect(mail.text.contains(fact + nasty), "text lacks \(fact) raw")
        }
        #expect(mail.html.contains(#"href="https://yotqa.example.org/?x=&lt;b&gt;&amp;y=&quot;&#39;""#))
    }

    @Test func textLinesStayNarrowEvenForLongTitles() {
        let long = String(repeating: "A very long indicator title that goes on ", count: 4)
        let facts = digestFacts {
            $0.services[0].figures[0].title = long
            $0.stillOpen[0].cause = long
        }
        let text = DigestMail.compose(facts).text
        for line in text.split(separator: "\n") {
            #expect(line.count <= 100, "too long: \(line)")
        }
        #expect(flat(text).contains(flat(long)))
    }

    @Test func timesAreOnTheLondonClockInSummerAndWinter() {
        let summer = DigestMail.compose(digestFacts { $0.until = instant("2026-07-01T07:00:00Z") })
        #expect(summer.text.hasPrefix("Weekly digest, Wednesday 1 July 2026 at 08:00\n"))
        let winter = DigestMail.compose(digestFacts { $0.until = instant("2026-12-01T08:00:00Z") })
        #expect(winter.text.hasPrefix("Weekly digest, Tuesday 1 December 2026 at 08:00\n"))
    }
}
