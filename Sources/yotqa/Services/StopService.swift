import ServiceLifecycle

/// Starts the stop's clock. The service group tells its services to stop one after the other, in
/// the reverse of their order, each once the one after it has finished; listed last, this one
/// hears of the stop first, the moment SIGTERM arrives, and runs `onStop` then (which arms the
/// abandoning of a cycle still running when schedule.stop_timeout is nearly over).
struct StopService: Service {
    let onStop: @Sendable () -> Void

    func run() async throws {
        try? await gracefulShutdown()
        onStop()
    }
}
