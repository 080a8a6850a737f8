import CLibPQ
import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The blocking side of a connection: owns the `PGconn` and runs libpq calls synchronously.
///
/// Only ever used from its `PostgresConnection` actor, whose executor is a private serial queue, so
/// it needs no locking and its blocking calls never run on the cooperative pool. The one exception
/// is `abandonment`, which other threads use, and which does its own locking.
final class ConnectionCore {
    let configuration: PostgresConfiguration
    let logger: Logger
    let abandonment: Abandonment
    private let notices: NoticeForwarder
    private(set) var connection: OpaquePointer?
    private(set) var inTransaction = false
    /// Notifications taken from libpq and not yet handed to the caller: those read while waiting,
    /// and those still queued when the `PGconn` was closed (finishing it would drop them).
    var received: [PostgresNotification] = []

    init(configuration: PostgresConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        self.abandonment = Abandonment(logger: logger)
        self.notices = NoticeForwarder(logger: logger)
    }

    deinit {
        if let connection { PQfinish(connection) }
    }

    func close() {
        collectNotifications()
        abandonment.useKey(of: nil)
        if let connection { PQfinish(connection) }
        connection = nil
        inTransaction = false
    }

    /// Connects if there is no usable connection. Outside a transaction a connection that the
    /// server closed while idle is replaced silently; inside one the transaction is lost.
    func ensureConnected() throws(PostgresError) {
        if let connection, isAlive(connection) { return }
        if inTransaction {
            close()
            throw PostgresError(.connectionLost, "the connection to PostgreSQL was lost during a transaction")
        }
        if connection != nil {
            logger.warning("the connection to PostgreSQL was lost; reconnecting")
            close()
        }
        try connect()
    }

    private func connect() throws(PostgresError) {
        // Keywords are applied in order: ours before `dbname` are defaults that the conninfo may
        // override; `passfile` after it is the config file's explicit choice.
        var pairs: [(String, String)] = [
            ("application_name", configuration.applicationName),
            ("connect_timeout", String(max(1, (configuration.connectTimeout.wholeMilliseconds + 999) / 1000))),
            ("dbname", configuration.conninfo),
        ]
        if let passfile = configuration.passfile { pairs.append(("passfile", passfile)) }
        let pointer = withCStringArrays(pairs) { keywords, values in
            PQconnectdbParams(keywords, values, 1)
        }
        guard let pointer else { throw PostgresError(.connectionFailed, "libpq could not allocate a connection") }
        guard PQstatus(pointer) == CONNECTION_OK else {
            let message = Self.trimmedMessage(PQerrorMessage(pointer))
            PQfinish(pointer)
            throw PostgresError(.connectionFailed, "could not connect to PostgreSQL: \(message)")
        }
        connection = pointer
        abandonment.useKey(of: pointer)
        notices.install(on: pointer)
        try configureSession()
        logger.debug(
            "connected to PostgreSQL",
            metadata: ["server_version": "\(PQserverVersion(pointer))", "backend_pid": "\(PQbackendPID(pointer))"])
    }

    /// Settings every session needs: the text formats the decoders read, and the statement timeout.
    private func configureSession() throws(PostgresError) {
        let timeout = configuration.statementTimeout.map { String($0.wholeMilliseconds) } ?? "0"
        _ = try run(
            """
            SELECT set_config('statement_timeout', $1, false), set_config('DateStyle', 'ISO, YMD', false),
                   set_config('TimeZone', 'UTC', false), set_config('IntervalStyle', 'iso_8601', false),
                   set_config('extra_float_digits', '3', false)
            """, [timeout])
    }

