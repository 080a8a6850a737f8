/// Reads PostgreSQL COPY text back into rows of fields, as `COPY FROM` would.
enum CopyText {
    /// A malformed escape or an empty row: COPY would reject or misread the text.
    struct Malformed: Error, Equatable {
        let row: Int
    }

    /// Rows of fields; `\N` is nil, and the escapes `\\`, `\t`, `\n`, `\r` are decoded.
    static func parse(_ bytes: [UInt8]) throws(Malformed) -> [[String?]] {
        var rows: [[String?]] = []
        var fields: [String?] = []
        var field: [UInt8] = []
        var isNull = false
        var index = 0
        func finishField() {
            fields.append(isNull ? nil : String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            isNull = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 9:
                finishField()
            case 10:
                finishField()
                rows.append(fields)
                fields.removeAll(keepingCapacity: true)
            case 92:
                guard index + 1 < bytes.count else { throw Malformed(row: rows.count) }
                index += 1
                switch bytes[index] {
                case 78:
                    // `\N` must be the whole field.
                    let next = index + 1 < bytes.count ? bytes[index + 1] : 10
                    guard field.isEmpty, !isNull, next == 9 || next == 10 else { throw Malformed(row: rows.count) }
                    isNull = true
                case 92: field.append(92)
                case 116: field.append(9)
                case 110: field.append(10)
                case 114: field.append(13)
                default: throw Malformed(row: rows.count)
                }
            case 13:
                throw Malformed(row: rows.count)
            default:
                guard !isNull else { throw Malformed(row: rows.count) }
                field.append(byte)
            }
            index += 1
        }
        guard fields.isEmpty, field.isEmpty else { throw Malformed(row: rows.count) }
        return rows
    }
}
