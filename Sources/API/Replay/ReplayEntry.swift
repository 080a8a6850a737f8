import Foundation
import HTTPTypes
import Hummingbird
import Metrics
import NIOCore
import NIOHTTP1
import Synchronization

/// One remembered read: what the routes rendered, the header fields of its 200 and its 304 as
/// `Snapshot.answer` made them (all but `Age`, `Date` and `Server`, which change), and the request
/// counters of its route. The complete heads are made again only when the second changes.
final class ReplayEntry: Sendable {
    let rendered: Rendered
    let answered: Counter
    let notModified: Counter
    private let fields: (answered: HTTPHeaders, notModified: HTTPHeaders)
    private let serverName: String?
    private let heads = Mutex<(second: Int, age: Int, answered: HTTPResponseHead?, notModified: HTTPResponseHead?)>(
        (-1, -1, nil, nil))

    /// `answered` and `notModified` are the snapshot's answers to a GET of `rendered` without and
    /// with a matching `If-None-Match`.
    init(
        _ rendered: Rendered, answered: Response, notModified: Response, serverName: String?,
        counters: (answered: Counter, notModified: Counter)
    ) {
        self.rendered = rendered
        self.serverName = serverName
        self.answered = counters.answered
        self.notModified = counters.notModified
        fields = (Self.headers(answered.headers), Self.headers(notModified.headers))
    }

    /// The head of the 200 (or the 304) at `now`, when the snapshot is `age` seconds old: the
    /// fields, then `Age`, `Date` and `Server`, in the order `Snapshot.markAge` and Hummingbird add
    /// them.
    func head(notModified wanted: Bool, now: Date, age: Int) -> HTTPResponseHead {
        let second = Int(now.timeIntervalSince1970)
        return heads.withLock { heads in
            if heads.second != second || heads.age != age {
                heads = (second, age, nil, nil)
            }
            if let made = wanted ? heads.notModified : heads.answered { return made }
            var headers = wanted ? fields.notModified : fields.answered
            headers.add(name: HTTPField.Name.age.rawName, value: String(age))
            headers.add(
                name: HTTPField.Name.date.rawName,
                value: Timestamps.httpDate(Date(timeIntervalSince1970: Double(second))))
            if let serverName { headers.add(name: HTTPField.Name.server.rawName, value: serverName) }
            let head = HTTPResponseHead(version: .http1_1, status: wanted ? .notModified : .ok, headers: headers)
            if wanted { heads.notModified = head } else { heads.answered = head }
            return head
        }
    }

    /// HTTP/1 header fields, as the HTTP types codec converts them, leaving out `Age`.
    private static func headers(_ fields: HTTPFields) -> HTTPHeaders {
        HTTPHeaders(fields.filter { $0.name != .age }.map { ($0.name.rawName, $0.value) })
    }
}
