import API
import Config
import Foundation
import Logging
import Postgres
import ServiceLifecycle
import Store
import Systemd

/// Decides whether this instance leads, and keeps a follower's snapshot in step with the leader's
/// cycles. On a connection of its own, every `probe` it claims the leader's lock (or checks that it
/// still holds it); in between it listens for the announcements of `Coordination`:
///
/// - a follower loads each cycle announced, and on every probe also checks for a cycle it may have
///   missed while its connection was down;
/// - the leader loads a cycle that another process announced (`yotqa compute` run by hand), so the
///   API serves it at once rather than after the next scheduled cycle; the snapshot store's
///   tickets keep such a load from replacing a cycle the leader ran meanwhile;
/// - the leader runs the cycles that followers pass on from their API;
/// - every instance re-reads the alerts when one of them was acknowledged.
///
/// An instance that becomes leader asks for a cycle at once (its start cycle, or the one the
/// leader it replaces may have died in). Any error on this connection closes it, which releases the
/// lock if the server still held it, so an instance never leads without knowing it.
struct CoordinationService: Service {
    let leadership: Leadership
    let connection: PostgresConnection
    /// Opened by the start-up once the schema is known to be at this binary's version.
    let prepared: Latch
    let trigger: CycleTrigger
    /// Whether the first time this instance leads it asks for a cycle (`--no-start-cycle` says no).
    let startCycle: Bool
    /// The runner in force: a follower judges the snapshots it loads as the leader's runner judged
    /// them (a reload may change the judgement).
    let runner: Reloadable<CycleRunner>
    let snapshots: SnapshotStore
    let schedule: @Sendable () -> ScheduleConfig
    let notifier: SystemdNotifier
    let logger: Logger

    /// How often the lock is claimed: a follower takes over from a dead leader within this.
    var probe: Duration { min(.seconds(5), schedule().cycleEvery / 2) }
    /// How long one wait for announcements lasts, so a stop is noticed within it.
    static let listenSlice = Duration.seconds(1)

    func run() async throws {
        await cancelWhenGracefulShutdown { await prepared.wait() }
        var role: Bool?  // leading or not, as last said; nil after an error
        var hasLed = false
        var failing = false
        var nextClaim = ContinuousClock.now
        while !Task.isShuttingDownGracefully {
            do {
                if ContinuousClock.now >= nextClaim {
                    try await Coordination.listen(on: connection)
                    try await claim(role: &role, hasLed: &hasLed)
                    if role == false { try await catchUp() }
                    nextClaim = .now + probe
                }
                let heard = try await connection.notifications(waitingUpTo: Self.listenSlice)
                try await handle(heard)
                if failing { logger.notice("coordination: PostgreSQL answers again") }
                failing = false
            } catch {
                await connection.close()
                role = nil
                if leadership.set(false) {
                    logger.error("no longer leading: \(error); another instance may take over")
                } else if !failing {
                    logger.error("coordination: cannot reach PostgreSQL: \(error); trying again every \(probe)")
                }
                failing = true
                let pause = probe
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: pause) }
                nextClaim = .now
            }
        }
    }

    /// Claims or keeps the lock, and says so when the role changes. A new leader asks for a cycle:
    /// its start cycle (unless `--no-start-cycle`), or, on taking over, the one the previous leader
    /// may have died in.
    func claim(role: inout Bool?, hasLed: inout Bool) async throws {
        let leading = try await Coordination.claimLeadership(on: connection)
        leadership.set(leading)
        defer { role = leading }
        guard leading != role else { return }
        if leading {
            logger.notice("leading: this instance runs the cycles and sends the email")
            notifier.status("leading: this instance runs the cycles")
            if hasLed || startCycle { trigger.request() }
            hasLed = true
        } else {
            if role == true {
                // The session was replaced (the server ended the old one, its lock with it) and
                // another instance took the lock meanwhile.
                logger.warning("no longer leading: another instance holds the lock; following it")
            } else {
                logger.notice("following: another instance leads; this one serves its cycles")
            }
            notifier.status("following: another instance runs the cycles")
        }
    }

    /// A follower loads the newest cycle when it is not the one served.
    func catchUp() async throws {
        guard let latest = try await Coordination.latestCycleID(on: connection),
            latest != snapshots.snapshot?.cycle.cycleID
        else { return }
        try await load()
    }

    func handle(_ heard: [PostgresNotification]) async throws {
        let channels = Set(heard.map(\.channel))
        if channels.contains(Coordination.cycleRequestsChannel), leadership.isLeader { trigger.request() }
        let cycles = heard.filter { $0.channel == Coordination.cyclesChannel }
        // A follower serves every cycle announced; the leader those another process committed.
        if cycles.contains(where: { !leadership.isLeader || Coordination.announcedElsewhere($0.payload) }) {
            try await load()
        } else if channels.contains(Coordination.alertsChannel) {
            try await snapshots.refreshAlerts { try await AlertStore.list(on: connection) }
            if let snapshot = snapshots.snapshot { ServiceMetrics.alerts(snapshot) }
        }
    }

    /// Loads the newest cycle and serves it, unless a snapshot begun later is served already.
    private func load() async throws {
        let ticket = snapshots.ticket()
        guard let snapshot = try await SnapshotLoader(runner: runner.value).load(from: connection),
            snapshots.publish(snapshot, ticket: ticket)
        else { return }
        ServiceMetrics.published(snapshot)
        let cycle = snapshot.cycle
        let role = leadership.isLeader ? "leading" : "following"
        logger.info("\(role): serving cycle \(cycle.cycleID ?? 0)")
        notifier.status("\(role): serving cycle \(cycle.cycleID ?? 0) of \(cycle.finishedAt.formatted(.iso8601))")
    }
}
