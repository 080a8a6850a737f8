/// The connection as seen inside `withSession` or `transaction`: synchronous calls that run, one
/// after another, on the connection's own queue, so nothing else can interleave with them.
///
/// Valid only inside the closure it was passed to; do not keep it.
public struct PostgresSession {
    let core: ConnectionCore

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

    /// Runs `COPY table (columns) FROM STDIN` and feeds it what `produce` writes, in COPY text
    /// format. Returns the number of rows loaded. A throw from `produce` cancels the COPY.
    @discardableResult
    public func copyIn(_ sql: String, _ produce: (CopyWriter) throws -> Void) throws -> Int {
        try core.copyIn(sql, produce)
    }

    /// Runs a script of several statements separated by semicolons, with no parameters: for SQL
    /// files of the repository such as migrations, never for text built from values.
    public func runScript(_ sql: String) throws(PostgresError) {
        try core.runScript(sql)
    }
}
