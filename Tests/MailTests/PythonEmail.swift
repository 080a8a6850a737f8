import Foundation

/// A rendered message as Python's standard `email` package reads it (policy `default`: encoded-words
/// decoded, folded headers unfolded, bodies decoded from quoted-printable and UTF-8): a real mail
/// parser, not ours, so the tests check the wire format rather than our own idea of it.
struct ParsedMail: Decodable {
    struct Part: Decodable {
        var type: String
        var charset: String?
        var encoding: String?
        /// The decoded body, with the wire's CRLF line ends as they were.
        var content: String
        var defects: [String]
    }

    var defects: [String]
    /// Name and value of every header field, in order.
    var headers: [[String]]
    /// Name and value of every header field with its encoded-words decoded by the older
    /// `email.header.decode_header`, which (unlike the address parser of policy `default`) ignores the
    /// whitespace between adjacent encoded-words as RFC 2047 section 6.2 says. Folds are left in.
    var decodedHeaders: [[String]]
    /// Name and defect of every defect Python found in a header field.
    var headerDefects: [[String]]
    /// Display name (empty for none) and address of each mailbox.
    var from: [[String]]
    var to: [[String]]
    var subject: String
    /// Seconds since 1970 of the Date header.
    var date: Double?
    var contentType: String
    var parts: [Part]

    /// The values of the header fields called `name` (any case).
    func header(_ name: String) -> [String] {
        headers.filter { $0[0].lowercased() == name.lowercased() }.map { $0[1] }
    }

    var headerNames: [String] { headers.map { $0[0] } }

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    private static let script = """
        import sys, json, email
        from email import policy
        from email.header import decode_header, make_header
        raw = sys.stdin.buffer.read()
        m = email.message_from_bytes(raw, policy=policy.default)
        legacy = email.message_from_bytes(raw, policy=policy.compat32)
        def addresses(h):
            return [] if h is None else [[a.display_name, a.addr_spec] for a in h.addresses]
        out = {
            "defects": [type(d).__name__ for d in m.defects],
            "headers": [[k, str(v)] for k, v in m.items()],
            "decodedHeaders": [[k, str(make_header(decode_header(v)))] for k, v in legacy.items()],
            "headerDefects": [[k, type(d).__name__] for k, v in m.items() for d in getattr(v, "defects", ())],
            "from": addresses(m["From"]),
            "to": addresses(m["To"]),
            "subject": str(m["Subject"]),
            "date": m["Date"].datetime.timestamp() if m["Date"] is not None else None,
            "contentType": m.get_content_type(),
            "parts": [],
        }
        for part in m.walk():
            if part.is_multipart():
                continue
            out["parts"].append({
                "type": part.get_content_type(),
                "charset": part.get_content_charset(),
                "encoding": part["Content-Transfer-Encoding"],
                "content": part.get_content(),
                "defects": [type(d).__name__ for d in part.defects],
            })
        print(json.dumps(out))
        """

    /// Parses `message` with Debian's /usr/bin/python3 (the system Python and its standard library).
    static func parse(_ message: String) throws -> ParsedMail {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Python reads all of its input before it writes anything, so writing first cannot block.
        input.fileHandleForWriting.write(Data(message.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(description: "python exited \(process.terminationStatus): \(errorText)")
        }
        return try JSONDecoder().decode(ParsedMail.self, from: data)
    }
}
