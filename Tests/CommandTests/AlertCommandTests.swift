import Foundation
import TestSupport
import Testing

/// `yotqa alerts` and `yotqa acknowledge` after real cycles on generated data.
@Suite struct AlertCommandTests {
    static let keys: Set = [
        "alert_id", "service_id", "indicator", "kind", "occurrence", "state", "severity", "since", "cause",
    ]
    static let kinds: Set = [
        "threshold", "spc_concern", "assurance_fail", "stale_data", "data_quality", "compute_failed",
        "calendar_ending", "delivery_failed",
    ]

    /// Runs two cycles as of the same day (alerts.fire_after is 2 by default); returns their standard error.
    static func twoCycles(_ config: String) throws -> String {
        let arguments = ["compute", "--as-of", GeneratedData.asOf]
        let first = try GeneratedData.succeed(arguments, config: config)
        #expect(!first.stderr.contains(" fired"), "one cycle must not fire anything: \(first.stderr)")
        #expect(try GeneratedData.succeed(["alerts"], config: config).stdout == "no alerts\n")
        let second = try GeneratedData.succeed(arguments, config: config)
        #expect(second.stderr.contains("data unchanged since cycle 1"), "\(second.stderr)")
        return first.stderr + second.stderr
    }

    /// The second cycle fires alerts even on unchanged data; they list with their keys; one is acknowledged
    /// with its history, and a second acknowledgement is refused.
    @Test func alertsFireAfterTwoCyclesAndOneIsAcknowledged() async throws {
        try await GeneratedData.withDatabase("alerts") { _, config in
            let summary = try Self.twoCycles(config)
            #expect(summary.contains(" fired: "))
            let table = try GeneratedData.succeed(["alerts"], config: config).stdout
            #expect(table.hasPrefix("id  alert"))
            let alerts = try GeneratedData.objects(
                GeneratedData.succeed(["alerts", "--format", "json"], config: config).stdout)
            try #require(!alerts.isEmpty)
            #expect(table.split(separator: "\n").count == alerts.count + 1)
            for alert in alerts {
                #expect(Self.keys.isSubset(of: alert.keys), "\(alert)")
                #expect(alert["alert_id"] is Int && alert["occurrence"] as? Int == 1, "\(alert)")
                #expect(alert["state"] as? String == "firing")
                #expect(Self.kinds.contains(alert["kind"] as? String ?? ""), "\(alert)")
                #expect(["warning", "critical"].contains(alert["severity"] as? String ?? ""), "\(alert)")
                #expect(
                    (alert["since"] as? String)?.hasSuffix("Z") == true && !(alert["cause"] as? String ?? "").isEmpty)
            }
            let resolved = try GeneratedData.succeed(["alerts", "--state", "resolved"], config: config)
            #expect(resolved.stdout == "no alerts\n")
            let resolvedJSON = try GeneratedData.succeed(
                ["alerts", "--state", "resolved", "--format", "json"], config: config)
            #expect(resolvedJSON.stdout.isEmpty)

            let id = String(try #require(alerts.first?["alert_id"] as? Int))
            let acknowledge = ["acknowledge", id, "--by", "A Manager", "--note", "looking into it"]
            let done = try GeneratedData.succeed(acknowledge, config: config)
            #expect(done.stdout.hasPrefix("alert \(id) ") && done.stdout.hasSuffix(" acknowledged by A Manager\n"))
            let acknowledged = try GeneratedData.objects(
                GeneratedData.succeed(["alerts", "--state", "acknowledged", "--format", "json"], config: config).stdout)
            #expect(acknowledged.map { $0["alert_id"] as? Int } == [Int(id)])
            #expect(acknowledged.first?["acknowledged_by"] as? String == "A Manager")
            #expect(acknowledged.first?["acknowledgement_note"] as? String == "looking into it")
            let firing = try GeneratedData.succeed(["alerts", "--state", "firing", "--format", "json"], config: config)
            #expect(try GeneratedData.objects(firing.stdout).count == alerts.count - 1)

            let history = try GeneratedData.succeed(["alerts", "--history", id], config: config).stdout
            let lines = history.split(separator: "\n")
            #expect(lines.count == 2, "\(history)")
            #expect(lines.first?.contains("  fired → firing: ") == true, "\(history)")
            #expect(lines.last?.contains("  acknowledged by A Manager → acknowledged: looking into it") == true)
            let events = try GeneratedData.objects(
                GeneratedData.succeed(["alerts", "--history", id, "--format", "json"], config: config).stdout)
            #expect(events.map { $0["change"] as? String } == ["fired", "acknowledged"])
            #expect(events.map { $0["actor"] as? String } == [nil, "A Manager"])

            let again = try YotqaProcess.run(acknowledge, config: config)
            #expect(again.status != 0)
            #expect(again.stderr.contains("already acknowledged by A Manager"), "\(again.stderr)")
            let after = try GeneratedData.succeed(["alerts", "--history", id, "--format", "json"], config: config)
            #expect(try GeneratedData.objects(after.stdout).count == 2, "the refusal added no event")
        }
    }

    /// No alert cause, in the listing, the histories or the cycles' summaries, names a child or an intervention.
    @Test func noCauseNamesAChildOrAnIntervention() async throws {
        try await GeneratedData.withDatabase("privacy") { conninfo, config in
            let summary = try Self.twoCycles(config)
            let alerts = try GeneratedData.objects(
                GeneratedData.succeed(["alerts", "--format", "json"], config: config).stdout)
            try #require(!alerts.isEmpty)
            var causes = alerts.compactMap { $0["cause"] as? String }
            #expect(causes.count == alerts.count)
            for alert in alerts {
                let id = String(try #require(alert["alert_id"] as? Int))
                causes += try GeneratedData.objects(
                    GeneratedData.succeed(["alerts", "--history", id, "--format", "json"], config: config).stdout
                ).compactMap { $0["cause"] as? String }
            }
            causes += summary.split(separator: "\n").map(String.init)

            let connection = try await TestDatabase.connect(conninfo)
            var identifiers: [String] = []
            for query in ["SELECT child_id FROM yot.children", "SELECT intervention_id FROM yot.interventions"] {
                for row in try await connection.query(query) { identifiers.append(try row.decode(String.self, 0)) }
            }
            #expect(identifiers.count > 1000 && identifiers.allSatisfy { $0.count >= 4 })
            for cause in causes {
                let named = identifiers.filter { cause.contains($0) }
                #expect(named.isEmpty, "\(cause) names \(named)")
            }
        }
    }

    /// The listing's id column is right-aligned, so every row's alert starts under the header's `alert`.
    @Test func theAlertTableLinesUp() async throws {
        try await GeneratedData.withDatabase("table") { _, config in
            _ = try Self.twoCycles(config)
            let lines = try GeneratedData.succeed(["alerts"], config: config).stdout.split(separator: "\n")
            try #require(lines.count > 10, "enough alerts for two-digit ids")
            let offsets = Set(lines.map(Self.secondColumn))
            #expect(offsets.count == 1, "\(lines.joined(separator: "\n"))")
        }
    }

    /// Where the second column of a table line starts.
    static func secondColumn(_ line: Substring) -> Int {
        let start = line.firstIndex { $0 != " " } ?? line.endIndex
        let gap = line[start...].firstIndex(of: " ") ?? line.endIndex
        let next = line[gap...].firstIndex { $0 != " " } ?? line.endIndex
        return line.distance(from: line.startIndex, to: next)
    }
}
