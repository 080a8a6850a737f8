import Foundation
import Hummingbird

/// A JSON request body, read within the size limit, as an object whose fields are checked one
/// by one, so an error names the field; an unknown field is an error too.
struct RequestBody {
    private let fields: [String: Any]

    static func read(_ request: Request, limit: Int, allowed: [String]) async throws -> RequestBody {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw Problem(.contentTooLarge, "the request body is \(length) bytes; the limit is \(limit)")
        }
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/json") else {
            throw Problem(.unsupportedMediaType, "send the body as JSON (Content-Type: application/json)")
        }
        var buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw Problem(.contentTooLarge, "the request body is larger than \(limit) bytes")
        }
        let data = Data(buffer.readBytes(length: buffer.readableBytes) ?? [])
        guard let object = try? JSONSerialization.jsonObject(with: data, options: []) as? [String: Any] else {
            throw Problem(.badRequest, "the body must be a JSON object", field: "body")
        }
        for key in object.keys.sorted() where !allowed.contains(key) {
            throw Problem.badParameter(key, "unknown field; this request takes " + allowed.joined(separator: ", "))
        }
        return RequestBody(fields: object)
    }

    /// A string field of 1 to `maximum` characters (after trimming), or nil when absent or null.
    /// A NUL character is refused: PostgreSQL's text cannot hold one (libpq would cut the string there).
    func string(_ name: String, maximum: Int = 2000) throws(Problem) -> String? {
        guard let raw = fields[name], !(raw is NSNull) else { return nil }
        guard let text = raw as? String else { throw Problem.badParameter(name, "must be a string") }
        guard !text.unicodeScalars.contains("\u{0}") else {
            throw Problem.badParameter(name, "must not contain a NUL character (U+0000)")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= maximum else {
            throw Problem.badParameter(name, "must be between 1 and \(maximum) characters")
        }
        return trimmed
    }

    func requiredString(_ name: String, maximum: Int = 2000) throws(Problem) -> String {
        guard let text = try string(name, maximum: maximum) else { throw Problem.badParameter(name, "is required") }
        return text
    }

    /// An RFC 3339 instant, or nil when absent or null.
    func instant(_ name: String) throws(Problem) -> Date? {
        guard let text = try string(name, maximum: 64) else { return nil }
        guard let date = Timestamps.parse(text) else {
            throw Problem.badParameter(name, "must be an RFC 3339 date and time, e.g. 2026-12-01T09:00:00Z")
        }
        return date
    }
}
