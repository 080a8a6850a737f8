import Foundation
import Indicators

/// A plain-text table of indicator values for a terminal: one block per service.
enum ResultTable {
    static let headers = ["indicator", "period", "numerator", "denominator", "value", "status"]

    static func render(_ values: [IndicatorValue]) -> String {
        var output = ""
        var services: [String?] = []
        for value in values where !services.contains(value.serviceID) { services.append(value.serviceID) }
        for service in services {
            output += "\nservice \(service ?? "(none)")\n"
            let rows = values.filter { $0.serviceID == service }.map { value in
                [
                    value.indicator + (value.breakdown.map { " [\($0)]" } ?? ""),
                    "\(value.periodStart) to \(value.periodEnd)",
                    number(value.numerator), number(value.denominator), number(value.value), value.status.rawValue,
                ]
            }
            output += layout([headers] + rows)
        }
        return output.isEmpty ? "no indicator values\n" : output
    }

    /// Rounded for reading; machine output (JSON) is never rounded.
    static func number(_ value: Double?) -> String {
        guard let value else { return "-" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.1f", value)
    }

    static func layout(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                // Text left, numbers right.
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return (2...4).contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }
}
