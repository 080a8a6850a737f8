import Foundation
public import Logging
public import Postgres

/// Scratch databases on the PostgreSQL server that the test command starts.
///
/// `YOTQA_TEST_DATABASE` holds a libpq conninfo for a role that may create databases. Tests that
/// need PostgreSQL fail, never skip, when it is missing: the README's test command always sets it.
public enum TestDatabase {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String {
            "YOTQA_TEST_DATABASE is not set: these tests need a real PostgreSQL. Run ./scripts/test, which starts one."
        }
    }

    public static var logger: Logger {
        var logger = Logger(label: "yotqa.tests")
        logger.logLevel = .warning
        return logger
    }

    /// The server's admin conninfo, or a thrown `Missing`.
    public static func adminConninfo() throws -> String {
        guard let conninfo = ProcessInfo.processInfo.environment["YOTQA_TEST_DATABASE"], !conninfo.isEmpty else {
            throw Missing()
        }
        return conninfo
    }

    /// A connection to the admin database of the test server.
    public static func adminConnection() async throws -> PostgresConnection {
        try await PostgresConnection.connect(
            configuration: PostgresConfiguration(conninfo: try adminConninfo()), logger: logger)
    }

    /// Creates an empty database, runs `body` with its conninfo, and drops it afterwards.
    public static func withScratch<T: Sendable>(
        _ label: String, _ body: (String) async throws -> T
    ) async throws -> T {
        let admin = try await adminConnection()
        let name = "yotqa_test_\(label)_\(UInt32.random(in: 0...UInt32.max))"
        try await admin.query("SELECT 1")
        // Database names cannot be parameters; `name` is built from a fixed prefix, a label chosen
        // by the test and a number, never from outside input.
        try await admin.withSession { session in try session.runScript("CREATE DATABASE \(name)") }
        let conninfo = "\(try adminConninfo()) dbname=\(name)"
        do {
            let value = try await body(conninfo)
            try await admin.withSession { session in try session.runScript("DROP DATABASE \(name) WITH (FORCE)") }
            return value
        } catch {
            try? await admin.withSession { session in try session.runScript("DROP DATABASE \(name) WITH (FORCE)") }
            throw error
        }
    }

    /// A connection to a scratch database, with the statement timeout and name given.
    public static func connect(
        _ conninfo: String, statementTimeout: Duration? = .seconds(60)
    ) async throws -> PostgresConnection {
        try await PostgresConnection.connect(
            configuration: PostgresConfiguration(conninfo: conninfo, statementTimeout: statementTimeout),
            logger: logger)
    }
}
