import Foundation
import HTTPTypes
import HummingbirdTesting
import Store
import Testing

@testable import API

/// Repeated reads answered by `ReplayHandler` before Hummingbird's pipeline, over a real socket
/// (the router test client has no channel): the same bytes as the routes' answer, in request
/// order, never to a caller the routes would have refused.
@Suite struct ReplayTests {
    static let reads: [(target: String, fields: [(String, String)])] = [
        ("/v1/services", []),
        ("/v1/indicators?service=S1", []),
        ("/v1/indicators?service=S1", [("Accept", "text/csv")]),
        ("/v1/indicators.csv?service=S1", []),
        ("/v1/indicators/kpi_ete?service=S1", []),
        ("/v1/indicators/court_reports_timely/history?service=S1", []),
        ("/v1/indicators/court_reports_timely/history.csv?service=S1", []),
        ("/v1/alerts", []),
        ("/v1/alerts?state=firing", []),
    ]

    /// RFC 9110's IMF-fixdate, as Hummingbird writes `Date`.
    nonisolated(unsafe) static let httpDate =
        /(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT/

    static func bearer(_ caller: Caller) -> (String, String) { ("Authorization", "Bearer \(caller.secret)") }

    /// Requests answered from the current snapshot's replays so far.
    static func replayed(_ harness: APIHarness) -> Int {
        harness.snapshots.snapshot?.replays.answered.load(ordering: .relaxed) ?? -1
    }

    /// Serves the hand-built API live and runs `body` with its port.
    static func live(_ label: String, _ body: @escaping @Sendable (APIHarness, Int) async throws -> Void) async throws {
        try await HandBuilt.with(label) { harness in
            try await harness.run(.live) { client in
                try await body(harness, try #require(client.client.port))
            }
        }
    }

    @Test func aRepeatGetsTheRoutesAnswerByteForByte() async throws {
        try await Self.live("replay_bytes") { harness, port in
            let connection = try RawHTTP(port: port)
            for (target, fields) in Self.reads {
                let request = RawHTTP.request(target, [Self.bearer(.viewer)] + fields)
                try await connection.send(request)
                let routed = try await connection.read()
                #expect(routed.status == 200, "\(target)")
                let before = Self.replayed(harness)
                try await connection.send(request)
                let replayed = try await connection.read()
                #expect(Self.replayed(harness) == before + 1, "\(target) was not replayed")
                #expect(replayed.comparable == routed.comparable, "\(target)")
                // What the comparison blanks: an HTTP date, and the age within the second or two
                // between the answers.
                let date = try #require(replayed.field("Date"))
                #expect(date.wholeMatch(of: Self.httpDate) != nil, "\(date)")
                let ages = (Int(routed.field("Age") ?? ""), Int(replayed.field("Age") ?? ""))
                #expect(ages.0 != nil && ages.1 != nil && (0...2).contains(ages.1! - ages.0!), "\(ages)")

                // The 304 both ways: another role is another key, so the routes answer it first.
                let etag = try #require(routed.field("ETag"))
                let conditional = RawHTTP.request(
                    target, [Self.bearer(.manager), ("If-None-Match", "\"x\", \(etag)")] + fields)
                try await connection.send(conditional)
                let routedNotModified = try await connection.read()
                try await connection.send(conditional)
                let replayedNotModified = try await connection.read()
                #expect(routedNotModified.status == 304, "\(target)")
                #expect(replayedNotModified.comparable == routedNotModified.comparable, "\(target)")
                #expect(Self.replayed(harness) == before + 2, "\(target): the 304 was not replayed")
            }
        }
    }

    @Test func pipelinedResponsesKeepTheirOrder() async throws {
        try await Self.live("replay_order") { harness, port in
            let alert = try await HandBuilt.alertID(
                harness.connection, service: "S1", indicator: "court_reports_timely", kind: "threshold")
            let auth = [Self.bearer(.viewer)]
            let services = RawHTTP.request("/v1/services", auth)
            let connection = try RawHTTP(port: port)
            try await connection.send(services)
            _ = try await connection.read()

            // A read from PostgreSQL (slow), then replayable ones, a HEAD (answered by the routes,
            // never replayed) and a route the replays never answer, all in one write.
            try await connection.send(
                RawHTTP.request("/v1/alerts/\(alert)", auth) + services + RawHTTP.request("/v1/cycles", auth)
                    + services + RawHTTP.request("/v1/services", auth, method: "HEAD") + services)
            var answers: [RawHTTP.Response] = []
            for head in [false, false, false, false, true, false] {
                answers.append(try await connection.read(head: head))
            }
            #expect(answers.map(\.status) == [200, 200, 200, 200, 200, 200])
            #expect(answers[0].text.contains("\"id\":\(alert)"))
            #expect(answers[2].text.contains("\"cycles\""))
            for index in [1, 3, 5] { #expect(answers[index].text.hasPrefix("{\"services\"")) }
            #expect(answers[4].body.isEmpty)

            // One at a time: replayed, then a HEAD through the routes (the encoder must pair its
            // answer with its own method and send no body), then replayed again.
            let before = Self.replayed(harness)
            try await connection.send(services)
            #expect(try await connection.read().status == 200)
            try await connection.send(RawHTTP.request("/v1/services", auth, method: "HEAD"))
            let head = try await connection.read(head: true)
            #expect(head.status == 200 && head.body.isEmpty)
            try await connection.send(services)
            #expect(try await connection.read().text.hasPrefix("{\"services\""))
            #expect(Self.replayed(harness) == before + 2)

            // The same, the replayed GET and the HEAD in one write.
            try await connection.send(services + RawHTTP.request("/v1/services", auth, method: "HEAD") + services)
            #expect(try await connection.read().text.hasPrefix("{\"services\""))
            let pipelinedHead = try await connection.read(head: true)
            #expect(pipelinedHead.status == 200 && pipelinedHead.body.isEmpty)
            #expect(try await connection.read().text.hasPrefix("{\"services\""))
            #expect(Self.replayed(harness) == before + 3)
        }
    }

    @Test func onlyTheCallerTheRoutesAnsweredGetsTheReplay() async throws {
        try await Self.live("replay_callers") { harness, port in
            let target = "/v1/indicators?service=S2"
            let connection = try RawHTTP(port: port)
            for caller in [Caller.viewer, .viewer, .manager, .manager] {
                try await connection.send(RawHTTP.request(target, [Self.bearer(caller)]))
                #expect(try await connection.read().status == 200)
            }
            let before = Self.replayed(harness)
            let refusals: [(fields: [(String, String)], status: Int)] = [
                ([Self.bearer(.northManager)], 403),  // a manager as the one before, but seeing S1 only
                ([], 401),
                ([("Authorization", "Bearer yotqa-test-secret-nobody-0123456789abcdef")], 401),
                ([("Authorization", "Basic \(Caller.viewer.secret)")], 401),
                ([Self.bearer(.viewer), Self.bearer(.admin)], 401),  // two tokens
            ]
            for (fields, status) in refusals {
                try await connection.send(RawHTTP.request(target, fields))
                let response = try await connection.read()
                #expect(response.status == status, "\(fields.map(\.1))")
                #expect(response.field("Content-Type") == "application/problem+json")
            }
            #expect(Self.replayed(harness) == before)

            // The scheme in any case, as the routes take it: replayed.
            try await connection.send(RawHTTP.request(target, [("Authorization", "bEARER  \(Caller.viewer.secret) ")]))
            #expect(try await connection.read().status == 200)
            #expect(Self.replayed(harness) == before + 1)

            // A filtered list: a manager seeing every service, then one seeing S1 only, which
            // must get its own list (the routes', not the replay's).
            for _ in 1...2 {
                try await connection.send(RawHTTP.request("/v1/alerts", [Self.bearer(.manager)]))
                #expect(try await connection.read().text.contains("\"service\":\"S2\""))
            }
            try await connection.send(RawHTTP.request("/v1/alerts", [Self.bearer(.northManager)]))
            let north = try await connection.read()
            #expect(north.status == 200 && north.text.contains("\"service\":\"S1\""))
            #expect(!north.text.contains("\"service\":\"S2\""))
            #expect(Self.replayed(harness) == before + 2)

            // A token whose one service is named "*" is not a token seeing every service.
            let star = "yotqa-test-secret-star-0123456789abcdef"
            harness.api.tokens.replace(
                with: TokenBook(
                    Caller.book.tokens + [
                        APIToken(name: "star", digest: TokenDigest(of: star), role: .viewer, services: ["*"])
                    ]))
            try await connection.send(RawHTTP.request(target, [("Authorization", "Bearer \(star)")]))
            #expect(try await connection.read().status == 403)
            // Nor in the rendered reads: the viewer's list of services is not its list.
            try await connection.send(RawHTTP.request("/v1/services", [Self.bearer(.viewer)]))
            #expect(try await connection.read().text.contains("\"id\":\"S2\""))
            try await connection.send(RawHTTP.request("/v1/services", [("Authorization", "Bearer \(star)")]))
            #expect(try await connection.read().text.hasPrefix("{\"services\":[]"))
            #expect(Self.replayed(harness) == before + 2)

            // A reload that revokes the token: refused at once, even right after a replay of the
            // very same request on this connection.
            try await connection.send(RawHTTP.request(target, [Self.bearer(.viewer)]))
            #expect(try await connection.read().status == 200)
            #expect(Self.replayed(harness) == before + 3)
            harness.api.tokens.replace(with: TokenBook([Caller.admin.token]))
            try await connection.send(RawHTTP.request(target, [Self.bearer(.viewer)]))
            #expect(try await connection.read().status == 401)
            #expect(Self.replayed(harness) == before + 3)
        }
    }

    @Test func aNewSnapshotIsAnsweredAfresh() async throws {
        try await Self.live("replay_snapshot") { harness, port in
            let request = RawHTTP.request("/v1/alerts", [Self.bearer(.viewer)])
            let connection = try RawHTTP(port: port)
            try await connection.send(request)
            let first = try await connection.read()
            try await connection.send(request)
            #expect(try await connection.read().comparable == first.comparable)
            #expect(Self.replayed(harness) == 1)
            #expect(first.text.contains("\"alerts\":[{"))

            // An acknowledgement or a cycle publishes another snapshot: no alerts in this one.
            let old = try #require(harness.snapshots.snapshot)
            harness.snapshots.publish(old.with(alerts: []))
            try await connection.send(request)
            let fresh = try await connection.read()
            #expect(fresh.text.contains("\"alerts\":[]"))
            #expect(fresh.field("ETag") != first.field("ETag"))
            try await connection.send(request)
            #expect(try await connection.read().comparable == fresh.comparable)
            #expect(old.replays.answered.load(ordering: .relaxed) == 1)
            #expect(Self.replayed(harness) == 1)
        }
    }

    @Test func requestsThatMustGoTheWholeWayDo() async throws {
        try await Self.live("replay_passed_on") { harness, port in
            let auth = [Self.bearer(.viewer)]
            let connection = try RawHTTP(port: port)
            try await connection.send(RawHTTP.request("/v1/services", auth))
            _ = try await connection.read()
            let before = Self.replayed(harness)
            // A GET with a body.
            try await connection.send(RawHTTP.request("/v1/services", auth + [("Content-Length", "2")], body: "{}"))
            #expect(try await connection.read().status == 200)
            #expect(Self.replayed(harness) == before)
            // Accept twice, which the routes read joined: remembered as one field, not replayed
            // as two. The same for If-None-Match.
            let joined = RawHTTP.request("/v1/services", auth + [("Accept", "text/csv, */*")])
            for _ in 1...2 {
                try await connection.send(joined)
                #expect(try await connection.read().status == 200)
            }
            #expect(Self.replayed(harness) == before + 1)
            try await connection.send(
                RawHTTP.request("/v1/services", auth + [("Accept", "text/csv"), ("Accept", "*/*")]))
            #expect(try await connection.read().status == 200)
            let tag = "\"0000000000000000\""
            try await connection.send(
                RawHTTP.request("/v1/services", auth + [("If-None-Match", tag), ("If-None-Match", tag)]))
            #expect(try await connection.read().status == 200)
            #expect(Self.replayed(harness) == before + 1)
            // A request to close: answered by the routes, and the connection is closed after it.
            try await connection.send(RawHTTP.request("/v1/services", auth + [("Connection", "close")]))
            #expect(try await connection.read().status == 200)
            #expect(try await connection.closedByServer())
            #expect(Self.replayed(harness) == before + 1)
        }
    }

    @Test func replayedAnswersAreCounted() async throws {
        try await Self.live("replay_metrics") { harness, port in
            let labels = ["route": "/v1/indicators/{id}/history", "method": "GET", "status": "304"]
            let connection = try RawHTTP(port: port)
            let target = "/v1/indicators/kpi_ete/history?service=S1"
            try await connection.send(RawHTTP.request(target, [Self.bearer(.viewer)]))
            let etag = try #require(try await connection.read().field("ETag"))
            try await connection.send(RawHTTP.request("/metrics", [Self.bearer(.viewer)]))
            let before = MetricsTests.sample(try await connection.read().text, "yotqa_http_requests_total", labels) ?? 0
            for _ in 1...100 {
                try await connection.send(RawHTTP.request(target, [Self.bearer(.viewer), ("If-None-Match", etag)]))
                #expect(try await connection.read().status == 304)
            }
            #expect(Self.replayed(harness) == 100)  // the one without If-None-Match went through the routes
            try await connection.send(RawHTTP.request("/metrics", [Self.bearer(.viewer)]))
            let after = MetricsTests.sample(try await connection.read().text, "yotqa_http_requests_total", labels)
            // Other tests count in this process too (a few 304s on this route): at least ours were
            // added, and uncounted replays could not be made up by theirs.
            #expect((after ?? 0) >= before + 100)
        }
    }
}
