public import Dates
public import Hummingbird
public import HummingbirdCore
public import Indicators
public import Postgres

/// The managers' JSON API: its routes over the snapshot being served, and the writes and
/// drill-downs that go to PostgreSQL.
public struct YotqaAPI: Sendable {
    /// The tokens in force; a config reload replaces them.
    public let tokens: Reloadable<TokenBook>
    /// Request bodies larger than this are refused with 413.
    public var maxBodyBytes: Int
    public var snapshots: SnapshotStore
    /// The connection for writes, drill-downs and the readiness check (not the cycle's).
    public var database: PostgresConnection
    /// Runs the indicator queries for drill-downs.
    public var engine: Engine
    /// The engine's settings for an as-of date, as the config gives them.
    public var engineSettings: @Sendable (LocalDate) throws -> EngineSettings
    public var cycles: CycleTrigger
    /// The Prometheus exposition of every metric, for `GET /metrics`.
    public var metricsText: @Sendable () -> String
    /// The `Server` header Hummingbird adds (the application configuration's `serverName`), which
    /// `ReplayHandler` adds too.
    public var serverName: String?
    /// The request counters, which the routes and `ReplayHandler` both count in.
    let requestCounters = RequestMetricsMiddleware.Counters()

    /// With tokens that never change.
    public init(
        tokens: TokenBook, maxBodyBytes: Int = 16384, snapshots: SnapshotStore, database: PostgresConnection,
        engine: Engine, engineSettings: @escaping @Sendable (LocalDate) throws -> EngineSettings,
        cycles: CycleTrigger, metricsText: @escaping @Sendable () -> String
    ) {
        self.init(
            reloadableTokens: Reloadable(tokens), maxBodyBytes: maxBodyBytes, snapshots: snapshots, database: database,
            engine: engine, engineSettings: engineSettings, cycles: cycles, metricsText: metricsText)
    }

    /// With tokens a config reload replaces.
    public init(
        reloadableTokens tokens: Reloadable<TokenBook>, maxBodyBytes: Int = 16384, snapshots: SnapshotStore,
        database: PostgresConnection, engine: Engine,
        engineSettings: @escaping @Sendable (LocalDate) throws -> EngineSettings, cycles: CycleTrigger,
        metricsText: @escaping @Sendable () -> String
    ) {
        self.tokens = tokens
        self.maxBodyBytes = maxBodyBytes
        self.snapshots = snapshots
        self.database = database
        self.engine = engine
        self.engineSettings = engineSettings
        self.cycles = cycles
        self.metricsText = metricsText
    }

    /// The router with every route and the middleware: request metrics outermost, then problem
    /// responses, then authentication.
    public func router() -> Router<APIRequestContext> {
        let router = Router(context: APIRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: RequestMetricsMiddleware(counters: requestCounters))
        router.add(middleware: ProblemMiddleware())
        router.add(middleware: AuthMiddleware(book: tokens))
        for route in Self.routes {
            router.on(.template(route.path), method: route.method) { request, context in
                try await route.handle(self, request, context)
            }
        }
        return router
    }

    /// Hummingbird's HTTP/1 server with a `ReplayHandler` on every connection, answering repeated
    /// reads before the router. No idle timeout: Hummingbird's connection handler never sees the
    /// replayed requests, so it would close a connection busy with them as idle.
    public func server() -> HTTPServerBuilder {
        let source = ReplaySource(tokens: tokens, snapshots: snapshots)
        return .http1(configuration: .init(additionalChannelHandlers: [ReplayHandler(source: source)]))
    }

    /// The method and path template of every route, as registered: what the OpenAPI document
    /// must describe.
    public static var routeTable: [(method: String, path: String)] {
        routes.map { ($0.method.rawValue, $0.path) }
    }
}

/// One route: its method, its path template (`{id}` for a parameter) and its handler.
struct Route: Sendable {
    var method: HTTPRequest.Method
    var path: String
    var handle: @Sendable (YotqaAPI, Request, APIRequestContext) async throws -> Response

    init(
        _ method: HTTPRequest.Method, _ path: String,
        _ handle: @escaping @Sendable (YotqaAPI, Request, APIRequestContext) async throws -> Response
    ) {
        self.method = method
        self.path = path
        self.handle = handle
    }
}

extension RouterPath {
    /// `{name}` in our templates (OpenAPI's) is Hummingbird's `:name`.
    static func template(_ template: String) -> RouterPath {
        RouterPath(
            template.split(separator: "/", omittingEmptySubsequences: true).map { segment in
                segment.hasPrefix("{") && segment.hasSuffix("}") ? ":" + segment.dropFirst().dropLast() : segment
            }.joined(separator: "/"))
    }
}
