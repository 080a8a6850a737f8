import Foundation
import Systemd

/// Tells systemd READY once both have happened: the port is bound, and the database answered at
/// start (which may come first, or minutes later).
final class ReadyGate: @unchecked Sendable {
    // @unchecked: the fields are read and written only under `lock`.
    private let lock = NSLock()
    private var address: String?
    private var databaseAnswered = false
    private var sent = false
    let notifier: SystemdNotifier

    init(notifier: SystemdNotifier) {
        self.notifier = notifier
    }

    func bound(_ address: String) {
        lock.lock()
        self.address = address
        lock.unlock()
        sendIfBoth()
    }

    func databaseReady() {
        lock.lock()
        databaseAnswered = true
        lock.unlock()
        sendIfBoth()
    }

    private func sendIfBoth() {
        lock.lock()
        guard let address, databaseAnswered, !sent else {
            lock.unlock()
            return
        }
        sent = true
        lock.unlock()
        notifier.ready(status: "listening on \(address)")
    }
}
