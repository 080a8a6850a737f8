import Foundation

/// JSON as the API writes it: keys sorted, so equal content gives equal bytes (and ETags).
enum JSONBody {
    static func render(_ value: some Encodable) throws -> Rendered {
        Rendered(bytes: Array(try encoder.encode(value)), contentType: MediaTypes.json)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return encoder
    }()
}
