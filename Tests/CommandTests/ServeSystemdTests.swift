import Foundation
import TestSupport
import Testing

/// `yotqa serve` as systemd runs it (Type=notify, with a watchdog), and its cycle schedule.
@Suite struct ServeSystemdTests {
    /// READY once serving, the start cycle's outcome as STATUS, a cycle every 10 s from the schedule,
    /// the watchdog fed every half second (WATCHDOG_USEC = 1 s), STOPPING on SIGTERM, exit 0.
    @Test func serveSpeaksToSystemdAndRunsCyclesOnItsSchedule() async throws {
        let listener = try NotifyListener()
        let extra = "api:\n  port: 0\nschedule:\n  cycle_every: 10s\n  jitter: 0s\n"
        try await GeneratedData.withDatabase("serve_systemd", extra: extra) { conninfo, config in
            let daemon = try Daemon(
                config: config, environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "1000000"])
            defer { daemon.stop() }
            _ = try await daemon.address(within: 60)
            var messages: [String] = []
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline, messages.filter({ $0.hasPrefix("STATUS=last cycle") }).count < 2 {
                if let message = listener.receive() { messages.append(message) }
            }
            let ready = messages.firstIndex { $0.hasPrefix("READY=1\nSTATUS=listening on 127.0.0.1:") }
            let firstCycle = messages.firstIndex { $0.hasPrefix("STATUS=last cycle") }
            #expect(ready != nil, "\(messages)")
            #expect((ready ?? .max) < (firstCycle ?? 0), "READY before the first cycle's STATUS: \(messages)")
            let statuses = messages.filter { $0.hasPrefix("STATUS=last cycle") }
            #expect(statuses.count == 2, "the start cycle and one scheduled 10 s later: \(messages)")
            #expect(statuses.first?.contains(": computed, 0 indicator(s) failed") == true, "\(statuses)")
            #expect(statuses.last?.contains(": data unchanged") == true, "\(statuses)")
            // Fed every 0.5 s: between the two cycles, 10 s apart, the pings keep coming (a count
            // from the start would depend on how loaded the machine is).
            let cycleIndices = messages.indices.filter { messages[$0].hasPrefix("STATUS=last cycle") }
            let between = cycleIndices.count == 2 ? messages[cycleIndices[0]..<cycleIndices[1]] : []
            #expect(between.filter { $0 == "WATCHDOG=1" }.count >= 2, "\(messages)")

            #expect(try daemon.terminate(within: 15) == 0)
            var tail: [String] = []
            while let message = listener.receive() { tail.append(message) }
            #expect(tail.contains("STOPPING=1\nSTATUS=stopping"), "\(tail)")
            let connection = try await TestDatabase.connect(conninfo)
            let cycles = try await connection.query("SELECT count(*) FROM yotqa.cycles")[0].decode(Int.self, 0)
            #expect(cycles >= 2)
        }
    }
}
