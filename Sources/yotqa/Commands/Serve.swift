import API
import ArgumentParser
import Config
import Foundation
import Hummingbird
import Indicators
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import Store
import Systemd

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the daemon: the managers' JSON API over the latest cycle.",
        discussion: """
            Serves the API on api.listen and api.port from an in-memory snapshot of the latest \
            recorded cycle, and runs a cycle at start, every schedule.cycle_every (15 minutes, \
            give or take schedule.jitter; never two at once) and whenever an admin token asks for \
            one (POST /v1/cycles). With a mail section, delivers the email outbox every few seconds \
            and queues the board chair's weekly digest (mail.digest). Several instances may share \
            one database: one leads (a PostgreSQL advisory lock) and alone runs cycles and sends \
            email; the others serve each cycle it announces, and one of them takes over within \
            5 seconds if it dies. Under systemd (Type=notify) it says READY once serving, the \
            last cycle's outcome as STATUS, feeds the watchdog and says STOPPING on shutdown. \
            Prints "listening on ADDRESS" once the port is bound. Stops on SIGTERM or SIGINT \
            within schedule.stop_timeout, abandoning a cycle under way if it must.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Listen on this port instead of api.port (0: any free port).", valueName: "port"))
    var port: Int?

    @Flag(help: "Do not run a cycle at start; serve the latest recorded one.")
    var noStartCycle = false

    func run() async throws {
        let (config, logger) = try global.start("serve")
        let sql = try SQLDirectory.locate(configured: config.paths.sql)
        let state = try ServeState(
            config: config, catalogue: try IndicatorSetup.catalogue(config, sql: sql), logger: logger)
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        ServiceMetrics.registerCounters()

        let notifier = SystemdNotifier()
        let gate = ReadyGate(notifier: notifier)
        // Connections connect on first use, so the API runs (not ready) while PostgreSQL is down.
        let database = DatabaseSetup.lazy(config, logger: logger)
        let cycleConnection = DatabaseSetup.lazy(config, logger: logger)
        let snapshots = SnapshotStore()
        let trigger = CycleTrigger()
        let leadership = Leadership()
        let prepared = Latch()
        let schedule = { @Sendable in state.schedule }
        let cycles = CycleService(
            trigger: trigger, runner: state.runner, connection: cycleConnection,
            settings: { try IndicatorSetup.settings(state.config.value, asOf: Today.inLondon()) },
            snapshots: snapshots, logger: logger, report: { notifier.status($0) }, leads: { leadership.isLeader },
            retryAtMost: { schedule().cycleEvery }, stopTimeout: { schedule().stopTimeout })
        let startup = StartupService(
            config: config, sql: sql, connection: database, cycleConnection: cycleConnection,
            loader: SnapshotLoader(runner: state.runner.value),
            snapshots: snapshots, prepared: prepared, ready: { gate.databaseReady() }, notifier: notifier,
            logger: logger)
        // The leader's lock lives on this connection: it must not be shared.
        let coordination = CoordinationService(
            leadership: leadership, connection: DatabaseSetup.lazy(config, logger: logger), prepared: prepared,
            trigger: trigger, startCycle: !noStartCycle, runner: state.runner, snapshots: snapshots, schedule: schedule,
            notifier: notifier, logger: logger)
        let mail = mailServices(config, state: state, leadership: leadership, logger: logger)
        let reload = ReloadService(
            state: state, load: { [global] in try YotqaConfig.load(file: global.configPath) }, notifier: notifier,
            logger: logger)

        var api = YotqaAPI(
            reloadableTokens: state.tokens, maxBodyBytes: config.api.maxBodyBytes, snapshots: snapshots,
            database: database, engine: state.engine,
            engineSettings: { asOf in try IndicatorSetup.settings(state.config.value, asOf: asOf) }, cycles: trigger,
            metricsText: {
                var buffer: [UInt8] = []
                registry.emit(into: &buffer)
                return String(decoding: buffer, as: UTF8.self)
            })
        api.serverName = "yotqa"
        let app = Application(
            router: api.router(), server: api.server(),
            configuration: .init(
                address: .hostname(config.api.listen, port: port ?? config.api.port), serverName: api.serverName),
            services: [
                startup, coordination, cycles,
                CycleSchedule(trigger: trigger, leadership: leadership, schedule: schedule),
                reload, SystemdService(notifier: notifier),
            ] + mail
                + [
                    StopService(
                        timeout: { schedule().stopTimeout }, logger: logger, onStop: { cycles.abandonLater() })
                ],
            onServerRunning: { channel in
                let address = channel.localAddress.map { "\($0.ipAddress ?? config.api.listen):\($0.port ?? 0)" } ?? "?"
                logger.info("listening on \(address)")
                FileHandle.standardOutput.write(Data("listening on \(address)\n".utf8))
                gate.bound(address)
            },
            logger: logger)
        do {
            try await app.runService()
        } catch let error as MigrationError {
            // The schema is not at this binary's version: waiting will not fix it, so no restart
            // (the unit's RestartPreventExitStatus=78) until someone runs `yotqa migrate`.
            logger.critical("\(error)")
            throw ExitCode(78)
        }
    }

    /// The outbox sender and the digest schedule, on connections of their own; none when mail is
    /// off at start (turning it on takes a restart).
    private func mailServices(
        _ config: YotqaConfig, state: ServeState, leadership: Leadership, logger: Logger
    ) -> [any Service] {
        guard state.mail.value != nil else { return [] }
        let connection = DatabaseSetup.lazy(config, logger: logger)
        var services: [any Service] = [
            OutboxService(
                leadership: leadership, mail: state.mail, connection: connection, poll: Self.outboxPoll, logger: logger)
        ]
        if let schedule = MailSetup.schedule(config) {
            // Its own connection: composing a digest reads the whole latest cycle, and the outbox
            // must not wait for that.
            let digestConnection = DatabaseSetup.lazy(config, logger: logger)
            services.append(
                DigestService(
                    leadership: leadership, mail: state.mail, schedule: schedule, connection: digestConnection,
                    logger: logger))
        }
        return services
    }

    /// How often the outbox is looked at for messages due.
    static let outboxPoll: Duration = .seconds(2)
}