    /// Runs one statement. Outside a transaction, a statement that the server refused because it
    /// was shutting the session down (SQLSTATE 57P01–57P03) did not run, so it is retried once on
    /// a new session; any other loss is reported, because the statement may have committed.
    ///
    /// Once the connection is abandoned the statement is refused before anything is sent, unless
    /// `evenIfAbandoned`: only the ROLLBACK that ends an abandoned transaction passes.
    @discardableResult
    func execute(
        _ sql: String, _ parameters: [(any PostgresEncodable)?], evenIfAbandoned: Bool = false
    ) throws(PostgresError) -> PostgresRows {
        if !evenIfAbandoned { try refuseIfAbandoned(sql) }
        try ensureConnected()
        do {
            return try run(sql, parameters, evenIfAbandoned: evenIfAbandoned)
        } catch  where error.kind == .connectionLost && error.isAdministrativeShutdown && !inTransaction {
            logger.warning("PostgreSQL closed the session (\(error.sqlState ?? "")); retrying on a new one")
            close()
            try connect()
            return try run(sql, parameters, evenIfAbandoned: evenIfAbandoned)
        }
    }

    /// Runs a script of several statements through the simple query protocol. It takes no
    /// parameters by design: scripts are files of the repository (migrations, the contract), never
    /// text built from values.
    func runScript(_ sql: String) throws(PostgresError) {
        try refuseIfAbandoned(sql)
        try ensureConnected()
        let connection = try send(sql) { PQsendQuery($0, sql) }
        var failure: PostgresError?
        while let result = PQgetResult(connection) {
            do {
                _ = try rows(from: result, sql: sql)
            } catch {
                failure = failure ?? error
            }
        }
        if let failure { throw failure }
    }

    private func run(
        _ sql: String, _ parameters: [(any PostgresEncodable)?], evenIfAbandoned: Bool = false
    ) throws(PostgresError) -> PostgresRows {
        let types = parameters.map { $0.map { type(of: $0).postgresType.rawValue } ?? 0 }
        let texts = parameters.map { $0?.postgresText }
        let connection = try send(sql, evenIfAbandoned: evenIfAbandoned) { connection in
            withOptionalCStrings(texts) { values in
                PQsendQueryParams(connection, sql, Int32(values.count), types, values, nil, nil, 0)
            }
        }
        return try rows(from: lastResult(of: connection), sql: sql)
    }

    /// Sends a statement with `body` (a `PQsend…` call) and returns the connection to read its
    /// results from; refuses it when the connection was abandoned, unless `evenIfAbandoned`.
    ///
    /// Statements are sent and then waited for, rather than run by one `PQexec…` call, for
    /// `abandon()`: it may run between the check here and the send, when its cancel request reaches
    /// a backend with nothing to cancel yet and is ignored. So the flag is read again once the
    /// statement is sent, and if it is set the cancel is sent again from here, after the statement.
    func send(
        _ sql: String, evenIfAbandoned: Bool = false, _ body: (OpaquePointer) -> Int32
    ) throws(PostgresError) -> OpaquePointer {
        guard let connection else { throw PostgresError(.usage, "not connected") }
        if !evenIfAbandoned { try refuseIfAbandoned(sql) }
        guard body(connection) == 1 else { throw lostConnection(sql: sql) }
        if !evenIfAbandoned && abandonment.isAbandoned { abandonment.cancel() }
        return connection
    }

    /// The result of a sent statement, as `PQexec` gives it: the last one, or the first of a COPY,
    /// which leaves the connection in the COPY for the caller.
    func lastResult(of connection: OpaquePointer) -> OpaquePointer? {
        var last: OpaquePointer?
        while let result = PQgetResult(connection) {
            if let last { PQclear(last) }
            last = result
            let status = PQresultStatus(result)
            if status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH
                || PQstatus(connection) == CONNECTION_BAD
            {
                break
            }
        }
        return last
    }

    /// Throws the abandoned error, without sending anything, once `abandon()` was called.
    func refuseIfAbandoned(_ sql: String?) throws(PostgresError) {
        if abandonment.isAbandoned { throw PostgresError.abandoned(statement: sql.map(Self.firstLine)) }
    }

