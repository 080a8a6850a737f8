public import Logging

/// One PostgreSQL session through libpq.
///
/// Every blocking libpq call runs on the connection's own serial Dispatch queue (the actor's
/// executor), never on Swift's cooperative pool. The first call connects; a connection that the
/// server closed while it was idle is replaced before the next statement, so a restarted server or
/// a terminated backend costs the caller nothing.
///
/// A connection runs one statement or transaction at a time. Use one per concurrent task.
///
/// One call does not wait for the queue: `abandon()`, from any thread, stops the statement under
/// way and refuses every later one, for a daemon that is stopping.
public actor PostgresConnection {
    private let executor: DispatchQueueExecutor
    private let core: ConnectionCore
    private let abandonment: Abandonment
    private let configuration: PostgresConfiguration
    let logger: Logger

    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        executor.asUnownedSerialExecutor()
    }

    /// A connection that connects on first use.
    public init(configuration: PostgresConfiguration, logger: Logger) {
        self.executor = DispatchQueueExecutor(label: "yotqa.postgres")
        self.core = ConnectionCore(configuration: configuration, logger: logger)
        self.abandonment = core.abandonment
        self.configuration = configuration
        self.logger = logger
    }

    /// Another connection to the same database with the same settings, connecting on first use,
    /// which `abandon()` on this one abandons too: for work split over several sessions.
    public nonisolated func sibling() -> PostgresConnection {
        let sibling = PostgresConnection(configuration: configuration, logger: logger)
        abandonment.adopt(sibling.abandonment)
        return sibling
    }

    /// Connects now, so a bad address or password is reported at once.
    public static func connect(
        configuration: PostgresConfiguration, logger: Logger
    ) async throws(PostgresError) -> PostgresConnection {
        let connection = PostgresConnection(configuration: configuration, logger: logger)
        try await connection.open()
        return connection
    }

    /// Connects if not connected (or if the server dropped the connection).
    public func open() throws(PostgresError) {
        try core.ensureConnected()
    }

    /// Closes the connection; a later call connects again.
    public func close() {
        core.close()
    }

    /// Runs one statement with `$1`, `$2`, … bound to `parameters` (nil is SQL NULL).
    @discardableResult
    public func query(_ sql: String, _ parameters: (any PostgresEncodable)?...) throws(PostgresError) -> PostgresRows {
        try core.execute(sql, parameters)
    }

    /// Runs one statement with `$1`, `$2`, … bound to `parameters` (nil is SQL NULL).
    @discardableResult
    public func query(_ sql: String, parameters: [(any PostgresEncodable)?]) throws(PostgresError) -> PostgresRows {
        try core.execute(sql, parameters)
    }

    /// The notifications (LISTEN/NOTIFY) this connection has received and not yet returned; when
    /// there are none, waits until one arrives or `timeout` has passed, and then returns [].
    ///
    /// Meant for a connection of its own that only listens: the wait blocks the connection's queue
    /// (never Swift's cooperative pool), so nothing else can run on it meanwhile. Issue `LISTEN
    /// channel` with `query` first. Notifications that arrive while a statement runs on the
    /// connection (a session's own NOTIFY, or any sent while it was in a transaction) are kept for
    /// the next call. A connection that is not open is opened; one that the server closed throws
    /// `connectionLost` rather than being replaced silently, because the new session would not be
    /// listening: the next call reconnects, and the caller issues its LISTEN again (LISTEN is
    /// idempotent). Notifications sent meanwhile are lost; re-read whatever they announce.
    public func notifications(waitingUpTo timeout: Duration) throws(PostgresError) -> [PostgresNotification] {
        try core.notifications(waitingUpTo: timeout)
    }

    /// Stops the connection's work for good, from any thread: cancels the statement under way, if
    /// any, and makes every later statement, transaction, COPY and `notifications` call throw
    /// `PostgresError.Kind.abandoned` at once, without reaching the server.
    ///
    /// For a daemon that is stopping while a long piece of work (an indicator cycle of many
    /// statements, each of whose failures is caught so that the next one runs) holds the
    /// connection: the statement in flight fails within moments, as `abandoned`, and so does each
    /// one the work tries next, so it unwinds quickly. A transaction is still rolled back (its
    /// ROLLBACK is the one statement let through). The statement the cancel stopped reports
    /// `abandoned` too, with the server's SQLSTATE 57014 kept. There is no way back: make a new
    /// connection.
    public nonisolated func abandon() {
        abandonment.abandon()
    }

    /// True once `abandon()` was called.
    public nonisolated var isAbandoned: Bool {
        abandonment.isAbandoned
    }

    /// Runs `body` with the session, synchronously on the connection's queue.
    @discardableResult
    public func withSession<T: Sendable>(_ body: (PostgresSession) throws -> T) throws -> T {
        try body(PostgresSession(core: core))
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    ///
    /// The body is synchronous and runs whole on the connection's queue, so no other caller's
    /// statement can slip into the transaction while it is open.
    @discardableResult
    public func transaction<T: Sendable>(
        _ mode: TransactionMode = .readWrite, _ body: (PostgresSession) throws -> T
    ) throws -> T {
        try core.execute(mode.beginStatement, [])
        core.setInTransaction(true)
        let session = PostgresSession(core: core)
        do {
            let value = try body(session)
            try core.execute("COMMIT", [])
            core.setInTransaction(false)
            return value
        } catch {
            rollBack()
            throw error
        }
    }

    private func rollBack() {
        defer { core.setInTransaction(false) }
        guard core.connection != nil else { return }
        do {
            // Let through after `abandon()`, which refuses every other statement: the server ends
            // the transaction now rather than when the connection is closed.
            try core.execute("ROLLBACK", [], evenIfAbandoned: true)
        } catch {
            // The connection is gone or broken; closing it discards the transaction server-side.
            core.logger.warning("rollback failed (\(error)); closing the connection")
            core.close()
        }
    }
}
