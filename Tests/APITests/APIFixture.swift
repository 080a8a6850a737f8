import API
import Dates
import Foundation
import Hummingbird
import HummingbirdTesting
import Indicators
import Logging
import Postgres
import ServiceLifecycle
import Store
import TestSupport
import Testing

/// The two ways every route check runs: Hummingbird's router test client (no socket), and a live
/// server on a loopback port.
enum Mode: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case router, live

    var setup: TestingSetup {
        switch self {
        case .router: return .router
        case .live: return .live
        }
    }

    var testDescription: String { rawValue }
}

/// The tokens of the test API: one per role seeing every service, and a manager limited to S1.
enum Caller: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case viewer, manager, admin, northManager

    /// The secret a client presents.
    var secret: String { "yotqa-test-secret-\(rawValue)-0123456789abcdef" }

    /// The token's name, as the audit log records it.
    var name: String {
        switch self {
        case .viewer: return "viewer-token"
        case .manager: return "manager-token"
        case .admin: return "admin-token"
        case .northManager: return "north-manager"
        }
    }

    var token: APIToken {
        switch self {
        case .viewer: return APIToken(name: name, digest: TokenDigest(of: secret), role: .viewer)
        case .manager: return APIToken(name: name, digest: TokenDigest(of: secret), role: .manager)
        case .admin: return APIToken(name: name, digest: TokenDigest(of: secret), role: .admin)
        case .northManager:
            return APIToken(name: name, digest: TokenDigest(of: secret), role: .manager, services: ["S1"])
        }
    }

    static let book = TokenBook(allCases.map(\.token))

    var testDescription: String { rawValue }
}

/// An API over a scratch database, ready to be served in either mode.
struct APIHarness: Sendable {
    /// The request body limit of every test API.
    static let maxBodyBytes = 2048

    var api: YotqaAPI
    /// The scratch database (the API's own connection is another one).
    var connection: PostgresConnection
    var snapshots: SnapshotStore
    var trigger: CycleTrigger
    var catalogue: Catalogue

    init(
        database: PostgresConnection, connection: PostgresConnection, snapshots: SnapshotStore, catalogue: Catalogue,
        settings: @escaping @Sendable (LocalDate) throws -> EngineSettings
    ) {
        let registry = SharedMetrics.registry
        let trigger = CycleTrigger()
        var api = YotqaAPI(
            tokens: Caller.book, maxBodyBytes: Self.maxBodyBytes, snapshots: snapshots, database: database,
            engine: Engine(catalogue: catalogue), engineSettings: settings, cycles: trigger,
            metricsText: {
                var buffer: [UInt8] = []
                registry.emit(into: &buffer)
                return String(decoding: buffer, as: UTF8.self)
            })
        // As `yotqa serve` names itself: replayed answers must carry the same `Server` header.
        api.serverName = "yotqa"
        self.api = api
        self.connection = connection
        self.snapshots = snapshots
        self.trigger = trigger
        self.catalogue = catalogue
    }

    /// Serves the API in `mode` (with `services` running beside it, as `yotqa serve` runs its
    /// cycles) and runs `body` with a client. `unready` allows 503s, for an API that has no
    /// snapshot or no database; any other 5xx fails the test.
    func run<T: Sendable>(
        _ mode: Mode, services: [any Service] = [], unready: Bool = false,
        _ body: @Sendable (APIClient) async throws -> T
    ) async throws -> T {
        let app = Application(
            router: api.router(), server: api.server(), configuration: .init(serverName: api.serverName),
            services: services, logger: Self.logger)
        return try await app.test(mode.setup) { client in
            try await body(APIClient(client: client, unready: unready))
        }
    }

    static var logger: Logger {
        var logger = Logger(label: "yotqa.api.tests")
        logger.logLevel = .critical
        return logger
    }

    /// A connection on which the API's reads and writes fail: nothing listens on the port.
    static func unreachableDatabase() -> PostgresConnection {
        PostgresConnection(
            configuration: PostgresConfiguration(
                conninfo: "host=127.0.0.1 port=1 user=nobody dbname=nothing", connectTimeout: .seconds(2)),
            logger: TestDatabase.logger)
    }
}

/// A test client that sends the tokens of `Caller` and checks that no response is a 5xx.
struct APIClient: Sendable {
    let client: any TestClientProtocol
    let unready: Bool

    func get(_ uri: String, as caller: Caller? = .viewer, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await send(.get, uri, authorization: caller.map { "Bearer \($0.secret)" }, headers: headers)
    }

    /// A POST with `json` as its body (none when nil), sent as `contentType`.
    func post(
        _ uri: String, as caller: Caller? = .manager, json: String? = nil,
        contentType: String? = "application/json", headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = headers
        if json != nil, let contentType { headers[.contentType] = contentType }
        return try await send(
            .post, uri, authorization: caller.map { "Bearer \($0.secret)" }, headers: headers,
            body: json.map { ByteBuffer(string: $0) })
    }

    func send(
        _ method: HTTPRequest.Method, _ uri: String, authorization: String?, headers: HTTPFields = [:],
        body: ByteBuffer? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> TestResponse {
        var headers = headers
        if let authorization { headers[.authorization] = authorization }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        let code = response.status.code
        #expect(
            code < 500 || (unready && code == 503), "\(method) \(uri) answered \(code): \(response.text)",
            sourceLocation: sourceLocation)
        return response
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var json: JSONValue { JSONValue(bytes: Array(buffer: body)) }
    var contentType: String? { headers[.contentType] }
}

/// The keys RFC 9457 and the README give a problem body: `field` only for a bad parameter or field.
let problemKeys: Set<String> = ["type", "title", "status", "detail", "instance"]

/// Checks that `response` is a problem of `status` about `path`, with the documented keys, and
/// (when given) the field at fault.
func expectProblem(
    _ response: TestResponse, _ status: HTTPResponse.Status, field: String? = nil, path: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(response.status == status, "\(response.text)", sourceLocation: sourceLocation)
    #expect(response.contentType == "application/problem+json", sourceLocation: sourceLocation)
    let body = response.json
    #expect(problemKeys.isSubset(of: body.keys), "keys \(body.keys.sorted())", sourceLocation: sourceLocation)
    #expect(body.keys.subtracting(problemKeys).isSubset(of: ["field"]), sourceLocation: sourceLocation)
    #expect(body["type"] == "about:blank", sourceLocation: sourceLocation)
    #expect(body["status"] == .number(Double(status.code)), sourceLocation: sourceLocation)
    #expect(body["title"].string?.isEmpty == false, sourceLocation: sourceLocation)
    #expect(body["detail"].string?.isEmpty == false, sourceLocation: sourceLocation)
    if let path { #expect(body["instance"] == .string(path), sourceLocation: sourceLocation) }
    if let field { #expect(body["field"] == .string(field), "\(body)", sourceLocation: sourceLocation) }
}

/// RFC 3339 text for an instant `seconds` from now.
func instant(fromNow seconds: TimeInterval) -> String {
    Date().addingTimeInterval(seconds).formatted(.iso8601)
}

/// The rows of the audit log, oldest first, as "actor action target".
func auditTrail(_ connection: PostgresConnection) async throws -> [String] {
    try await connection.query("SELECT actor, action, target FROM yotqa.audit_log ORDER BY audit_id").map {
        row throws(PostgresError) in
        "\(try row.decode(String.self, "actor")) \(try row.decode(String.self, "action")) \(try row.decode(String.self, "target"))"
    }
}