    /// Turns a PGresult into rows or the error it carries; frees it either way.
    func rows(from result: OpaquePointer?, sql: String) throws(PostgresError) -> PostgresRows {
        guard let result else { throw lostConnection(sql: sql) }
        return try rows(from: ResultHandle(result), sql: sql)
    }

    func rows(from handle: ResultHandle, sql: String) throws(PostgresError) -> PostgresRows {
        let result = handle.pointer
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return PostgresRows(handle: handle)
        case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
            leaveCopy(PQresultStatus(result))
            throw PostgresError(.usage, "COPY must go through copyIn", statement: Self.firstLine(sql))
        default:
            throw serverError(result, sql: sql)
        }
    }

    func serverError(_ result: OpaquePointer, sql: String) -> PostgresError {
        func field(_ code: UInt8) -> String? {
            PQresultErrorField(result, Int32(code)).map { String(cString: $0) }
        }
        let lost = connection.map { PQstatus($0) == CONNECTION_BAD } ?? true
        var message = field(UInt8(ascii: "M")) ?? Self.trimmedMessage(PQresultErrorMessage(result))
        if message.isEmpty, let connection { message = Self.trimmedMessage(PQerrorMessage(connection)) }
        var detail = field(UInt8(ascii: "D"))
        if let context = field(UInt8(ascii: "W")) {
            detail = [detail, "context: \(context)"].compactMap { $0 }.joined(separator: "; ")
        }
        let sqlState = field(UInt8(ascii: "C"))
        // 57014 is query_canceled: on an abandoned connection, the statement `abandon()` stopped.
        if !lost && sqlState == "57014" && abandonment.isAbandoned {
            return PostgresError.abandoned(
                statement: Self.firstLine(sql), sqlState: sqlState, detail: "the server said: \(message)")
        }
        return PostgresError(
            lost ? .connectionLost : .server, message, sqlState: sqlState, detail: detail,
            hint: field(UInt8(ascii: "H")), statement: Self.firstLine(sql))
    }

    /// Ends a COPY that a statement started outside `copyIn`, so that the connection can run the
    /// next statement (`PQexec` used to do this on its own): a COPY FROM STDIN is failed, a COPY TO
    /// STDOUT read to its end and discarded. A replication COPY has no way back, and is left.
    private func leaveCopy(_ status: ExecStatusType) {
        guard let connection else { return }
        switch status {
        case PGRES_COPY_IN:
            _ = PQputCopyEnd(connection, "COPY must go through copyIn")
        case PGRES_COPY_OUT:
            var buffer: UnsafeMutablePointer<CChar>?
            while PQgetCopyData(connection, &buffer, 0) > 0 {
                PQfreemem(buffer)
                buffer = nil
            }
        default:
            return
        }
        while let result = PQgetResult(connection) {
            PQclear(result)
        }
    }

    func lostConnection(sql: String) -> PostgresError {
        let message = connection.map { Self.trimmedMessage(PQerrorMessage($0)) } ?? "not connected"
        return PostgresError(.connectionLost, message, statement: Self.firstLine(sql))
    }

    func setInTransaction(_ value: Bool) {
        inTransaction = value
    }

    /// Reads whatever the server sent while we were idle (a termination notice, then EOF) without
    /// blocking, so a dead connection is found before a statement is sent on it.
    private func isAlive(_ connection: OpaquePointer) -> Bool {
        guard PQstatus(connection) == CONNECTION_OK else { return false }
        let socket = PQsocket(connection)
        guard socket >= 0 else { return false }
        for _ in 0..<4 {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 0) > 0 else { break }
            if PQconsumeInput(connection) == 0 { return false }
        }
        return PQstatus(connection) == CONNECTION_OK
    }

    static func trimmedMessage(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func firstLine(_ sql: String) -> String {
        let line = sql.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? sql
        return String(line.trimmingCharacters(in: .whitespaces).prefix(120))
    }
}
