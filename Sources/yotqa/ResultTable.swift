import Foundation
import Indicators
import Judgement

/// A plain-text table of judged indicator values for a terminal: one block per service.
enum ResultTable {
    static let headers = [
        "indicator", "period", "numerator", "denominator", "value", "status", "rag", "interval", "limits", "signals",
        "assurance",
    ]

    /// The table, one block per service in the order they first appear, handed to `write` a
    /// block at a time (a national cycle's table is 107,000 lines).
    static func render(_ judged: [JudgedValue], to write: (String) -> Void) {
        var services: [String?] = []
        var positions: [String?: [Int]] = [:]
        for (position, item) in judged.enumerated() {
            if positions[item.value.serviceID] == nil { services.append(item.value.serviceID) }
            positions[item.value.serviceID, default: []].append(position)
        }
        for service in services {
            let rows = (positions[service] ?? []).map { row(judged[$0]) }
            write("\nservice \(service ?? "(none)")\n" + layout([headers] + rows))
        }
        if services.isEmpty { write("no indicator values\n") }
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
    /// The line without the padding of its last column. Looked for byte by byte: a space is one
    /// byte in UTF-8 and never part of a longer character, and stepping back a Character at a time
    /// was most of printing a national table (107,000 lines).
    var trailingSpacesRemoved: String {
        let bytes = utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") {
            end = bytes.index(before: end)
        }
        return String(self[..<end])
    }
}
