import Store

/// The indicator list and a history series as CSV files.
enum IndicatorCSV {
    static let pointColumns = [
        "period_start", "period_end", "breakdown", "numerator", "denominator", "value", "status", "rag", "ci_low",
        "ci_high", "centre", "lower_limit", "upper_limit", "signals",
    ]

    static func list(_ items: [IndicatorSummary], service: ServiceName, asOf: String) -> Rendered {
        let header =
            ["service_id", "service", "indicator", "title", "direction", "measure"] + pointColumns
            + ["assurance", "green", "red"]
        let rows = items.map { item in
            [service.id, service.name, item.id, item.title, item.direction, item.measure]
                + cells(item.latest)
                + [
                    item.assurance ?? "", CSVTable.number(item.thresholds?.green),
                    CSVTable.number(item.thresholds?.red),
                ]
        }
        return CSVTable(header: header, rows: rows).rendered(filename: "yotqa-\(service.id)-indicators-\(asOf).csv")
    }

    static func history(_ points: [PointBody], service: ServiceName, indicator: String, asOf: String) -> Rendered {
        let header = ["service_id", "indicator"] + pointColumns
        let rows = points.map { [service.id, indicator] + cells($0) }
        return CSVTable(header: header, rows: rows).rendered(
            filename: "yotqa-\(service.id)-\(indicator)-history-\(asOf).csv")
    }

    static func cells(_ point: PointBody?) -> [String] {
        guard let point else {
            var empty = Array(repeating: "", count: pointColumns.count)
            empty[pointColumns.firstIndex(of: "status")!] = "no_data"
            return empty
        }
        return [
            point.periodStart, point.periodEnd, point.breakdown ?? "", point.numerator?.text ?? "",
            point.denominator?.text ?? "", point.value?.text ?? "", point.status, point.rag ?? "",
            CSVTable.number(point.interval?.low), CSVTable.number(point.interval?.high),
            CSVTable.number(point.limits?.centre), CSVTable.number(point.limits?.lower),
            CSVTable.number(point.limits?.upper),
            point.signals.map { $0.rule + ($0.variation.map { ":" + $0 } ?? "") }.joined(separator: " "),
        ]
    }
}
