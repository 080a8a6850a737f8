/// Helpers for the text/plain parts and the subject: facts on one line, and lines wrapped at spaces
/// with a hanging indent so that labelled values stay aligned.
enum PlainText {
    /// The widest line the text parts write where they can wrap (a link longer than this stays whole).
    static let width = 78

    /// `text` on one line: line breaks (CR, LF, NEL, U+2028, U+2029) and other control characters
    /// become spaces, runs of spaces become one, and the ends are trimmed. Every fact goes through
    /// this, so no fact can add a line to a subject (a header) or break a body's layout.
    static func oneLine(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isBreak(scalar) || scalar == " " {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// `text` (made one line) wrapped at spaces: the first line starts with `first`, the others
    /// with `rest`; no line is wider than `width` unless one word is.
    static func wrap(_ text: String, first: String = "", rest: String = "", width: Int = width) -> [String] {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in oneLine(text).split(separator: " ") {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                lineHasWord = false
            }
            line += lineHasWord ? " \(word)" : String(word)
            lineHasWord = true
        }
        lines.append(lineHasWord ? line : String(line.reversed().drop(while: { $0 == " " }).reversed()))
        return lines
    }

    /// "Label:    value" lines, the values aligned after the longest label and wrapped beneath themselves.
    static func fields(_ rows: [(label: String, value: String)]) -> [String] {
        let labelWidth = (rows.map(\.label.count).max() ?? 0) + 2
        var lines: [String] = []
        for row in rows {
            let label = padded(row.label + ":", to: labelWidth)
            lines += wrap(row.value, first: label, rest: String(repeating: " ", count: labelWidth))
        }
        return lines
    }

    /// `text` with spaces after it up to `width` characters (at least one space).
    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }

    /// `text` ending with a full stop (or the question or exclamation mark it has).
    static func sentence(_ text: String) -> String {
        let line = oneLine(text)
        guard let last = line.last else {
            return line
        }
        return ".!?".contains(last) ? line : line + "."
    }

    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
