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
/// it needs no locking and its blocking calls never run on the cooperative pool.
final class ConnectionCore {
    let configuration: PostgresConfiguration
    let logger: Logger
    private let notices: NoticeForwarder
    private(set) var connection: OpaquePointer?
    private(set) var inTransaction = false
    /// Notifications taken from libpq and not yet handed to the caller: those read while waiting,
    /// and those still queued when the `PGconn` was closed (finishing it would drop them).
    var received: [PostgresNotification] = []

    init(configuration: PostgresConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        self.notices = NoticeForwarder(logger: logger)
    }

    deinit {
        if let connection { PQfinish(connection) }
    }

    func close() {
        collectNotifications()
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
    @discardableResult
    func execute(_ sql: String, _ parameters: [(any PostgresEncodable)?]) throws(PostgresError) -> PostgresRows {
        try ensureConnected()
        do {
            return try run(sql, parameters)
        } catch  where error.kind == .connectionLost && error.isAdministrativeShutdown && !inTransaction {
            logger.warning("PostgreSQL closed the session (\(error.sqlState ?? "")); retrying on a new one")
            close()
            try connect()
            return try run(sql, parameters)
        }
    }

    /// Runs a script of several statements through the simple query protocol. It takes no
    /// parameters by design: scripts are files of the repository (migrations, the contract), never
    /// text built from values.
    func runScript(_ sql: String) throws(PostgresError) {
        try ensureConnected()
        guard let connection else { throw PostgresError(.usage, "not connected") }
        guard PQsendQuery(connection, sql) == 1 else { throw lostConnection(sql: sql) }
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

    private func run(_ sql: String, _ parameters: [(any PostgresEncodable)?]) throws(PostgresError) -> PostgresRows {
        guard let connection else { throw PostgresError(.usage, "not connected") }
        let types = parameters.map { $0.map { type(of: $0).postgresType.rawValue } ?? 0 }
        let texts = parameters.map { $0?.postgresText }
        let result = withOptionalCStrings(texts) { values in
            PQexecParams(connection, sql, Int32(values.count), types, values, nil, nil, 0)
        }
        return try rows(from: result, sql: sql)
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
        return PostgresError(
            lost ? .connectionLost : .server, message, sqlState: field(UInt8(ascii: "C")), detail: detail,
            hint: field(UInt8(ascii: "H")), statement: Self.firstLine(sql))
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
