import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A plain HTTP/1.1 connection to a loopback port, for what the test client hides: the bytes as
/// sent, pipelined requests, responses in the order they come, and the server closing. Its
/// blocking socket calls run on a queue of its own, never on the tasks' threads, which the server
/// under test needs (there are as many of those as cores).
final class RawHTTP: @unchecked Sendable {
    struct Response: Sendable {
        /// The whole response as it came: status line, header fields and body.
        var raw: [UInt8]
        var status: Int
        var fields: [(name: String, value: String)]
        var body: [UInt8]

        func field(_ name: String) -> String? {
            fields.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        var text: String { String(decoding: body, as: UTF8.self) }

        /// The response with the values of `Date` and `Age` blanked (they follow the clock): what
        /// two answers to the same read must share byte for byte.
        var comparable: String {
            String(decoding: raw, as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: false).map {
                line in
                line.hasPrefix("Date: ") ? "Date: …" : line.hasPrefix("Age: ") ? "Age: …" : String(line)
            }.joined(separator: "\r\n")
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let socket: Int32
    /// Read and written only on `queue`.
    private var buffer: [UInt8] = []
    private let queue = DispatchQueue(label: "RawHTTP")

    /// Connects to `localhost` as the test server binds it: every address the name has is tried
    /// in turn (IPv6 first on some machines).
    init(port: Int) throws {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo("localhost", String(port), &hints, &found) == 0, let first = found else {
            throw Failure(description: "cannot resolve localhost")
        }
        defer { freeaddrinfo(first) }
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        var connected: Int32 = -1
        while let address = candidate, connected < 0 {
            let attempt = Glibc.socket(address.pointee.ai_family, address.pointee.ai_socktype, 0)
            if attempt >= 0, connect(attempt, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 {
                connected = attempt
            } else if attempt >= 0 {
                close(attempt)
            }
            candidate = address.pointee.ai_next
        }
        guard connected >= 0 else { throw Failure(description: "connect to localhost:\(port): errno \(errno)") }
        socket = connected
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(socket) }

    /// A request's bytes: the method and target, `Host`, then `fields` in order, and `body`.
    static func request(
        _ target: String, _ fields: [(String, String)] = [], method: String = "GET", body: String = ""
    ) -> String {
        var text = "\(method) \(target) HTTP/1.1\r\nHost: localhost\r\n"
        for (name, value) in fields { text += "\(name): \(value)\r\n" }
        return text + "\r\n" + body
    }

    /// Sends `text` in one write: several requests in it are pipelined.
    func send(_ text: String) async throws {
        try await onQueue { try self.sendNow(text) }
    }

    /// The next response; one to a HEAD request has no body whatever its `Content-Length` says.
    func read(head: Bool = false) async throws -> Response {
        try await onQueue { try self.readNow(head: head) }
    }

    /// True when the server has closed the connection and sent nothing more.
    func closedByServer() async throws -> Bool {
        try await onQueue { try self.closedNow() }
    }

    private func onQueue<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }

    private func sendNow(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw Failure(description: "send: errno \(errno)") }
            sent += count
        }
    }

    private func readNow(head: Bool) throws -> Response {
        let separator = Array("\r\n\r\n".utf8)
        var end: Int?
        while end == nil {
            end = buffer.indices.dropLast(3).first { Array(buffer[$0..<$0 + 4]) == separator }
            if end == nil { try fill() }
        }
        let headEnd = end! + 4
        let lines = String(decoding: buffer[..<end!], as: UTF8.self).split(separator: "\r\n").map(String.init)
        let statusWords = lines.first?.split(separator: " ") ?? []
        guard statusWords.count >= 2, statusWords[0] == "HTTP/1.1", let status = Int(statusWords[1]) else {
            throw Failure(description: "not a status line: \(lines.first ?? "")")
        }
        let fields = lines.dropFirst().map { line -> (name: String, value: String) in
            let colon = line.firstIndex(of: ":") ?? line.endIndex
            return (String(line[..<colon]), line[colon...].dropFirst().trimmingCharacters(in: .whitespaces))
        }
        guard !fields.contains(where: { $0.name.lowercased() == "transfer-encoding" }) else {
            throw Failure(description: "a chunked response, which these tests do not expect")
        }
        let length =
            head || status == 304
            ? 0 : Int(fields.first { $0.name.lowercased() == "content-length" }?.value ?? "0") ?? 0
        while buffer.count < headEnd + length { try fill() }
        let raw = Array(buffer[..<(headEnd + length)])
        buffer.removeFirst(headEnd + length)
        return Response(raw: raw, status: status, fields: fields, body: Array(raw[headEnd...]))
    }

    private func closedNow() throws -> Bool {
        guard buffer.isEmpty else { return false }
        var chunk = [UInt8](repeating: 0, count: 1)
        let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard count >= 0 else { throw Failure(description: "recv: errno \(errno)") }
        buffer.append(contentsOf: chunk[..<count])
        return count == 0
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard count > 0 else {
            throw Failure(description: count == 0 ? "the server closed the connection" : "recv: errno \(errno)")
        }
        buffer.append(contentsOf: chunk[..<count])
    }
}
