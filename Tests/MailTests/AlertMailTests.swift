import Foundation
import Testing

@testable import Mail

/// A red threshold alert in Torbay that fired at 08:00 on Monday 23 November 2026, changed by `change`.
func alertFacts(_ change: (inout AlertFacts) -> Void = { _ in }) -> AlertFacts {
    var facts = AlertFacts(
        notice: .fired, alertID: 42, kind: "threshold", severity: "critical", rag: "red", serviceName: "Torbay",
        indicatorTitle: "Initial assessments on time", value: "58.0%", shortValue: "58%", target: "80%",
        interval: "49.6% to 66.0% (95% confidence)", numerator: "29", denominator: "50",
        period: "2026-07-01 to 2026-09-30", rule: "red: below 65% (the board's red bound)",
        cause: "58.0% of 50 initial assessments were on time, below the red bound of 65%",
        firedAt: instant("2026-11-23T08:00:00Z"), link: "https://yotqa.example.org/v1/alerts/42")
    change(&facts)
    return facts
}

/// Each kind of alert about something other than a figure's RAG rating, as it would fire.
func spcFacts(_ facts: inout AlertFacts) {
    facts.kind = "spc_concern"
    facts.severity = "warning"
    facts.rag = nil
    facts.rule = "a run of 7 points below the centre line"
}

func staleFacts(_ facts: inout AlertFacts) {
    facts.kind = "stale_data"
    facts.rag = nil
    facts.indicatorTitle = nil
    facts.value = nil
    facts.shortValue = nil
    facts.target = nil
    facts.interval = nil
    facts.numerator = nil
    facts.denominator = nil
    facts.period = nil
    facts.rule = "the latest extract is more than 7 days old"
    facts.cause = "the latest extract is from 2026-11-10, 13 days ago"
}

@Suite struct AlertMailSubjectTests {
    static let cases: [(AlertFacts, String)] = [
        (alertFacts(), "[RED] Torbay: initial assessments on time 58% (target 80%)"),
        (
            alertFacts {
                $0.rag = "amber"
                $0.severity = "warning"
                $0.indicatorTitle = "ETE engagement at the end of an order"
                $0.shortValue = "40%"
                $0.target = "60%"
            }, "[AMBER] Torbay: ETE engagement at the end of an order 40% (target 60%)"
        ),
        (alertFacts { $0.target = nil }, "[RED] Torbay: initial assessments on time 58%"),
        (alertFacts { $0.rag = nil }, "[CRITICAL] Torbay: initial assessments on time 58% (target 80%)"),
        (alertFacts(spcFacts), "[WARNING] Torbay: initial assessments on time – special cause of concern"),
        (
            alertFacts {
                $0.kind = "assurance_fail"
                $0.rag = nil
            }, "[CRITICAL] Torbay: initial assessments on time – consistently failing its target"
        ),
        (alertFacts(staleFacts), "[CRITICAL] Torbay: data are stale"),
        (
            alertFacts {
                staleFacts(&$0)
                $0.kind = "data_quality"
                $0.severity = "warning"
            }, "[WARNING] Torbay: too many broken records"
        ),
        (
            alertFacts {
                staleFacts(&$0)
                $0.kind = "compute_failed"
                $0.serviceName = nil
                $0.indicatorTitle = "Re-offending rate"
            }, "[CRITICAL] yotqa: re-offending rate could not be computed"
        ),
        (
            alertFacts {
                staleFacts(&$0)
                $0.kind = "calendar_ending"
                $0.severity = "warning"
                $0.serviceName = nil
            }, "[WARNING] yotqa: the bank holiday calendar is running out"
        ),
        (
            alertFacts {
                staleFacts(&$0)
                $0.notice = .deliveryFailure
                $0.kind = "delivery_failed"
                $0.serviceName = nil
            }, "[CRITICAL] yotqa: email could not be delivered"
        ),
        (
            alertFacts {
                $0.notice = .reminder(number: 2)
                $0.openFor = "2 days 3 hours"
            }, "Reminder 2: [RED] Torbay: initial assessments on time 58% (target 80%)"
        ),
        (
            alertFacts {
                spcFacts(&$0)
                $0.notice = .reminder(number: 1)
            }, "Reminder 1: [WARNING] Torbay: initial assessments on time – special cause of concern"
        ),
        (
            alertFacts { $0.notice = .escalation },
            "[ESCALATED] [RED] Torbay: initial assessments on time 58% (target 80%)"
        ),
        (
            alertFacts {
                $0.notice = .resolved
                $0.shortValue = "62%"
            }, "[RESOLVED] Torbay: initial assessments on time now 62%"
        ),
        (
            alertFacts {
                $0.notice = .resolved
                $0.shortValue = nil
                $0.value = nil
            }, "[RESOLVED] Torbay: initial assessments on time"
        ),
        (
            alertFacts {
                spcFacts(&$0)
                $0.notice = .resolved
                $0.shortValue = "62%"
            }, "[RESOLVED] Torbay: initial assessments on time – special cause of concern, now 62%"
        ),
        (
            alertFacts {
                staleFacts(&$0)
                $0.notice = .resolved
            }, "[RESOLVED] Torbay: stale data"
        ),
    ]

