import Foundation
import Indicators

/// A table as a CSV file that Excel opens as it is: UTF-8 with a byte-order mark, CRLF line
/// ends, RFC 4180 quoting, and text that Excel would take for a formula made harmless.
struct CSVTable {
    var header: [String]
    var rows: [[String]]

    func rendered(filename: String) -> Rendered {
        var text = "\u{FEFF}"
        for row in [header] + rows {
            text += row.map(Self.quoted).joined(separator: ",") + "\r\n"
        }
        return Rendered(
            bytes: Array(text.utf8), contentType: MediaTypes.csv,
            extraHeaders: [.contentDisposition: "attachment; filename=\"\(filename)\""])
    }

    static func quoted(_ cell: String) -> String {
        var cell = cell
        if let first = cell.first, "=+@\t\r".contains(first) || (first == "-" && Double(cell) == nil) {
            cell = "'" + cell
        }
        guard cell.contains(where: { ",\"\r\n".contains($0) }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number as plain decimal text: no exponent, at most six decimals, no trailing zeros.
    static func number(_ number: Double) -> String {
        number.isFinite ? DisplayText.plain(number, decimals: 6) : ""
    }

    static func number(_ number: Double?) -> String {
        number.map { Self.number($0) } ?? ""
    }
}
