/// Building blocks of the HTML parts. Outlook lays out mail with Word's engine, which reliably
/// renders only tables and inline `style` attributes, so everything here is that: no style blocks,
/// no scripts, no images, nothing fetched from elsewhere. Functions taking `text` escape it; those
/// taking `html` trust it, and are given only markup built here around escaped facts.
enum HTMLText {
    /// The font of every text cell: Outlook does not pass a table's font on to the cells inside it.
    static let font = "font-family:Arial,Helvetica,sans-serif;"
    /// Body text.
    static let textStyle = style(size: 15)
    /// Small grey text: the footer, and the details under an alert in the digest.
    static let smallStyle = style(size: 13, colour: "#595959")

    /// The inline style of text: the font, its size, a line height to match, its colour and weight.
    static func style(size: Int, colour: String = "#1F1F1F", bold: Bool = false) -> String {
        font + "font-size:\(size)px;line-height:\(size * 3 / 2)px;color:\(colour);" + (bold ? "font-weight:bold;" : "")
    }
    /// A table's cell borders: a grey a reader can see without it drawing the eye.
    static let border = "border:1px solid #BFBFBF;"

    /// `text` safe in element content and in quoted attribute values: & < > " ' as entities.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&":
                result += "&amp;"
            case "<":
                result += "&lt;"
            case ">":
                result += "&gt;"
            case "\"":
                result += "&quot;"
            case "'":
                result += "&#39;"
            default:
                result.append(character)
            }
        }
        return result
    }

    /// A fact as HTML: on one line (as in the text part) and escaped.
    static func fact(_ text: String) -> String {
        escape(PlainText.oneLine(text))
    }

    /// A whole document: `rows` are `<tr>` elements of a presentation table at most 640 pixels wide.
    static func document(title: String, rows: [String]) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(fact(title))</title>
        </head>
        <body style="margin:0;padding:0;background-color:#FFFFFF;\(textStyle)">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" \
        style="border-collapse:collapse;">
        <tr><td style="padding:16px;">
        <table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" \
        style="border-collapse:collapse;width:100%;max-width:640px;">
        \(rows.joined(separator: "\n"))
        </table>
        </td></tr>
        </table>
        </body>
        </html>

        """
    }

    /// One row of the document's layout table holding `html`.
    static func row(_ html: String, style: String = textStyle, padding: String = "0 0 12px 0") -> String {
        "<tr><td style=\"padding:\(padding);\(style)\">\(html)</td></tr>"
    }

    /// A paragraph of escaped `text` as a row of the layout.
    static func paragraph(_ text: String, style: String = textStyle) -> String {
        row(fact(text), style: style)
    }

    /// A heading as a row of the layout: `level` 1 is the message's title, 2 a section, 3 a part of
    /// one. Its margin is set so Outlook and the others agree.
    static func heading(_ text: String, level: Int = 2) -> String {
        let size = [1: 20, 2: 18][level] ?? 15
        let css = style(size: size, bold: true) + "margin:0;"
        return row("<h\(level) style=\"\(css)\">\(fact(text))</h\(level)>", padding: "8px 0 8px 0")
    }

    /// An `<a href>` to `address` showing `text` (the address itself when nil), both escaped. Only an
    /// http or https address becomes a link: anything else (a `javascript:` address from a bad
    /// configuration) is shown as text.
    static func link(_ address: String, text: String? = nil) -> String {
        let address = PlainText.oneLine(address)
        let shown = fact(text ?? address)
        let lowered = address.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else {
            return shown
        }
        return "<a href=\"\(escape(address))\" style=\"color:#0B57D0;text-decoration:underline;\">\(shown)</a>"
    }

    /// Coloured labels side by side, each with its word in it, so colour is never the only cue.
    static func badges(_ labels: [(word: String, swatch: Swatch)]) -> String {
        let cells = labels.map { label in
            "<td style=\"padding:4px 10px;background-color:\(label.swatch.background);color:\(label.swatch.foreground);"
                + "\(font)font-size:14px;font-weight:bold;\(label.swatch.edge)\">\(fact(label.word))</td>"
        }
        let spacer = "<td style=\"width:6px;font-size:1px;\">&nbsp;</td>"
        return "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
            + "style=\"border-collapse:collapse;\"><tr>\(cells.joined(separator: spacer))</tr></table>"
    }

    /// A data table's heading cell.
    static func headerCell(_ text: String) -> String {
        "<th scope=\"col\" align=\"left\" style=\"padding:6px 8px;background-color:#F2F2F2;\(border)\(font)"
            + "font-size:13px;font-weight:bold;color:#1F1F1F;\">\(fact(text))</th>"
    }

    /// A data table's cell of escaped `text`, coloured as `swatch` when given (its word in `text`).
    static func cell(_ text: String, swatch: Swatch? = nil, bold: Bool = false) -> String {
        let colour = swatch.map { "background-color:\($0.background);color:\($0.foreground);" } ?? "color:#1F1F1F;"
        let weight = bold || swatch != nil ? "font-weight:bold;" : ""
        return "<td valign=\"top\" style=\"padding:6px 8px;\(border)\(font)font-size:13px;line-height:18px;"
            + "\(colour)\(weight)\">\(fact(text))</td>"
    }

    /// A data table (not a presentation table: its headings are real headings for a screen reader).
    static func table(headers: [String], rows: [[String]]) -> String {
        let head = "<tr>" + headers.map(headerCell).joined() + "</tr>"
        let body = rows.map { "<tr>" + $0.joined() + "</tr>" }
        return "<table cellpadding=\"0\" cellspacing=\"0\" border=\"0\" width=\"100%\" "
            + "style=\"border-collapse:collapse;width:100%;\">\n"
            + ([head] + body).joined(separator: "\n") + "\n</table>"
    }
}

/// The colours of a coloured cell. Each pair passes WCAG AA contrast for bold text: red #C00000 with
/// white (6.9:1), amber #FFC000 with black (13:1) and green #00703C with white (5.6:1, where the
/// Excel green #00B050 with white would be 2.9:1).
enum Swatch: Sendable {
    case red
    case amber
    case green
    /// Not rated, and a reminder's label: no colour to speak of.
    case grey
    /// An escalation's label.
    case black

    /// The swatch of a RAG rating ("red", "amber", "green"); grey when not rated.
    static func rag(_ rag: String?) -> Swatch {
        switch rag?.lowercased() {
        case "red":
            return .red
        case "amber":
            return .amber
        case "green":
            return .green
        default:
            return .grey
        }
    }

    /// The swatch of a severity: critical red, anything else amber.
    static func severity(_ severity: String) -> Swatch {
        severity.lowercased() == "critical" ? .red : .amber
    }

    var background: String {
        switch self {
        case .red:
            return "#C00000"
        case .amber:
            return "#FFC000"
        case .green:
            return "#00703C"
        case .grey:
            return "#F2F2F2"
        case .black:
            return "#1F1F1F"
        }
    }

    var foreground: String {
        switch self {
        case .amber, .grey:
            return "#000000"
        case .red, .green, .black:
            return "#FFFFFF"
        }
    }

    /// A border on a pale label, so it still reads as a label on a white page.
    var edge: String {
        self == .grey ? HTMLText.border : ""
    }
}
