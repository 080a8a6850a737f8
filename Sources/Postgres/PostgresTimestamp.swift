import Dates

/// Text conversion of `timestamptz` values. The session's TimeZone is UTC (set on connect), so the
/// server writes `YYYY-MM-DD HH:MM:SS[.ffffff]+00`; offsets are still honoured when present.
enum PostgresTimestamp {
    static func format(microsecondsSinceEpoch micros: Int64) -> String {
        let perDay: Int64 = 86_400_000_000
        var days = micros / perDay
        var rest = micros % perDay
        if rest < 0 {
            rest += perDay
            days -= 1
        }
        let date = LocalDate(daysSinceEpoch: Int(days))
        let seconds = rest / 1_000_000
        let fraction = rest % 1_000_000
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text = "\(date) \(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
        if fraction > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: 6 - digits.count) + digits
        }
        return text + "+00"
    }

    /// Microseconds since 1970-01-01 UTC, or nil if the text is not a finite ISO timestamp.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        var index = 0
        func digits(_ count: Int) -> Int64? {
            guard index + count <= bytes.count else { return nil }
            var value: Int64 = 0
            for _ in 0..<count {
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int64(byte - 48)
                index += 1
            }
            return value
        }
        func expect(_ character: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == character else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), expect(45), let month = digits(2), expect(45), let day = digits(2),
            expect(32) || expect(84), let hour = digits(2), expect(58), let minute = digits(2), expect(58),
            let second = digits(2),
            let date = LocalDate(year: Int(year), month: Int(month), day: Int(day))
        else { return nil }
        var micros: Int64 = 0
        if expect(46) {
            var scale: Int64 = 100_000
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                micros += Int64(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        var offsetSeconds: Int64 = 0
        if index < bytes.count {
            let sign: Int64
            if expect(43) {
                sign = 1
            } else if expect(45) {
                sign = -1
            } else {
                return nil
            }
            guard let offsetHours = digits(2) else { return nil }
            var offset = offsetHours * 3600
            if expect(58) {
                guard let offsetMinutes = digits(2) else { return nil }
                offset += offsetMinutes * 60
                if expect(58) {
                    guard let offsetSecondsPart = digits(2) else { return nil }
                    offset += offsetSecondsPart
                }
            }
            offsetSeconds = sign * offset
        }
        guard index == bytes.count else { return nil }
        let secondsOfDay = hour * 3600 + minute * 60 + second - offsetSeconds
        return (Int64(date.daysSinceEpoch) * 86_400 + secondsOfDay) * 1_000_000 + micros
    }
}
