import Foundation
import Testing

@testable import Mail

@Suite struct HTMLTextTests {
    @Test func escapesTheFiveCharacters() {
        #expect(HTMLText.escape(#"<b>&"'</b>"#) == "&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;")
    }

    @Test func escapesAnEntityAgainRatherThanTrustingIt() {
        #expect(HTMLText.escape("&amp; &#39;") == "&amp;amp; &amp;#39;")
    }

    @Test func leavesOtherTextAlone() {
        #expect(HTMLText.escape("Torbay – 58.0% [c] ↑ é") == "Torbay – 58.0% [c] ↑ é")
    }

    @Test func factIsOneLineAndEscaped() {
        #expect(HTMLText.fact("a\r\n<b>\nc") == "a &lt;b&gt; c")
    }

    @Test func linksAnHTTPSAddressEscaped() {
        let link = HTMLText.link(#"https://example.org/a?b=1&c="2""#)
        #expect(link.hasPrefix(#"<a href="https://example.org/a?b=1&amp;c=&quot;2&quot;" style="#))
        #expect(link.hasSuffix(">https://example.org/a?b=1&amp;c=&quot;2&quot;</a>"))
    }

    @Test func linksShowingOtherText() {
        let link = HTMLText.link("http://example.org/v1/alerts/7", text: "alert <7>")
        #expect(link.hasPrefix(#"<a href="http://example.org/v1/alerts/7""#))
        #expect(link.hasSuffix(">alert &lt;7&gt;</a>"))
    }

    @Test(arguments: ["javascript:alert(1)", "data:text/html,x", "ftp://example.org", "example.org"])
    func showsAnAddressThatIsNotHTTPAsTextOnly(address: String) {
        let link = HTMLText.link(address)
        #expect(!link.contains("<a"))
        #expect(link == HTMLText.escape(address))
    }

    @Test func documentIsCompleteAndSelfContained() {
        let html = HTMLText.document(title: "A <title>", rows: [HTMLText.paragraph("Hello & goodbye")])
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>A &lt;title&gt;</title>"))
        #expect(html.contains("Hello &amp; goodbye"))
        expectSafeHTML(html)
    }

    @Test func badgesCarryTheirWordOnTheirColour() {
        let html = HTMLText.badges([("RED", .red), ("AMBER", .amber), ("GREEN", .green)])
        #expect(html.contains("background-color:#C00000;color:#FFFFFF;"))
        #expect(html.contains("background-color:#FFC000;color:#000000;"))
        #expect(html.contains("background-color:#00703C;color:#FFFFFF;"))
        let words = ["RED", "AMBER", "GREEN"].map { html.range(of: ">\($0)</td>")?.lowerBound }
        #expect(words.allSatisfy { $0 != nil })
        #expect(words.compactMap { $0 } == words.compactMap { $0 }.sorted())
    }

    @Test func ragSwatches() {
        #expect(Swatch.rag("red") == .red)
        #expect(Swatch.rag("Amber") == .amber)
        #expect(Swatch.rag("green") == .green)
        #expect(Swatch.rag(nil) == .grey)
        #expect(Swatch.severity("critical") == .red)
        #expect(Swatch.severity("warning") == .amber)
    }

    @Test func dataTableHasColumnHeadings() {
        let table = HTMLText.table(headers: ["Indicator", "RAG"], rows: [[HTMLText.cell("x"), HTMLText.cell("y")]])
        #expect(table.contains(#"<th scope="col""#))
        #expect(table.contains(">Indicator</th>"))
        #expect(!table.contains("role=\"presentation\""))
    }
}

@Suite struct PlainTextTests {
    @Test func oneLineTurnsEveryLineBreakIntoOneSpace() {
        #expect(PlainText.oneLine("a\r\nb\rc\nd\u{2028}e\u{2029}f\u{85}g\th  i ") == "a b c d e f g h i")
    }

    @Test func oneLineKeepsEmojiAndDashes() {
        #expect(PlainText.oneLine("Torbay – 👩‍👧 ok") == "Torbay – 👩‍👧 ok")
    }

    @Test func wrapsAtSpacesWithAHangingIndent() {
        let lines = PlainText.wrap("one two three four five", first: "- ", rest: "  ", width: 12)
        #expect(lines == ["- one two", "  three four", "  five"])
    }

    @Test func neverBreaksALongWord() {
        let address = "https://yotqa.example.org/v1/alerts/42/acknowledge"
        #expect(PlainText.wrap("POST \(address) now", width: 20) == ["POST", address, "now"])
    }

    @Test func fieldsAlignTheirValues() {
        let lines = PlainText.fields([(label: "Value", value: "58.0%"), (label: "Interval", value: "a b")])
        #expect(lines == ["Value:    58.0%", "Interval: a b"])
    }

    @Test func sentenceEndsWithAStop() {
        #expect(PlainText.sentence("It held") == "It held.")
        #expect(PlainText.sentence("It held.") == "It held.")
        #expect(PlainText.sentence("Did it?") == "Did it?")
    }
}

@Suite struct AlertWordsTests {
    @Test(arguments: [
        ("Initial assessments on time", "initial assessments on time"),
        ("ETE engagement", "ETE engagement"),
        ("KPI 3: plans", "KPI 3: plans"),
        ("YOT's caseload", "YOT's caseload"),
        ("A first-time entrants rate", "a first-time entrants rate"),
        ("", ""),
    ])
    func indicatorTitleInASentence(title: String, expected: String) {
        #expect(AlertWords.inSentence(title) == expected)
    }
}

// Helpers shared by the mail tests.

/// A moment from an ISO 8601 UTC time, "2026-11-23T08:00:00Z".
func instant(_ text: String) -> Date {
    guard let date = ISO8601DateFormatter().date(from: text) else {
        fatalError("not an ISO 8601 time: \(text)")
    }
    return date
}

/// `text` with every run of white space (line breaks and wrapping indents) as one space.
func flat(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// `html` without its `<a …>…</a>` elements, to look for addresses anywhere else.
func withoutLinks(_ html: String) -> String {
    html.replacing(#/<a\s[^>]*>.*?</a>/#.dotMatchesNewlines(), with: "")
}

/// A whole HTML document that Outlook renders and that loads nothing from elsewhere.
func expectSafeHTML(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html"), sourceLocation: sourceLocation)
    #expect(html.contains("<meta charset=\"utf-8\">"), sourceLocation: sourceLocation)
    #expect(html.contains("<title>"), sourceLocation: sourceLocation)
    #expect(html.contains("<body style=\""), sourceLocation: sourceLocation)
    #expect(html.contains("<table role=\"presentation\""), sourceLocation: sourceLocation)
    #expect(html.hasSuffix("</body>\n</html>\n"), sourceLocation: sourceLocation)
    let lower = html.lowercased()
    for banned in ["<script", "<img", "url(", "<link", "<style", "src=", "<iframe", "<object", "javascript:"] {
        #expect(!lower.contains(banned), "found \(banned)", sourceLocation: sourceLocation)
    }
    #expect(!withoutLinks(lower).contains("http"), sourceLocation: sourceLocation)
}
