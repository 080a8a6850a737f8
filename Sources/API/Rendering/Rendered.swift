public import Hummingbird

/// A response body rendered once, with its content type and its entity tag.
struct Rendered: Sendable {
    var bytes: ByteBuffer
    var contentType: String
    var etag: String
    var extraHeaders: HTTPFields

    init(bytes: [UInt8], contentType: String, extraHeaders: HTTPFields = [:]) {
        self.bytes = ByteBuffer(bytes: bytes)
        self.contentType = contentType
        self.etag = "\"" + Self.fnv1a(bytes) + "\""
        self.extraHeaders = extraHeaders
    }

    /// 64-bit FNV-1a of the body: not a security measure, only "has this body changed".
    static func fnv1a(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// A 200 with the body, or, to a GET or HEAD, a 304 with none when the client already holds
    /// this version (`If-None-Match` naming this tag, or `*`). A POST has acted by now, so it
    /// always gets its body.
    func response(to request: Request, status: HTTPResponse.Status = .ok) -> Response {
        response(method: request.method, headers: request.headers, status: status)
    }

    /// The same, for a request with this method and these header fields.
    func response(method: HTTPRequest.Method, headers fields: HTTPFields, status: HTTPResponse.Status = .ok) -> Response
    {
        var headers = extraHeaders
        headers[.eTag] = etag
        headers[.cacheControl] = "private, no-cache"
        headers[.vary] = "Accept, Authorization"
        if status == .ok, method == .get || method == .head,
            let presented = fields[.ifNoneMatch], Self.matches(presented, etag)
        {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: bytes))
    }

    /// `If-None-Match` holds a list of tags, weak or strong, or `*`.
    static func matches(_ header: String, _ etag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            let tag = candidate.trimmingCharacters(in: .whitespaces)
            return tag == "*" || tag == etag || tag == "W/" + etag
        }
    }
}
