import Dates

/// The COPY text of one table as it grows, row by row.
///
/// Fields are appended as bytes with no String or Foundation formatting: this is the hot loop of
/// the generator. The caller writes `tab()` between fields and `endRow()` after the last one.
struct CopyBuffer {
    private(set) var bytes: [UInt8] = []
    private(set) var rows = 0

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func tab() {
        bytes.append(9)
    }

    @inline(__always)
    mutating func endRow() {
        bytes.append(10)
        rows += 1
    }

    /// `\N`, COPY's NULL.
    @inline(__always)
    mutating func null() {
        bytes.append(92)
        bytes.append(78)
    }

    @inline(__always)
    mutating func bool(_ value: Bool?) {
        guard let value else { return null() }
        bytes.append(value ? 116 : 102)
    }

    /// A value known to hold no byte that COPY escapes (enumerations, identifiers).
    @inline(__always)
    mutating func clean(_ value: StaticString) {
        value.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    mutating func clean(_ value: [UInt8]) {
        bytes.append(contentsOf: value)
    }

    /// Any text, with backslash, tab, newline and carriage return escaped as COPY requires.
    mutating func text(_ value: String) {
        for byte in value.utf8 {
            switch byte {
            case 92: bytes.append(contentsOf: [92, 92])
            case 9: bytes.append(contentsOf: [92, 116])
            case 10: bytes.append(contentsOf: [92, 110])
            case 13: bytes.append(contentsOf: [92, 114])
            default: bytes.append(byte)
            }
        }
    }

    @inline(__always)
    mutating func int(_ value: Int) {
        padded(value, width: 1)
    }

    /// Decimal digits of `value`, left-padded with zeros to `width`.
    mutating func padded(_ value: Int, width: Int) {
        var magnitude = value.magnitude
        if value < 0 { bytes.append(45) }
        var count = 1
        var power: UInt = 10
        while magnitude >= power && count < 19 {
            count += 1
            power &*= 10
        }
        let length = Swift.max(width, count)
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(48, count: length))
        bytes.withUnsafeMutableBufferPointer { buffer in
            var index = start + length - 1
            while magnitude > 0 {
                buffer[index] = 48 + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
                index -= 1
            }
        }
    }

    /// A number of hundredths as `1.00`, the text of a `numeric(4,2)`.
    mutating func hundredths(_ value: Int) {
        if value < 0 { bytes.append(45) }
        let magnitude = Int(value.magnitude)
        int(magnitude / 100)
        bytes.append(46)
        padded(magnitude % 100, width: 2)
    }

    /// An identifier `<service>-<tag><number>`, e.g. `S007-C000123`.
    @inline(__always)
    mutating func id(_ service: [UInt8], _ tag: UInt8, _ number: Int, width: Int) {
        bytes.append(contentsOf: service)
        bytes.append(45)
        bytes.append(tag)
        padded(number, width: width)
    }

    @inline(__always)
    mutating func date(_ value: LocalDate, _ text: DateText) {
        text.append(value, to: &bytes)
    }

    @inline(__always)
    mutating func date(_ value: LocalDate?, _ text: DateText) {
        guard let value else { return null() }
        text.append(value, to: &bytes)
    }

    /// A `timestamptz` in UTC: `YYYY-MM-DD HH:MM:SS+00`.
    mutating func timestamp(_ day: LocalDate, secondOfDay: Int, _ text: DateText) {
        text.append(day, to: &bytes)
        bytes.append(32)
        padded(secondOfDay / 3600, width: 2)
        bytes.append(58)
        padded(secondOfDay / 60 % 60, width: 2)
        bytes.append(58)
        padded(secondOfDay % 60, width: 2)
        bytes.append(contentsOf: [43, 48, 48])
    }
}
