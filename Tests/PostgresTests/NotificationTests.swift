import Postgres
import TestSupport
import Testing

@Suite struct NotificationTests {
    @Test func aNotificationFromAnotherSessionArrivesWithItsChannelAndPayload() async throws {
        try await TestDatabase.withScratch("notify") { conninfo in
            let listener = try await TestDatabase.connect(conninfo)
            let sender = try await TestDatabase.connect(conninfo)
            try await listener.query("LISTEN jobs")
            let senderPID = try await sender.query("SELECT pg_backend_pid()")[0].decode(Int32.self, 0)
            // The listener is already waiting when the notification is sent.
            let waiting = Task { try await listener.notifications(waitingUpTo: .seconds(5)) }
            try await Task.sleep(for: .milliseconds(300))
            try await sender.query("SELECT pg_notify('jobs', $1)", "cycle 42 done; ünïcode")
            let received = try await waiting.value
            let expected = PostgresNotification(
                channel: "jobs", payload: "cycle 42 done; ünïcode", processID: senderPID)
            #expect(received == [expected])
            // Returned once: the next wait has nothing.
            #expect(try await listener.notifications(waitingUpTo: .milliseconds(100)).isEmpty)
        }
    }

    @Test func aWaitWithNothingReturnsEmptyAfterTheTimeout() async throws {
        try await TestDatabase.withScratch("notifyidle") { conninfo in
            let listener = try await TestDatabase.connect(conninfo)
            try await listener.query("LISTEN quiet")
            let clock = ContinuousClock()
            let started = clock.now
            let received = try await listener.notifications(waitingUpTo: .milliseconds(700))
            let elapsed = clock.now - started
            #expect(received.isEmpty)
            #expect(elapsed >= .milliseconds(700))
            // Generous: a check that the wait ends, not a measure of how precisely (the whole suite
            // running beside it on two cores once made a 0.7 s wait take 5.2 s).
            #expect(elapsed < .seconds(60))
            // The connection is still usable afterwards.
            #expect(try await listener.query("SELECT 1")[0].decode(Int.self, 0) == 1)
        }
    }

    @Test func aNotifyInATransactionArrivesAtCommitAndNeverAfterRollback() async throws {
        try await TestDatabase.withScratch("notifytx") { conninfo in
            let listener = try await TestDatabase.connect(conninfo)
            let sender = try await TestDatabase.connect(conninfo)
            try await listener.query("LISTEN tx")
            let beforeCommit = try await sender.transaction { session in
                try session.query("NOTIFY tx, 'committed'")
                return try TestSync.run { try await listener.notifications(waitingUpTo: .milliseconds(500)) }
            }
            #expect(beforeCommit.isEmpty)
            let afterCommit = try await listener.notifications(waitingUpTo: .seconds(5))
            #expect(afterCommit.map(\.payload) == ["committed"])

            await #expect(throws: Deliberate.self) {
                try await sender.transaction { session in
                    try session.query("NOTIFY tx, 'rolled back'")
                    throw Deliberate()
                }
            }
            #expect(try await listener.notifications(waitingUpTo: .milliseconds(700)).isEmpty)
        }
    }

    @Test func twoQueuedNotificationsAreReturnedTogetherInOrder() async throws {
        try await TestDatabase.withScratch("notifytwo") { conninfo in
            let listener = try await TestDatabase.connect(conninfo)
            let sender = try await TestDatabase.connect(conninfo)
            try await listener.query("LISTEN two")
            try await sender.query("NOTIFY two, 'first'")
            try await sender.query("NOTIFY two, 'second'")
            // The server delivers pending notifications before it ends the listener's next
            // statement at the latest, so both are in libpq's queue once this returns.
            try await listener.query("SELECT 1")
            let received = try await listener.notifications(waitingUpTo: .seconds(5))
            #expect(received.map(\.payload) == ["first", "second"])
            #expect(received.allSatisfy { $0.channel == "two" })
        }
    }

    @Test func notificationsThatArriveDuringStatementsAreKeptForTheNextCall() async throws {
        try await TestDatabase.withScratch("notifyquery") { conninfo in
            let listener = try await TestDatabase.connect(conninfo)
            let sender = try await TestDatabase.connect(conninfo)
            try await listener.query("LISTEN busy")
            let listenerPID = try await listener.query("SELECT pg_backend_pid()")[0].decode(Int32.self, 0)
            // Sent while the listener is inside a transaction: the server holds it until the
            // listener's COMMIT, and libpq reads it with COMMIT's result.
            try await listener.transaction { session in
                _ = try TestSync.run { try await sender.query("NOTIFY busy, 'from the sender'") }
                try session.query("SELECT 1")
            }
            // A session's own notification comes back with its statement's result.
            try await listener.query("SELECT pg_notify('busy', 'from myself')")
            // With no time to wait, only what libpq already holds can be returned.
            let received = try await listener.notifications(waitingUpTo: .zero)
            #expect(received.map(\.payload) == ["from the sender", "from myself"])
            #expect(received.last?.processID == listenerPID)
        }
    }

    @Test func notificationsQueuedWhenTheConnectionIsClosedAreStillReturned() async throws {
        try await TestDatabase.withScratch("notifyclose") { conninfo in
            let listener = try await TestDatabase.connect(conninfo)
            try await listener.query("LISTEN closing")
            try await listener.query("SELECT pg_notify('closing', 'before the close')")
            await listener.close()
            let received = try await listener.notifications(waitingUpTo: .zero)
            #expect(received.map(\.payload) == ["before the close"])
        }
    }

    @Test func aTerminatedListenerThrowsConnectionLostAndTheNextCallReconnects() async throws {
        try await TestDatabase.withScratch("notifylost") { conninfo in
            let listener = try await TestDatabase.connect(conninfo)
            let sender = try await TestDatabase.connect(conninfo)
            try await listener.query("LISTEN lost")
            try await listener.query("SELECT pg_notify('lost', 'before')")
            let before = try await listener.query("SELECT pg_backend_pid()")[0].decode(Int.self, 0)
            let terminated = try await sender.query("SELECT pg_terminate_backend($1::int, 5000)", before)
            #expect(try terminated[0].decode(Bool.self, 0))

            // What arrived before the end is returned first; the loss is reported by the next call.
            #expect(try await listener.notifications(waitingUpTo: .seconds(5)).map(\.payload) == ["before"])
            let error = await #expect(throws: PostgresError.self) {
                try await listener.notifications(waitingUpTo: .seconds(5))
            }
            #expect(error?.kind == .connectionLost)

            // The next call opens a new session, which listens to nothing until told to.
            #expect(try await listener.notifications(waitingUpTo: .milliseconds(100)).isEmpty)
            let after = try await listener.query("SELECT pg_backend_pid()")[0].decode(Int.self, 0)
            #expect(after != before)
            try await listener.query("LISTEN lost")
            try await sender.query("NOTIFY lost, 'again'")
            let received = try await listener.notifications(waitingUpTo: .seconds(5))
            #expect(received.map(\.payload) == ["again"])
        }
    }
}
