import Foundation

/// A parsed JSON document, for reading response bodies key by key and comparing them with
/// literals: `body["latest"]["numerator"] == "[c]"`. A missing key or index reads as `.absent`,
/// so a test can tell an omitted key from a null one.
enum JSONValue: Equatable, Sendable, CustomStringConvertible, Decodable {
    case absent
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses `bytes`; `.absent` when they are not JSON.
    init(bytes: [UInt8]) {
        self = (try? JSONDecoder().decode(JSONValue.self, from: Data(bytes))) ?? .absent
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    subscript(key: String) -> JSONValue {
        guard case .object(let fields) = self else { return .absent }
        return fields[key] ?? .absent
    }

    subscript(index: Int) -> JSONValue {
        guard case .array(let items) = self, items.indices.contains(index) else { return .absent }
        return items[index]
    }

    var array: [JSONValue] {
        guard case .array(let items) = self else { return [] }
        return items
    }

    var keys: Set<String> {
        guard case .object(let fields) = self else { return [] }
        return Set(fields.keys)
    }

    var string: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    var number: Double? {
        guard case .number(let number) = self else { return nil }
        return number
    }

    var int: Int? {
        number.flatMap { Int(exactly: $0) }
    }

    var isAbsent: Bool { self == .absent }

    /// The first element of an array whose `key` is `value`.
    func first(where key: String, is value: JSONValue) -> JSONValue {
        array.first { $0[key] == value } ?? .absent
    }

    var description: String {
        switch self {
        case .absent: return "(absent)"
        case .null: return "null"
        case .bool(let value): return String(value)
        case .number(let value): return String(value)
        case .string(let text): return "\"\(text)\""
        case .array(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .object(let fields):
            return "{"
                + fields.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }
                .joined(separator: ", ") + "}"
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .number(Double(value)) }
    init(floatLiteral value: Double) { self = .number(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(nilLiteral: ()) { self = .null }

    init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
