import Foundation
import Testing

/// `yotqa compute --format json` on generated data: every line has the judged keys with the right types.
@Suite struct ComputeJSONTests {
    static let keys: Set = [
        "service_id", "indicator", "period_start", "period_end", "breakdown", "numerator", "denominator", "value",
        "status", "rag", "ci_low", "ci_high", "limits", "signals", "assurance",
    ]

    /// The typed view of one line; decoding fails on a value of the wrong JSON type.
    struct Line: Decodable {
        struct Limits: Decodable { var centre, lower, upper: Double }
        struct Signal: Decodable {
            var rule: String
            var variation: String?
        }
        var serviceId, breakdown, rag, assurance: String?
        var indicator, periodStart, periodEnd, status: String
        var numerator, denominator, value, ciLow, ciHigh: Double?
        var limits: Limits?
        var signals: [Signal]
    }

    /// Keys, types and the rules of judging: ratings, intervals, limits, signals and assurance.
    @Test func everyLineHasTheJudgedKeysWithTheRightTypes() async throws {
        let headers = try IndicatorHeader.catalogue()
        #expect(headers["open_caseload"]?.direction == "neutral")
        #expect(headers["kpi_wider_services"]?.direction == "neutral")
        try await GeneratedData.withDatabase("json") { _, config in
            let output = try GeneratedData.succeed(
                ["compute", "--as-of", GeneratedData.asOf, "--format", "json"], config: config)
            let objects = try GeneratedData.objects(output.stdout)
            #expect(objects.count > 1000)
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            var lines: [Line] = []
            for (object, text) in zip(objects, output.stdout.split(separator: "\n")) {
                #expect(Set(object.keys) == Self.keys, "\(text)")
                if let limits = object["limits"] as? [String: Any] {
                    #expect(Set(limits.keys) == ["centre", "lower", "upper"])
                }
                for signal in try #require(object["signals"] as? [[String: Any]], "\(text)") {
                    #expect(Set(signal.keys) == ["rule", "variation"], "\(text)")
                }
                lines.append(try decoder.decode(Line.self, from: Data(text.utf8)))
            }
            for line in lines { try Self.check(line, header: #require(headers[line.indicator], "\(line.indicator)")) }
            Self.checkIntervalsHoldTheirValue(lines)
            Self.checkAssuranceIsOnTheLatestPoint(lines)
            // The generated data give some of everything, so the rules above are not checked on nothing.
            #expect(Set(lines.compactMap(\.rag)) == ["green", "amber", "red"])
            #expect(lines.contains { !$0.signals.isEmpty })
            #expect(lines.contains { $0.assurance != nil })
            #expect(lines.contains { $0.status != "ok" })
        }
    }

    static func check(_ line: Line, header: IndicatorHeader) {
        let what = "\(line.serviceId ?? "-") \(line.indicator) \(line.breakdown ?? "") \(line.periodStart)"
        #expect(line.periodStart.count == 10 && line.periodEnd.count == 10 && line.periodStart <= line.periodEnd)
        #expect(["ok", "insufficient_data", "provisional"].contains(line.status), "\(what)")
        #expect(line.rag.map { ["green", "amber", "red"].contains($0) } ?? true, "\(what)")
        #expect(
            line.assurance.map { ["consistently_passing", "consistently_failing", "inconsistent"].contains($0) }
                ?? true, "\(what)")
        if let limits = line.limits { #expect(limits.lower <= limits.centre && limits.centre <= limits.upper) }
        let neutral = header.direction == "neutral"
        for signal in line.signals {
            #expect(["astronomical", "shift", "trend", "two_of_three"].contains(signal.rule), "\(what)")
            // A neutral indicator's signals are neither good nor bad news.
            #expect(neutral ? signal.variation == nil : ["improvement", "concern"].contains(signal.variation))
        }
        if neutral { #expect(line.rag == nil && line.assurance == nil, "a neutral indicator is rated: \(what)") }
        if line.status != "ok" {
            #expect(line.rag == nil && line.limits == nil && line.signals.isEmpty, "non-ok row judged: \(what)")
        }
        // Wilson intervals on every percentage with a denominator above 0, and on nothing else.
        let hasInterval = header.measure == "percent" && (line.denominator ?? 0) > 0
        #expect((line.ciLow != nil) == hasInterval && (line.ciHigh != nil) == hasInterval, "\(what)")
    }

    /// ci_low <= value <= ci_high; by rounding, 0% and 100% fall just outside (see the known issue).
    static func checkIntervalsHoldTheirValue(_ lines: [Line]) {
        let outside = lines.filter { line in
            guard let low = line.ciLow, let high = line.ciHigh, let value = line.value else { return false }
            return !(low <= value && value <= high)
        }
        #expect(outside.isEmpty, "\(outside.map { "\($0.ciLow ?? 0) <= \($0.value ?? 0) <= \($0.ciHigh ?? 0)" })")
    }

    /// Assurance is read on the latest point of a series only.
    static func checkAssuranceIsOnTheLatestPoint(_ lines: [Line]) {
        let series = Dictionary(grouping: lines) { "\($0.serviceId ?? "")|\($0.indicator)|\($0.breakdown ?? "")" }
        for (name, points) in series {
            let latest = points.map(\.periodStart).max()
            for point in points where point.assurance != nil { #expect(point.periodStart == latest, "\(name)") }
        }
    }
}
