import Foundation
import Logging
import ServiceLifecycle
import Systemd

/// Feeds systemd's watchdog while the daemon's concurrency runtime and timers work (a wedged
/// process stops feeding, and systemd restarts it), and says STOPPING when shutdown begins. A
/// database that is down does not stop the feeding: the daemon then serves its last snapshot,
/// which is better than a restart loop.
struct SystemdService: Service {
    let notifier: SystemdNotifier

    func run() async throws {
        guard notifier.isEnabled else {
            try? await gracefulShutdown()
            return
        }
        guard let interval = notifier.watchdogInterval else {
            try? await gracefulShutdown()
            notifier.stopping()
            return
        }
        while !Task.isShuttingDownGracefully {
            notifier.watchdog()
            await cancelWhenGracefulShutdown { await DispatchWait.wait(interval / 2) }
        }
        notifier.stopping()
    }
}
