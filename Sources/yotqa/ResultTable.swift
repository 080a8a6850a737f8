import Foundation
import Indicators
import Judgement

/// A plain-text table of judged indicator values for a terminal: one block per service.
enum ResultTable {
    static let headers = [
        "indicator", "period", "numerator", "denominator", "value", "status", "rag", "interval", "limits", "signals",
        "assurance",
    ]

    static func render(_ judged: [JudgedValue]) -> String {
        var output = ""
        var services: [String?] = []
        for item in judged where !services.contains(item.value.serviceID) { services.append(item.value.serviceID) }
        for service in services {
            output += "\nservice \(service ?? "(none)")\n"
            let rows = judged.filter { $0.value.serviceID == service }.map(row)
            output += layout([headers] + rows)
        }
        return output.isEmpty ? "no indicator values\n" : output
    }

    static func row(_ item: JudgedValue) -> [String] {
        let value = item.value
        let interval: String = item.interval.map { "\(number($0.lowerBound))–\(number($0.upperBound))" } ?? "-"
        let limits: String = item.limits.map { "\(number($0.lower))–\(number($0.upper))" } ?? "-"
        let signals: String = item.signals.isEmpty ? "-" : item.signals.map(\.description).joined(separator: ", ")
        var cells: [String] = [value.indicator + (value.breakdown.map { " [\($0)]" } ?? "")]
        cells.append("\(value.periodStart) to \(value.periodEnd)")
        cells += [number(value.numerator), number(value.denominator), number(value.value), value.status.rawValue]
        cells += [item.rag?.rawValue ?? "-", interval, limits, signals, item.assurance?.rawValue ?? "-"]
        return cells
    }

    /// Rounded for reading; machine output (JSON) is never rounded.
    static func number(_ value: Double?) -> String {
        guard let value else { return "-" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.1f", value)
    }

    /// Columns padded to line up; the columns in `numeric` are right-aligned (by default the
    /// numerator, denominator and value of the indicator table).
    static func layout(_ rows: [[String]], numeric: Set<Int> = [2, 3, 4]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                // Text left, numbers right.
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return numeric.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ").trailingSpacesRemoved
        }.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The line without the padding of its last column.
    var trailingSpacesRemoved: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
