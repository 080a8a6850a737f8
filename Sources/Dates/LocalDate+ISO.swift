extension LocalDate: CustomStringConvertible, LosslessStringConvertible {
    /// Parses `YYYY-MM-DD` exactly (four-digit year, two-digit month and day); nil otherwise.
    public init?(_ description: String) {
        let bytes = Array(description.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`, the form PostgreSQL reads and writes with DateStyle ISO.
    public var description: String {
        var out = [UInt8]()
        out.reserveCapacity(10)
        appendISO(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `YYYY-MM-DD` as ASCII bytes, without allocating a String (bulk COPY output).
    /// Years outside 1...9999 are written in full, PostgreSQL's way (`12345-01-01`, `0044-03-15 BC`),
    /// rather than trapping or writing bytes that are not digits.
    public func appendISO(to out: inout [UInt8]) {
        let (y, m, d) = parts
        guard (1...9999).contains(y) else {
            // PostgreSQL has no year 0: year 0 is 1 BC.
            let year = y < 1 ? 1 - y : y
            let text = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
            out.append(contentsOf: Array(text.utf8))
            let twoDigits = { (value: Int) in (value < 10 ? "-0" : "-") + String(value) }
            out.append(contentsOf: Array((twoDigits(m) + twoDigits(d)).utf8))
            if y < 1 { out.append(contentsOf: Array(" BC".utf8)) }
            return
        }
        func digits(_ value: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
                rest %= divisor
                divisor /= 10
            }
        }
        digits(y, 4)
        out.append(UInt8(ascii: "-"))
        digits(m, 2)
        out.append(UInt8(ascii: "-"))
        digits(d, 2)
    }
}

extension LocalDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD, got \"\(text)\"")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
