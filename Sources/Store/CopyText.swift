import Indicators

/// Rows in PostgreSQL's COPY text format: tab-separated, `\N` for NULL, backslash escapes.
struct CopyText {
    private(set) var bytes: [UInt8] = []

    mutating func field(_ text: String?) {
        separate()
        guard let text else {
            bytes += [UInt8(ascii: "\\"), UInt8(ascii: "N")]
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            default: bytes.append(byte)
            }
        }
    }

    /// A double as its shortest round-trip text, which PostgreSQL's float8 reads back exactly.
    mutating func field(_ number: Double?) {
        field(number.map { "\($0)" })
    }

    mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
        atRowStart = true
    }

    private var atRowStart = true

    private mutating func separate() {
        if !atRowStart { bytes.append(UInt8(ascii: "\t")) }
        atRowStart = false
    }
}
