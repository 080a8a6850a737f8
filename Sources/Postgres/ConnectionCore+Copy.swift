import CLibPQ

extension ConnectionCore {
    /// Runs `COPY … FROM STDIN`, feeding it what `produce` writes; returns the rows loaded.
    /// If `produce` throws, the COPY is cancelled (nothing of it is kept) and the error rethrown.
    func copyIn(_ sql: String, _ produce: (CopyWriter) throws -> Void) throws -> Int {
        try refuseIfAbandoned(sql)
        try ensureConnected()
        let connection = try send(sql) { PQsendQuery($0, sql) }
        guard let start = lastResult(of: connection) else { throw lostConnection(sql: sql) }
        let startHandle = ResultHandle(start)
        guard PQresultStatus(start) == PGRES_COPY_IN else {
            _ = try rows(from: startHandle, sql: sql)
            throw PostgresError(.usage, "the statement did not start a COPY FROM STDIN", statement: Self.firstLine(sql))
        }
        let writer = CopyWriter(connection: connection, abandonment: abandonment, statement: Self.firstLine(sql))
        do {
            try produce(writer)
            try writer.flush()
        } catch {
            _ = PQputCopyEnd(connection, "yotqa cancelled the COPY: \(error)")
            drainResults(sql: sql)
            throw error
        }
        guard PQputCopyEnd(connection, nil) == 1 else { throw lostConnection(sql: sql) }
        var loaded = 0
        var failure: PostgresError?
        while let result = PQgetResult(connection) {
            do {
                loaded = try rows(from: result, sql: sql).affectedRows ?? loaded
            } catch {
                failure = failure ?? error
            }
        }
        if let failure { throw failure }
        return loaded
    }

    /// Reads and discards the results of a cancelled COPY, so the connection is usable again.
    private func drainResults(sql: String) {
        guard let connection else { return }
        while let result = PQgetResult(connection) {
            PQclear(result)
        }
    }
}

/// Hands COPY data to libpq in large blocks. Rows are PostgreSQL COPY text format: columns
/// separated by tabs, `\N` for NULL, each row ending in a newline.
///
/// Once the connection is abandoned, `write` throws: a cancelled COPY only makes the server discard
/// the data that follows, so the cancel alone would not stop a long producer.
public final class CopyWriter {
    private let connection: OpaquePointer
    private let abandonment: Abandonment
    private let statement: String
    private var buffer: [UInt8] = []
    private static let blockSize = 1 << 20

    init(connection: OpaquePointer, abandonment: Abandonment, statement: String) {
        self.connection = connection
        self.abandonment = abandonment
        self.statement = statement
        buffer.reserveCapacity(Self.blockSize)
    }

    /// Queues bytes of COPY text; whole rows need not arrive in one call.
    public func write(_ bytes: some Collection<UInt8>) throws(PostgresError) {
        if abandonment.isAbandoned { throw PostgresError.abandoned(statement: statement) }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.blockSize { try flush() }
    }

    func flush() throws(PostgresError) {
        if abandonment.isAbandoned { throw PostgresError.abandoned(statement: statement) }
        guard !buffer.isEmpty else { return }
        let status = buffer.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { PQputCopyData(connection, $0.baseAddress, Int32($0.count)) }
        }
        buffer.removeAll(keepingCapacity: true)
        guard status == 1 else {
            throw PostgresError(.connectionLost, ConnectionCore.trimmedMessage(PQerrorMessage(connection)))
        }
    }
}
