import API
import Config
import Foundation
import Logging
import Postgres
import ServiceLifecycle
import Store
import Systemd

/// What `serve` needs from the database before its first cycle: the schema at the binary's
/// version, the council's bank holidays, and the latest recorded cycle to serve. While PostgreSQL
/// does not answer, the API already runs and says it is not ready; this tries again after 1 s,
/// doubling to a minute, logging the failure once and the recovery once. Then it lets the
/// coordination service claim the lead (and the leader run its start cycle) and tells systemd
/// READY (the port was bound before). A schema that is not at the
/// binary's version is not something waiting fixes: that stops the daemon.
struct StartupService: Service {
    let config: YotqaConfig
    let sql: URL
    let connection: PostgresConnection
    let cycleConnection: PostgresConnection
    let loader: SnapshotLoader
    let snapshots: SnapshotStore
    /// Opened once the database is prepared: coordination waits on it.
    let prepared: Latch
    let ready: @Sendable () -> Void
    let notifier: SystemdNotifier
    let logger: Logger

    func run() async throws {
        var wait = Duration.seconds(1)
        var failing = false
        while !Task.isShuttingDownGracefully {
            do {
                try await prepare()
                if failing { logger.warning("PostgreSQL answers again; starting") }
                prepared.open()
                ready()
                try? await gracefulShutdown()
                return
            } catch {
                guard let error = Self.unreachable(error) else { throw error }
                if !failing {
                    logger.error("cannot reach PostgreSQL: \(error); not ready, trying again until it answers")
                    notifier.status("waiting for PostgreSQL: \(SystemdNotifier.oneLine("\(error)"))")
                }
                failing = true
                let pause = wait
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: pause) }
                wait = min(wait * 2, .seconds(60))
            }
        }
    }

    func prepare() async throws {
        try await Migrator(
            migrations: try Migration.load(from: sql.appendingPathComponent("migrations")), logger: logger
        ).requireCurrent(connection)
        try await IndicatorSetup.applyBankHolidays(config, on: cycleConnection)
        let ticket = snapshots.ticket()
        if let snapshot = try await loader.load(from: connection), snapshots.publish(snapshot, ticket: ticket) {
            ServiceMetrics.published(snapshot)
        }
    }
}

extension StartupService {
    /// The database error behind `error` when it says the server could not be reached.
    static func unreachable(_ error: any Error) -> PostgresError? {
        switch error {
        case let error as PostgresError where error.isUnreachable: error
        case MigrationError.database(let error) where error.isUnreachable: error
        default: nil
        }
    }
}

extension PostgresError {
    /// The server could not be reached, went away, or is out of connections or room (class 53):
    /// waiting may fix it.
    var isUnreachable: Bool {
        kind == .connectionFailed || kind == .connectionLost || sqlState?.hasPrefix("08") == true
            || sqlState?.hasPrefix("57P") == true || sqlState?.hasPrefix("53") == true
    }
}
