extension ApiConfig {
    /// Reads section `api`; every key has a default. Token names must be unique, and so must digests, since
    /// one token cannot have two roles.
    init?(reading section: MappingReader) {
        let listen = section.value("listen", .listenAddress, default: Self.defaultListen)
        let port = section.value("port", .int(in: Self.portRange), default: Self.defaultPort)
        let maxBodyBytes = section.value(
            "max_body_bytes", .int(in: Self.maxBodyBytesRange), default: Self.defaultMaxBodyBytes)
        let entries = section.sequence("tokens") { node in node.mapping(TokenEntry.init(reading:)) }
        Self.reportRepeats(in: entries)
        self.init(listen: listen, port: port, maxBodyBytes: maxBodyBytes, tokens: entries.compactMap(\.token))
    }

    /// Reports a second token with the name of an earlier one, and a second token with its digest, at the
    /// second; tokens that did not read in full still count, so one problem does not hide another.
    private static func reportRepeats(in entries: [TokenEntry]) {
        var firstByName: [String: NodeReader] = [:]
        var firstByDigest: [String: (name: String?, node: NodeReader)] = [:]
        for entry in entries {
            if let name = entry.name {
                if let first = firstByName[name.value] {
                    name.node.context.report(
                        "duplicate token name \(MessageText.quoted(name.value)) (already given at line "
                            + "\(first.position.line), column \(first.position.column))",
                        at: name.node.position, keyPath: name.node.keyPath)
                } else {
                    firstByName[name.value] = name.node
                }
            }
            if let digest = entry.digest {
                if let first = firstByDigest[digest.value] {
                    let owner = first.name.map { "token \(MessageText.quoted($0))" } ?? "another token"
                    digest.node.context.report(
                        "the same digest as \(owner) at line \(first.node.position.line): give each client a token "
                            + "of its own",
                        at: digest.node.position, keyPath: digest.node.keyPath)
                } else {
                    firstByDigest[digest.value] = (entry.name?.value, digest.node)
                }
            }
        }
    }
}

/// One element of `api.tokens` as read: the token when every key read, and the name and digest that read
/// with their nodes, for the checks across the list.
private struct TokenEntry {
    let token: ApiTokenConfig?
    let name: (value: String, node: NodeReader)?
    let digest: (value: String, node: NodeReader)?

    init(reading section: MappingReader) {
        name = Self.required("name", .tokenName, in: section)
        digest = Self.required("sha256", .sha256Digest, in: section)
        let role = section.required("role", .enumeration(of: ApiRole.self))
        let services = Self.services(in: section)
        if let name, let digest, let role, let services {
            token = ApiTokenConfig(name: name.value, sha256: digest.value, role: role, services: services)
        } else {
            token = nil
        }
    }

    /// Like `MappingReader.required`, keeping the node to report at later.
    private static func required<Value>(
        _ key: String, _ type: ValueType<Value>, in section: MappingReader
    ) -> (value: Value, node: NodeReader)? {
        guard let node = section.node(key) else {
            section.reportMissing(key, expected: type.expected)
            return nil
        }
        return node.value(type).map { ($0, node) }
    }

    /// `.some(nil)` when `services` is absent (every service); nil when it is wrong (reported).
    private static func services(in section: MappingReader) -> [String]?? {
        guard let node = section.node("services") else {
            return .some(nil)
        }
        let expected = "a list of one or more service ids"
        let omit = "; omit services to allow every service"
        switch node.node {
        case .sequence(let list) where !list.isEmpty:
            let services = node.sequence { $0.value(.serviceID) }
            return services.count == list.count ? .some(services) : nil
        case .sequence:
            node.context.report(
                "expected \(expected), got an empty list" + omit, at: node.position, keyPath: node.keyPath)
        case _ where node.node.isNull:
            node.context.report("expected \(expected), got no value" + omit, at: node.position, keyPath: node.keyPath)
        default:
            node.context.report(
                "expected \(expected), got \(node.node.foundDescription)", at: node.position, keyPath: node.keyPath)
        }
        return nil
    }
}

extension ValueType where Value == String {
    /// Where the API listens: a host name or IP address, without spaces; whether it resolves is up to the
    /// daemon when it binds.
    fileprivate static var listenAddress: ValueType<String> {
        let expected = "a host name or IP address such as 127.0.0.1"
        return ValueType.string.checked { address in
            if address.isEmpty {
                return "expected \(expected), got an empty string"
            }
            if address.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }) {
                return "expected \(expected), got \(MessageText.quoted(address))"
            }
            return nil
        }
    }

    /// A token's name, as it appears in logs: 1 to 64 of A-Z, a-z, 0-9, `.`, `_` and `-`.
    fileprivate static var tokenName: ValueType<String> {
        let expected = "a token name: 1 to 64 of the characters A-Z, a-z, 0-9, '.', '_' and '-'"
        return ValueType(expected: expected) { node, context in
            ValueType.string.decode(node, in: context).mapError { _ in .mismatch(expected: expected, found: node) }
        }
        .checked { name in
            if name.isEmpty {
                return "expected \(expected), got an empty string"
            }
            if name.unicodeScalars.count > 64 {
                return "expected \(expected), got \(name.unicodeScalars.count) characters"
            }
            if !name.unicodeScalars.allSatisfy(isTokenNameCharacter) {
                return "expected \(expected), got \(MessageText.quoted(name))"
            }
            return nil
        }
    }

    private static func isTokenNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", ".", "_", "-": true
        default: false
        }
    }

    /// The SHA-256 digest of a token as 64 hexadecimal digits, read in either case and kept in lowercase. A
    /// wrong value is never quoted back: it may be the token itself, pasted in place of its digest.
    fileprivate static var sha256Digest: ValueType<String> {
        let expected = "a SHA-256 digest: 64 hexadecimal digits; make one with `yotqa token new`"
        let notShown = " (not shown, in case it is the token itself)"
        return ValueType(expected: expected) { node, _ in
            guard case .scalar(let scalar) = node, !node.isNull else {
                return .failure(.mismatch(expected: expected, found: node))
            }
            let text = scalar.string
            let count = text.unicodeScalars.count
            if count == 0 {
                return .failure(ValueProblem("expected \(expected), got an empty string"))
            }
            if count != 64 {
                return .failure(ValueProblem("expected \(expected), got \(count) characters" + notShown))
            }
            if !text.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }) {
                return .failure(
                    ValueProblem(
                        "expected \(expected), got 64 characters that are not all hexadecimal digits" + notShown))
            }
            return .success(text.lowercased())
        }
    }

    /// A service id in a token's `services`: any non-empty string.
    fileprivate static var serviceID: ValueType<String> {
        let expected = "a service id"
        return ValueType(expected: expected) { node, context in
            ValueType.string.decode(node, in: context).mapError { _ in .mismatch(expected: expected, found: node) }
        }
        .checked { id in id.isEmpty ? "expected \(expected), got an empty string" : nil }
    }
}
