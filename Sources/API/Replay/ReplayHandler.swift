import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1

/// Answers a repeated read from the snapshot's `Replays` on the event loop, before Hummingbird's
/// async pipeline, which costs most of a request's time; passes every other request on.
///
/// It answers only a bodiless GET with one known bearer token (identified by the same `TokenBook`
/// as `AuthMiddleware`, in constant time), whose target, `Accept` header, role and scope the
/// current snapshot has answered already through the routes. The answer is then the one the
/// routes gave: the same body and header fields, a 200 or a 304 by `If-None-Match` as
/// `Rendered.matches` decides, counted in the same request metrics. Anything else, every error
/// included, goes the whole way.
///
/// Responses stay in request order: it answers only when no request it passed on is still
/// waiting for its response (it counts their ends going out), and passes everything on once a
/// request asks to close the connection. It answers only while the channel is writable, so a
/// client that sends without reading meets Hummingbird's back-pressure. Its answers go out
/// through the HTTP/1 encoder (written from the HTTP types codec's place in the pipeline), which
/// pairs each response with its request's method.
final class ReplayHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private enum State {
        /// Between requests.
        case idle
        /// Passing a request's parts on to Hummingbird.
        case passing
        /// Reading to the end of a request it will answer with this head and body.
        case answering(HTTPResponseHead, ByteBuffer?)
    }

    private let source: ReplaySource
    private var state = State.idle
    /// Requests passed on whose response has not ended yet.
    private var waiting = 0
    /// A request asked to close the connection: everything after it goes to Hummingbird.
    private var closing = false
    private var unflushed = false
    /// Where answers are written from: the HTTP types codec's place, so they go out as NIO's
    /// HTTP/1 parts straight to its encoder, skipping the codec's conversion of each one (a
    /// tenth of a replayed read). Without the codec (another pipeline) nothing is replayed.
    private var codec: ChannelHandlerContext?
    /// The last read answered here. A client polls the same read on its connection, so a repeat
    /// of it (the same `Authorization`, compared in constant time, target and `Accept`) under the
    /// same token book and snapshot skips the token's digest and the replays' lookup.
    private var last: Last?

    private struct Last {
        var authorization: String
        var target: String
        var accept: String?
        var tokens: Int
        weak var snapshot: Snapshot?
        var entry: ReplayEntry
    }

    init(source: ReplaySource) {
        self.source = source
    }

    func handlerAdded(context: ChannelHandlerContext) {
        codec = try? context.pipeline.syncOperations.context(handlerType: HTTP1ToHTTPServerCodec.self)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        codec = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch (state, unwrapInboundIn(data)) {
        case (.idle, .head(let head)):
            if let answer = replay(head, writable: context.channel.isWritable) {
                state = .answering(answer.head, answer.body)
                return
            }
            waiting += 1
            state = .passing
        case (.answering(let head, let body), .end):
            state = .idle
            guard let codec else { return }
            codec.write(NIOAny(HTTPServerResponsePart.head(head)), promise: nil)
            if let body { codec.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(body))), promise: nil) }
            codec.write(NIOAny(HTTPServerResponsePart.end(nil)), promise: nil)
            unflushed = true
            return
        case (.answering, _):
            return  // a body part, which a request without Content-Length or Transfer-Encoding cannot have
        case (.passing, .end):
            state = .idle
        case (.passing, _), (.idle, _):
            break
        }
        context.fireChannelRead(data)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if unflushed {
            unflushed = false
            context.flush()
        }
        context.fireChannelReadComplete()
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { waiting -= 1 }
        context.write(data, promise: promise)
    }

    /// The answer to `head` from the replays, or nil to pass it on.
    private func replay(_ head: HTTPRequest, writable: Bool) -> (head: HTTPResponseHead, body: ByteBuffer?)? {
        let fields = ReplayFields(head.headerFields)
        if fields.closes { closing = true }
        guard codec != nil, waiting == 0, !closing, writable, head.method == .get, !fields.passOn,
            let authorization = fields.authorization, let snapshot = source.snapshots.snapshot
        else { return nil }
        let target = head.path ?? ""
        let tokens = source.tokens.versioned
        let entry: ReplayEntry
        if let last, last.snapshot === snapshot, last.tokens == tokens.generation, last.target == target,
            last.accept == fields.accept, TokenDigest.sameBytes(last.authorization, authorization)
        {
            entry = last.entry
        } else {
            guard let secret = AuthMiddleware.secret(authorization), let caller = tokens.value.identify(secret),
                let found = snapshot.replays.entry(
                    Replays.Key(target: target, accept: fields.accept, role: caller.role, scope: caller.services))
            else { return nil }
            entry = found
            last = Last(
                authorization: authorization, target: target, accept: fields.accept, tokens: tokens.generation,
                snapshot: snapshot, entry: found)
        }
        let notModified = fields.ifNoneMatch.map { Rendered.matches($0, entry.rendered.etag) } ?? false
        (notModified ? entry.notModified : entry.answered).increment()
        snapshot.replays.answered.add(1, ordering: .relaxed)
        let now = Date()
        let responseHead = entry.head(notModified: notModified, now: now, age: snapshot.age(at: now))
        return (responseHead, notModified ? nil : entry.rendered.bytes)
    }
}

/// The header fields of a request that decide whether and how `ReplayHandler` answers it, read in
/// one pass.
struct ReplayFields {
    var authorization: String?
    var accept: String?
    var ifNoneMatch: String?
    /// It has a body, or repeats a field read here (the routes would read those joined): pass it on.
    var passOn = false
    /// `Connection` other than `keep-alive`.
    var closes = false

    init(_ fields: HTTPFields) {
        for field in fields {
            switch field.name {
            case .authorization:
                passOn = passOn || authorization != nil
                authorization = field.value
            case .accept:
                passOn = passOn || accept != nil
                accept = field.value
            case .ifNoneMatch:
                passOn = passOn || ifNoneMatch != nil
                ifNoneMatch = field.value
            case .contentLength, .transferEncoding: passOn = true
            case .connection: if field.value.lowercased() != "keep-alive" { closes = true }
            default: break
            }
        }
    }
}

/// What `ReplayHandler` reads: the tokens and snapshots the routes use.
struct ReplaySource: Sendable {
    var tokens: Reloadable<TokenBook>
    var snapshots: SnapshotStore
}
