import Dispatch
import Foundation
import Logging
import ServiceLifecycle

/// Starts the stop's clock. The service group tells its services to stop one after the other, in
/// the reverse of their order, each once the one after it has finished; listed last, this one
/// hears of the stop first, the moment SIGTERM arrives. It runs `onStop` then (which arms the
/// abandoning of a cycle still running when schedule.stop_timeout is nearly over), and if the
/// process is still there when `timeout` is over (an email still being handed to a relay that is
/// slow to answer, say) it ends it, with status 0: everything yotqa writes is in transactions that
/// PostgreSQL rolls back, and a message whose acceptance was not recorded is sent again when its
/// claim lapses, with the same Message-ID.
struct StopService: Service {
    let timeout: @Sendable () -> Duration
    let logger: Logger
    let onStop: @Sendable () -> Void

    func run() async throws {
        try? await gracefulShutdown()
        onStop()
        let limit = timeout()
        DispatchQueue.global().asyncAfter(deadline: .now() + limit / .seconds(1)) { [logger] in
            logger.warning(
                "stopping took longer than schedule.stop_timeout (\(limit)); exiting now (a message being sent is sent again later, with its Message-ID)"
            )
            _exit(0)
        }
    }
}
