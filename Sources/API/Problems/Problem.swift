import Foundation
public import Hummingbird

/// An error a client can act on, sent as `application/problem+json` (RFC 9457): the status, a
/// short title, a sentence saying what was wrong, and the parameter or body field at fault.
public struct Problem: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var detail: String
    public var field: String?
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ detail: String, field: String? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.detail = detail
        self.field = field
        self.headers = headers
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        response(path: request.uri.path)
    }

    func response(path: String) -> Response {
        var body: [String: any Sendable] = [
            "type": "about:blank", "title": status.reasonPhrase, "status": status.code, "detail": detail,
            "instance": path,
        ]
        if let field { body["field"] = field }
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? JSONSerialization.data(withJSONObject: body, options: options)) ?? Data()
        var headers = self.headers
        headers[.contentType] = MediaTypes.problem
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension Problem {
    static func badParameter(_ field: String, _ detail: String) -> Problem {
        Problem(.badRequest, "\(field): \(detail)", field: field)
    }

    static func notFound(_ detail: String) -> Problem {
        Problem(.notFound, detail)
    }

    static func forbidden(_ detail: String) -> Problem {
        Problem(.forbidden, detail)
    }
}
