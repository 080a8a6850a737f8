import Dates

/// The `YYYY-MM-DD` text of every date in a range, made once per generator, so writing a date is
/// a 10-byte copy instead of a calendar conversion.
struct DateText: Sendable {
    private let first: Int
    private let storage: [UInt8]

    init(from start: LocalDate, through end: LocalDate) {
        first = start.daysSinceEpoch
        let count = Swift.max(0, start.days(to: end) + 1)
        var storage = [UInt8]()
        storage.reserveCapacity(count * 10)
        for offset in 0..<count {
            start.adding(days: offset).appendISO(to: &storage)
        }
        self.storage = storage
    }

    @inline(__always)
    func append(_ date: LocalDate, to bytes: inout [UInt8]) {
        let offset = (date.daysSinceEpoch - first) * 10
        guard offset >= 0, offset < storage.count else {
            return date.appendISO(to: &bytes)
        }
        storage.withUnsafeBufferPointer { text in
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[offset..<offset + 10]))
        }
    }
}
