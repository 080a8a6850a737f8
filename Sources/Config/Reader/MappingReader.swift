import Yams

/// A YAML mapping that is read by asking for its keys; keys nobody asked for are unknown and reported.
///
/// A class because it remembers which keys were asked for while sections pass it around. See
/// `MappingReader+Values.swift` for the methods a section uses.
final class MappingReader {
    let keyPath: ConfigKeyPath
    let context: ReadContext
    /// Where missing keys are reported.
    let anchor: SourcePosition
    fileprivate var entries: [Entry] = []
    private var entryIndexByName: [String: Int] = [:]
    private var askedKeys: [String] = []

    fileprivate struct Entry {
        let name: String
        let keyPosition: SourcePosition
        let value: Node
    }

    /// `mapping` nil reads as an empty mapping. Keys that are not scalars, and keys given twice, are reported
    /// here; only the first of duplicate keys is read.
    init(mapping: Node.Mapping?, keyPath: ConfigKeyPath, anchor: SourcePosition, context: ReadContext) {
        self.keyPath = keyPath
        self.context = context
        self.anchor = anchor
        for (key, value) in mapping ?? [:] {
            let position = SourcePosition(key.mark)
            guard case .scalar(let scalar) = key else {
                context.report("expected a key name, got \(key.foundDescription)", at: position, keyPath: keyPath)
                continue
            }
            let name = context.originalKeyName(at: position) ?? scalar.string
            if let first = entryIndexByName[name] {
                let earlier = entries[first].keyPosition
                context.report(
                    "duplicate key (already given at line \(earlier.line), column \(earlier.column))",
                    at: position,
                    keyPath: keyPath.appending(key: name)
                )
                continue
            }
            entryIndexByName[name] = entries.count
            entries.append(Entry(name: name, keyPosition: position, value: value))
        }
    }

    /// The node under `key`, or nil when the key is absent; either way `key` is now a known key.
    func node(_ key: String) -> NodeReader? {
        if !askedKeys.contains(key) {
            askedKeys.append(key)
        }
        guard let index = entryIndexByName[key] else {
            return nil
        }
        let entry = entries[index]
        return NodeReader(
            node: entry.value,
            keyPath: keyPath.appending(key: key),
            anchor: entry.keyPosition,
            context: context
        )
    }

    /// Reports `key` as required and absent, saying what it should hold.
    func reportMissing(_ key: String, expected: String) {
        context.report(
            "required key is missing (expected \(expected))", at: anchor, keyPath: keyPath.appending(key: key))
    }

    /// Reports every key that was never asked for, with the closest known key when one is near enough to be
    /// a typo. Called once the section has asked for everything it knows.
    func reportUnknownKeys() {
        for entry in entries where !askedKeys.contains(entry.name) {
            var message = "unknown key"
            if let suggestion = KeySuggestion.closest(to: entry.name, among: askedKeys) {
                message += " (did you mean '\(suggestion)'?)"
            }
            context.report(message, at: entry.keyPosition, keyPath: keyPath.appending(key: entry.name))
        }
    }
}

extension MappingReader {
    /// Reads every entry of a mapping whose keys are names the operator chooses (indicator ids),
    /// in file order; each key counts as known.
    func entries<Value>(_ body: (String, NodeReader) -> Value?) -> [(String, Value)] {
        entries.compactMap { entry in
            guard let reader = node(entry.name) else { return nil }
            return body(entry.name, reader).map { (entry.name, $0) }
        }
    }
}
