import Foundation
import Systemd
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// sd_notify over a real Unix datagram socket, as systemd listens for it.
@Suite struct SystemdNotifierTests {
    @Test func sendsEachStateAsADatagram() throws {
        let listener = try NotifyListener()
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.path])
        #expect(notifier.isEnabled)
        notifier.ready(status: "listening on 127.0.0.1:8080\nlast cycle ok")
        #expect(listener.receive() == "READY=1\nSTATUS=listening on 127.0.0.1:8080 last cycle ok")
        notifier.watchdog()
        #expect(listener.receive() == "WATCHDOG=1")
        notifier.stopping()
        #expect(listener.receive() == "STOPPING=1\nSTATUS=stopping")
    }

    @Test func withoutASocketNothingIsSent() {
        let notifier = SystemdNotifier(environment: [:])
        #expect(!notifier.isEnabled)
        #expect(!notifier.send("READY=1"))
        #expect(notifier.watchdogInterval == nil)
    }

    @Test func theWatchdogIntervalIsOursOnly() {
        let mine = SystemdNotifier(environment: ["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": String(getpid())])
        #expect(mine.watchdogInterval == .seconds(30))
        let other = SystemdNotifier(environment: ["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"])
        #expect(other.watchdogInterval == nil)
    }
}
