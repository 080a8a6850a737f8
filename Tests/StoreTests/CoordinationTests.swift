import Foundation
import Postgres
import Store
import TestSupport
import Testing

/// The leader's lock: one session holds it, claiming again keeps it (without stacking a second
/// hold), and it passes to another session when the holder's ends.
@Suite struct CoordinationTests {
    @Test func oneSessionLeadsUntilItEnds() async throws {
        try await TestDatabase.withScratch("coordination_lead") { conninfo in
            let first = try await TestDatabase.connect(conninfo)
            let second = try await TestDatabase.connect(conninfo)
            #expect(try await Coordination.claimLeadership(on: first))
            #expect(try await !Coordination.claimLeadership(on: second))
            #expect(try await Coordination.claimLeadership(on: first))
            let holds = try await first.query(
                "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")
            #expect(try holds[0].decode(Int.self, "n") == 1, "claimed twice, held once")
            // The server releases the lock when the first backend has ended, a moment after the
            // client closed it: the second claims until it gets it, as a follower does every 5 s.
            await first.close()
            let deadline = ContinuousClock.now + .seconds(30)
            var taken = false
            while !taken, ContinuousClock.now < deadline {
                taken = try await Coordination.claimLeadership(on: second)
                if !taken { try await Task.sleep(for: .milliseconds(50)) }
            }
            #expect(taken, "the lock passes when its holder's session ends")
            await second.close()
        }
    }

    @Test func aCycleAskedForReachesTheListener() async throws {
        try await TestDatabase.withScratch("coordination_notify") { conninfo in
            let listener = try await TestDatabase.connect(conninfo)
            let writer = try await TestDatabase.connect(conninfo)
            try await Coordination.listen(on: listener)
            try await Coordination.requestCycle(on: writer)
            let heard = try await listener.notifications(waitingUpTo: .seconds(5))
            #expect(heard.map(\.channel) == [Coordination.cycleRequestsChannel])
            // A frozen leader's session is ended by the server.
            let timeout = try await listener.query("SELECT current_setting('idle_session_timeout') AS t")
            #expect(try timeout[0].decode(String.self, "t") == "30s")
            await listener.close()
            await writer.close()
        }
    }
}