    @Test(arguments: cases)
    func subjectSaysWhatHappened(facts: AlertFacts, expected: String) {
        #expect(AlertMail.compose(facts).subject == expected)
    }

    static let notices: [AlertFacts.Notice] = [
        .fired, .reminder(number: 3), .escalation, .resolved, .deliveryFailure,
    ]

    @Test(arguments: notices)
    func noFactBreaksTheSubjectLine(notice: AlertFacts.Notice) {
        let facts = alertFacts {
            $0.notice = notice
            $0.rag = "red\r\n"
            $0.severity = "critical\n"
            $0.serviceName = "Tor\r\nbay"
            $0.indicatorTitle = "Initial\rassessments\non time\r\nBcc: someone@example.org"
            $0.shortValue = "58%\n"
            $0.value = "58.0%\r"
            $0.target = "80%\u{2028}"
        }
        let subject = AlertMail.compose(facts).subject
        #expect(!subject.unicodeScalars.contains { $0 == "\r" || $0 == "\n" || $0 == "\u{2028}" })
        #expect(subject.contains("Tor bay: "))
        if notice != .deliveryFailure {
            #expect(subject.contains("Tor bay: initial assessments on time Bcc: someone@example.org"))
        }
    }

    @Test func subjectOfAFiredAlertWithNewlinesReadsAsOneLine() {
        let facts = alertFacts {
            $0.serviceName = "Tor\r\nbay"
            $0.shortValue = "\n58%"
        }
        #expect(AlertMail.compose(facts).subject == "[RED] Tor bay: initial assessments on time 58% (target 80%)")
    }
}

