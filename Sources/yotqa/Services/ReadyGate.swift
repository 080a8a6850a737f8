import Synchronization
import Systemd

/// Tells systemd READY once both have happened: the port is bound, and the database answered at
/// start (which may come first, or minutes later).
final class ReadyGate: Sendable {
    private struct State {
        var address: String?
        var databaseAnswered = false
        var sent = false
    }

    private let state = Mutex(State())
    let notifier: SystemdNotifier

    init(notifier: SystemdNotifier) {
        self.notifier = notifier
    }

    func bound(_ address: String) {
        sendIfBoth { $0.address = address }
    }

    func databaseReady() {
        sendIfBoth { $0.databaseAnswered = true }
    }

    /// Records what happened, and sends READY (once) if both have.
    private func sendIfBoth(_ change: (inout State) -> Void) {
        let address: String? = state.withLock { state in
            change(&state)
            guard let address = state.address, state.databaseAnswered, !state.sent else { return nil }
            state.sent = true
            return address
        }
        if let address { notifier.ready(status: "listening on \(address)") }
    }
}
