extension MappingReader {
    /// The value under `key`, or nil when the key is absent or its value is reported as wrong.
    func optional<Value>(_ key: String, _ type: ValueType<Value>) -> Value? {
        node(key)?.value(type)
    }

    /// The value under `key`; an absent key is reported as missing. Nil when anything was reported.
    func required<Value>(_ key: String, _ type: ValueType<Value>) -> Value? {
        guard let node = node(key) else {
            reportMissing(key, expected: type.expected)
            return nil
        }
        return node.value(type)
    }

    /// The value under `key`, or `default` when the key is absent. A wrong value is reported, and `default`
    /// stands in for it only so that reading can go on: the load fails anyway.
    func value<Value>(_ key: String, _ type: ValueType<Value>, default: Value) -> Value {
        guard let node = node(key) else {
            return `default`
        }
        return node.value(type) ?? `default`
    }

    /// The nested mapping under `key`, read by `body`. An absent key reads as an empty mapping, so a section
    /// whose keys all have defaults can be left out, and a section with required keys reports them as missing.
    func mapping<Section>(_ key: String, _ body: (MappingReader) -> Section?) -> Section? {
        if let node = node(key) {
            return node.mapping(body)
        }
        let empty = MappingReader(mapping: nil, keyPath: keyPath.appending(key: key), anchor: anchor, context: context)
        return body(empty)
    }

    /// The nested mapping under `key`, read by `body`, for a section that is off when left out: `.some(nil)` when
    /// the key is absent or has no value (every key commented out); nil when it is wrong (already reported).
    func optionalMapping<Section>(_ key: String, _ body: (MappingReader) -> Section?) -> Section?? {
        guard let node = node(key), !node.node.isNull else {
            return .some(nil)
        }
        return node.mapping(body).map { .some($0) }
    }

    /// The list under `key`, each element read by `element`; absent is an empty list.
    func sequence<Element>(_ key: String, _ element: (NodeReader) -> Element?) -> [Element] {
        node(key)?.sequence(element) ?? []
    }

    /// The list of values under `key`; absent is an empty list.
    func sequence<Element>(_ key: String, of type: ValueType<Element>) -> [Element] {
        sequence(key) { $0.value(type) }
    }
}
