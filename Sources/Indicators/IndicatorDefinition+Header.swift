public import Foundation
public import Judgement

/// A problem with an indicator file, naming the file and line.
public struct DefinitionError: Error, Sendable, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }
}

extension IndicatorDefinition {
    static let requiredKeys = ["id", "title", "direction", "period", "measure", "description"]
    static let optionalKeys = ["breakdown", "provisional_months", "small_numbers", "green", "red"]

    /// Reads an indicator file: its header of `-- key: value` lines, then the query.
    public static func parse(sql: String, file: URL) throws(DefinitionError) -> IndicatorDefinition {
        let name = file.lastPathComponent
        var values: [String: String] = [:]
        var lines: [String: Int] = [:]
        var notes: [String] = []
        // The header is the block of `-- key: value` lines at the top; the comment lines after it,
        // up to the query, are the notes (so a note may itself begin "numerator: …").
        var inHeader = true
        for (index, line) in sql.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("--") else { break }
            let body = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces)
            let colon = body.firstIndex(of: ":")
            let key = colon.map { String(body[..<$0]) } ?? ""
            guard inHeader, let colon, !key.isEmpty, key.allSatisfy({ $0.isLowercase || $0 == "_" }) else {
                inHeader = false
                notes.append(body)
                continue
            }
            guard requiredKeys.contains(key) || optionalKeys.contains(key) else {
                throw DefinitionError(file: name, line: index + 1, message: "unknown header key '\(key)'")
            }
            let value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            // A repeated key continues the value (a long description over several lines).
            values[key] = values[key].map { "\($0) \(value)" } ?? value
            lines[key] = lines[key] ?? index + 1
        }
        for key in requiredKeys where (values[key] ?? "").isEmpty {
            throw DefinitionError(file: name, line: 1, message: "the header has no '\(key):' line")
        }
        func choice<T: RawRepresentable & CaseIterable>(_ key: String, _: T.Type) throws(DefinitionError) -> T
        where T.RawValue == String {
            guard let value = T(rawValue: values[key]!) else {
                let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
                throw DefinitionError(
                    file: name, line: lines[key]!, message: "\(key) must be one of \(allowed), not '\(values[key]!)'")
            }
            return value
        }
        let id = values["id"]!
        guard "\(id).sql" == name else {
            throw DefinitionError(file: name, line: lines["id"]!, message: "id '\(id)' must match the file name")
        }
        var provisional: Int?
        if let text = values["provisional_months"] {
            guard let months = Int(text), months > 0 else {
                throw DefinitionError(
                    file: name, line: lines["provisional_months"]!,
                    message: "provisional_months must be a whole number above 0")
            }
            provisional = months
        }
        var exempt = false
        if let text = values["small_numbers"] {
            guard text == "exempt" else {
                throw DefinitionError(
                    file: name, line: lines["small_numbers"]!,
                    message: "small_numbers can only be 'exempt', not '\(text)'")
            }
            exempt = true
        }
        let direction: Direction = try choice("direction", Direction.self)
        let thresholds = try parseThresholds(values, lines: lines, direction: direction, file: name)
        return IndicatorDefinition(
            id: id, title: values["title"]!, direction: direction, thresholds: thresholds,
            period: try choice("period", Period.self), measure: try choice("measure", Measure.self),
            breakdown: values["breakdown"], description: values["description"]!, provisionalMonths: provisional,
            smallNumbersExempt: exempt,
            notes: notes.split(separator: "", omittingEmptySubsequences: true).map { $0.joined(separator: " ") }
                .joined(separator: "\n\n"),
            sql: sql, file: file)
    }

    /// The example RAG bounds of `green:` and `red:`, which come together or not at all.
    static func parseThresholds(
        _ values: [String: String], lines: [String: Int], direction: Direction, file: String
    ) throws(DefinitionError) -> Thresholds? {
        guard values["green"] != nil || values["red"] != nil else { return nil }
        var bounds: [Double] = []
        for key in ["green", "red"] {
            guard let text = values[key] else {
                let other = key == "green" ? "red" : "green"
                throw DefinitionError(
                    file: file, line: lines[other] ?? 1, message: "'\(other):' needs a '\(key):' line as well")
            }
            guard let number = Double(text), number.isFinite else {
                throw DefinitionError(
                    file: file, line: lines[key] ?? 1, message: "\(key) must be a number, not '\(text)'")
            }
            bounds.append(number)
        }
        let thresholds = Thresholds(green: bounds[0], red: bounds[1])
        if let problem = thresholds.problem(direction: direction) {
            throw DefinitionError(file: file, line: lines["green"] ?? 1, message: problem)
        }
        return thresholds
    }

    /// Every `*.sql` file of `directory`, ordered by id.
    public static func loadAll(from directory: URL) throws(DefinitionError) -> [IndicatorDefinition] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw DefinitionError(
                file: directory.path, line: 0, message: "cannot read the folder: \(error.localizedDescription)")
        }
        var definitions: [IndicatorDefinition] = []
        for name in names.sorted() where name.hasSuffix(".sql") {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw DefinitionError(file: name, line: 0, message: "cannot read the file")
            }
            definitions.append(try parse(sql: String(decoding: data, as: UTF8.self), file: url))
        }
        return definitions
    }
}