@Suite struct AlertMailBodyTests {
    @Test func firedThresholdSaysWhatHappenedFirstThenTheNumbers() {
        let mail = AlertMail.compose(alertFacts())
        let lead = "Initial assessments on time in Torbay is red at 58.0%, against a target of 80%."
        #expect(
            mail.text.hasPrefix("Initial assessments on time in Torbay is red at 58.0%, against a target of\n80%.\n\n"))
        #expect(flat(mail.text).hasPrefix(lead + " Value: 58.0%"))
        let text = flat(mail.text)
        for expected in [
            "Value: 58.0%", "Counts: 29 of 50", "Period: 2026-07-01 to 2026-09-30",
            "Interval: 49.6% to 66.0% (95% confidence)", "Target: 80%",
            "Rule: red: below 65% (the board's red bound)",
            "Cause: 58.0% of 50 initial assessments were on time, below the red bound of 65%",
            "Fired: Monday 23 November 2026 at 08:00", "Alert: 42", "Link: https://yotqa.example.org/v1/alerts/42",
        ] {
            #expect(text.contains(expected), "text lacks \(expected)")
        }
        let html = mail.html
        for expected in [
            lead, "58.0%", "29 of 50", "2026-07-01 to 2026-09-30", "49.6% to 66.0% (95% confidence)",
            "red: below 65% (the board&#39;s red bound)", "below the red bound of 65%",
            "Monday 23 November 2026 at 08:00", ">42</td>",
            #"<a href="https://yotqa.example.org/v1/alerts/42""#,
        ] {
            #expect(html.contains(expected), "HTML lacks \(expected)")
        }
        #expect(html.range(of: lead)!.lowerBound < html.range(of: "29 of 50")!.lowerBound)
    }

    @Test func firedAlertSaysHowToAcknowledgeItInTheAPI() {
        let mail = AlertMail.compose(alertFacts { $0.link = "https://yotqa.example.org/v1/alerts/42/" })
        #expect(
            flat(mail.text).contains(
                #"Acknowledge it in the API once someone is dealing with it: POST "#
                    + #"https://yotqa.example.org/v1/alerts/42/acknowledge with a note, "#
                    + #"{"note": "what is being done"}."#
            ))
        #expect(
            mail.html.contains(
                #"POST <a href="https://yotqa.example.org/v1/alerts/42" "#
                    + #"style="color:#0B57D0;text-decoration:underline;">"#
                    + "https://yotqa.example.org/v1/alerts/42</a>/acknowledge</span>"))
        #expect(!mail.text.contains("yotqa acknowledge"))
    }

    @Test func withoutALinkItSaysToAcknowledgeWithTheCommand() {
        let mail = AlertMail.compose(alertFacts { $0.link = nil })
        let command = "yotqa acknowledge 42 --by NAME --note TEXT"
        #expect(flat(mail.text).contains("Acknowledge it once someone is dealing with it: \(command)"))
        #expect(mail.html.contains(command))
        #expect(!mail.text.contains("POST"))
        #expect(!mail.text.contains("Link:"))
        #expect(!mail.html.contains("<a "))
    }

    @Test func reminderSaysHowLongItHasBeenUnacknowledged() {
        let mail = AlertMail.compose(
            alertFacts {
                $0.notice = .reminder(number: 2)
                $0.openFor = "2 days 3 hours"
            })
        let text = flat(mail.text)
        #expect(text.hasPrefix("Reminder 2: Initial assessments on time in Torbay is red at 58.0%"))
        #expect(text.contains("It is still firing and has been unacknowledged for 2 days 3 hours."))
        #expect(text.contains("Unacknowledged for: 2 days 3 hours"))
        #expect(text.contains("POST https://yotqa.example.org/v1/alerts/42/acknowledge with a note"))
        #expect(mail.html.contains("It is still firing and has been unacknowledged for 2 days 3 hours."))
        #expect(mail.html.contains(">REMINDER 2</td>"))
    }

    @Test func escalationSaysWhyTheChairHasIt() {
        let mail = AlertMail.compose(
            alertFacts {
                $0.notice = .escalation
                $0.openFor = "3 days"
            })
        let why =
            "This is sent to the chair of the YOT management board because nobody acknowledged it within the "
            + "set time: it has fired unacknowledged for 3 days."
        #expect(flat(mail.text).contains(why))
        #expect(mail.html.contains(why))
        #expect(flat(mail.text).contains("POST https://yotqa.example.org/v1/alerts/42/acknowledge"))
        #expect(mail.html.contains(">ESCALATED</td>"))
    }

    @Test func resolvedSaysItHasClearedAndWhy() {
        let mail = AlertMail.compose(
            alertFacts {
                $0.notice = .resolved
                $0.value = "62.0%"
                $0.cause = "62.0% of 50 initial assessments were on time, above the red bound of 65%"
            })
        let text = flat(mail.text)
        #expect(mail.text.hasPrefix("Torbay: the alert on initial assessments on time has cleared.\n"))
        #expect(text.contains("Cleared because: 62.0% of 50 initial assessments were on time"))
        #expect(text.contains("Value: 62.0%"))
        #expect(mail.html.contains("Torbay: the alert on initial assessments on time has cleared."))
        #expect(mail.html.contains(">RESOLVED</td>"))
        #expect(!mail.text.lowercased().contains("acknowledge"))
        #expect(!mail.html.lowercased().contains("acknowledge"))
    }

    @Test func deliveryFailureSaysWhatItMeansAndWhatToCheck() {
        let mail = AlertMail.compose(
            alertFacts {
                staleFacts(&$0)
                $0.notice = .deliveryFailure
                $0.kind = "delivery_failed"
                $0.serviceName = nil
                $0.rule = "a message was given up on after 5 tries"
                $0.cause = "3 messages were given up on: the relay refused the connection"
            })
        let text = flat(mail.text)
        #expect(text.hasPrefix("Email from yotqa is failing: messages were given up on after repeated tries"))
        #expect(text.contains("Check the mail relay settings in the configuration"))
        #expect(text.contains("then test them with: yotqa send-test-email ADDRESS"))
        #expect(text.contains("Cause: 3 messages were given up on: the relay refused the connection"))
        #expect(mail.html.contains("yotqa send-test-email ADDRESS"))
        #expect(!text.contains("acknowledge"))
    }

    @Test func staleDataNamesItsService() {
        let mail = AlertMail.compose(alertFacts(staleFacts))
        #expect(mail.text.hasPrefix("The latest data extract for Torbay is older than allowed"))
        #expect(flat(mail.text).contains("Rule: the latest extract is more than 7 days old"))
        #expect(!mail.text.contains("Value:"))
        #expect(!mail.text.contains("Counts:"))
    }

    static let everyNotice: [AlertFacts] = [
        alertFacts(),
        alertFacts { $0.notice = .reminder(number: 1) },
        alertFacts { $0.notice = .escalation },
        alertFacts { $0.notice = .resolved },
        alertFacts(spcFacts),
        alertFacts(staleFacts),
        alertFacts {
            staleFacts(&$0)
            $0.notice = .deliveryFailure
            $0.kind = "delivery_failed"
        },
    ]

    @Test(arguments: everyNotice)
    func everyNoticeIsSignedAndSaysItHoldsNothingIdentifying(facts: AlertFacts) {
        let mail = AlertMail.compose(facts)
        let footer =
            "This message was sent automatically. It holds no information that identifies a child; counts from 1 "
            + "to 4 are shown as [c]."
        #expect(mail.text.contains("\n\n— yotqa, the YOT quality assurance service\n"))
        #expect(flat(mail.text).hasSuffix(footer))
        #expect(mail.html.contains("— yotqa, the YOT quality assurance service"))
        #expect(mail.html.contains(footer))
        #expect(mail.text.contains("42"))
    }

    @Test(arguments: everyNotice)
    func everyNoticeIsSafeHTMLForOutlook(facts: AlertFacts) {
        let html = AlertMail.compose(facts).html
        expectSafeHTML(html)
        #expect(html.contains("<title>\(HTMLText.escape(AlertMail.compose(facts).subject))</title>"))
    }

    @Test(arguments: everyNotice)
    func textLinesAreShort(facts: AlertFacts) {
        for line in AlertMail.compose(facts).text.split(separator: "\n") {
            #expect(line.count <= 78, "too long: \(line)")
        }
    }

    @Test func everyFactIsEscapedInHTMLAndRawInText() {
        let nasty = #"<b>&"'"#
        let facts = alertFacts {
            $0.serviceName = "Torbay \(nasty)"
            $0.indicatorTitle = "Plans \(nasty)"
            $0.value = "58.0% \(nasty)"
            $0.target = "80% \(nasty)"
            $0.interval = "49.6% to 66.0% \(nasty)"
            $0.numerator = "29\(nasty)"
            $0.denominator = "50\(nasty)"
            $0.period = "2026 \(nasty)"
            $0.rule = "red \(nasty)"
            $0.cause = "it was \(nasty)"
            $0.link = #"https://yotqa.example.org/v1/alerts/42?x=<b>&y="'"#
        }
        let mail = AlertMail.compose(facts)
        let escaped = "&lt;b&gt;&amp;&quot;&#39;"
        #expect(!mail.html.contains("<b>"))
        #expect(!mail.html.contains(nasty))
        #expect(!mail.html.contains(#"&""#))
        for fact in ["Torbay ", "Plans ", "58.0% ", "80% ", "49.6% to 66.0% ", "29", "2026 ", "red ", "it was "] {
            #expect(mail.html.contains(HTMLText.escape(fact) + escaped), "HTML lacks \(fact) escaped")
            #expect(mail.text.contains(fact + nasty), "text lacks \(fact) raw")
        }
        #expect(mail.html.contains(#"href="https://yotqa.example.org/v1/alerts/42?x=&lt;b&gt;&amp;y=&quot;&#39;""#))
        #expect(mail.html.contains("<title>[RED] Torbay \(escaped): plans \(escaped)"))
    }

    @Test(arguments: [
        ("2026-07-01T07:00:00Z", "Wednesday 1 July 2026 at 08:00"),
        ("2026-12-01T08:00:00Z", "Tuesday 1 December 2026 at 08:00"),
    ])
    func firedAtIsOnTheLondonClock(utc: String, expected: String) {
        let mail = AlertMail.compose(alertFacts { $0.firedAt = instant(utc) })
        #expect(flat(mail.text).contains("Fired: \(expected)"))
        #expect(mail.html.contains(expected))
    }

    @Test func firedAtIsInTheZoneGiven() {
        let mail = AlertMail.compose(alertFacts { $0.firedAt = instant("2026-07-01T07:00:00Z") }, timeZone: .gmt)
        #expect(flat(mail.text).contains("Fired: Wednesday 1 July 2026 at 07:00"))
    }

    @Test func ragIsAColouredCellWithItsWord() {
        let red = AlertMail.compose(alertFacts()).html
        #expect(red.contains("background-color:#C00000;color:#FFFFFF;"))
        #expect(
            red.range(of: #"background-color:#C00000;color:#FFFFFF;[^>]*>RED</td>"#, options: .regularExpression) != nil
        )
        let amber = AlertMail.compose(alertFacts { $0.rag = "amber" }).html
        #expect(
            amber.range(of: #"background-color:#FFC000;color:#000000;[^>]*>AMBER</td>"#, options: .regularExpression)
                != nil)
        #expect(!amber.contains("#C00000"))
    }
}
