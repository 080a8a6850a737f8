public import Postgres

/// How several yotqa instances on one database share the work. One of them, the leader, holds a
/// session-level advisory lock on a connection of its own: it alone runs the cycles and sends the
/// email. The others serve the API and follow: each cycle committed announces itself on a channel
/// (NOTIFY is delivered on commit, so a follower never hears of a cycle it cannot read yet), and
/// so does an acknowledgement, so every instance serves the same alerts. When the leader's
/// session ends (the process died, or the server dropped it), PostgreSQL releases the lock and the
/// next follower to try takes it.
public enum Coordination {
    /// The key of the leader's lock ("yotqa lead" in ASCII, folded to 63 bits).
    static let leaderLock: Int64 = 0x796F_7471_616C_6561
    /// The key of the write lock ("yotqa alerts" in ASCII, folded to 63 bits).
    static let writeLock: Int64 = 0x796F_7471_6120_616C

    /// Takes the transaction-scoped lock that everything writing a cycle's results or the open
    /// alerts holds: a cycle's write transaction, a sender giving a message up (which raises an
    /// alert) and the reminders between cycles. Two cycles' writes then run one after the other
    /// (`yotqa compute` beside the daemon, or two instances in the moment one takes over), the
    /// second seeing the first's rows, and a cycle never judges an alert a sender is raising.
    static func lockWrites(_ session: PostgresSession) throws(PostgresError) {
        try session.query("SELECT pg_advisory_xact_lock($1)", writeLock)
    }

    /// Takes the write lock if it is free; false when a cycle or a sender holds it.
    static func tryLockWrites(_ session: PostgresSession) throws(PostgresError) -> Bool {
        try session.query("SELECT pg_try_advisory_xact_lock($1)", writeLock)[0].decode(Bool.self, 0)
    }

    /// Where each committed cycle is announced; the payload is its cycle id and the announcing
    /// process's `origin`, separated by a space.
    public static let cyclesChannel = "yotqa_cycles"

    /// This process's mark on the cycles it announces, so the leader can tell its own cycles from
    /// those another process (`yotqa compute` run by hand) committed: random, as process ids repeat
    /// across hosts.
    public static let origin = String(UInt64.random(in: 1...UInt64.max), radix: 36)

    /// Whether a notification on `cyclesChannel` announces a cycle that another process committed.
    public static func announcedElsewhere(_ payload: String) -> Bool {
        payload.split(separator: " ").dropFirst().first.map(String.init) != origin
    }

    /// Where a follower passes on a cycle asked for through its API, for the leader to run.
    public static let cycleRequestsChannel = "yotqa_cycle_requests"
    /// Where a change to the alerts made outside a cycle (an acknowledgement) is announced.
    public static let alertsChannel = "yotqa_alerts"

    /// Takes the leader's lock on this session if it is free, or keeps it if this session holds it
    /// already; true when this session holds it. One statement, so it takes the lock at most once
    /// per session (a second `pg_try_advisory_lock` would stack a second hold on it).
    public static func claimLeadership(on connection: PostgresConnection) async throws -> Bool {
        let rows = try await connection.query(
            """
            SELECT CASE WHEN EXISTS (
                       SELECT 1 FROM pg_locks
                       WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
                         AND objsubid = 1 AND classid = ($1::bigint >> 32)::oid
                         AND objid = ($1::bigint & 4294967295)::oid)
                   THEN true ELSE pg_try_advisory_lock($1::bigint) END AS leading
            """, leaderLock)
        return try rows[0].decode(Bool.self, "leading")
    }

    /// Starts listening on every channel; `LISTEN` is idempotent, so this is repeated after the
    /// connection may have been replaced. Also has the server end this session after
    /// `idleTimeout` without a statement (PostgreSQL 14 and later): a leader that froze, or whose
    /// host vanished without closing its connections, then loses the lock within that time rather
    /// than when TCP gives up, hours later. The coordination loop sends a statement every few
    /// seconds, so a live instance is never idle that long.
    public static func listen(on connection: PostgresConnection, idleTimeout: Duration = .seconds(30)) async throws {
        let milliseconds = Int(idleTimeout / .milliseconds(1))
        try await connection.query(
            """
            SELECT CASE WHEN current_setting('server_version_num')::int >= 140000
                        THEN set_config('idle_session_timeout', $1, false) END
            """, "\(milliseconds)ms")
        for channel in [cyclesChannel, cycleRequestsChannel, alertsChannel] {
            try await connection.query("LISTEN \(channel)")
        }
    }

    /// The newest cycle recorded, if any.
    public static func latestCycleID(on connection: PostgresConnection) async throws -> Int? {
        try await connection.query("SELECT max(cycle_id) AS latest FROM yotqa.cycles")[0].decode(Int?.self, "latest")
    }

    /// Asks the leader for a cycle.
    public static func requestCycle(on connection: PostgresConnection) async throws {
        try await connection.query("SELECT pg_notify($1, '')", cycleRequestsChannel)
    }

    /// Announces a cycle on commit of the session's transaction.
    static func announceCycle(_ cycleID: Int, session: PostgresSession) throws(PostgresError) {
        try session.query("SELECT pg_notify($1, $2)", cyclesChannel, "\(cycleID) \(origin)")
    }

    /// Announces a change to the alerts on commit of the session's transaction.
    static func announceAlerts(session: PostgresSession) throws(PostgresError) {
        try session.query("SELECT pg_notify($1, '')", alertsChannel)
    }
}
