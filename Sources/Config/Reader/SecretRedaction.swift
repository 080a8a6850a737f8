/// Decides which strings must not be quoted back in a message, because messages end up in logs and tickets.
enum SecretRedaction {
    /// True for text that mentions a password, or is a URL with a password in it (`scheme://user:secret@host`).
    /// Deliberately broad: a value left out of a message costs little.
    static func mayHoldSecret(_ text: String) -> Bool {
        let lowercased = text.lowercased()
        if lowercased.contains("password") || lowercased.contains("passwd") {
            return true
        }
        return urlUserInfo(of: text)?.contains(":") ?? false
    }

    /// The `user:password` part of `scheme://user:password@host/…`, if any. As libpq does, an `@` counts only
    /// before the first `/` after the scheme.
    static func urlUserInfo(of text: String) -> Substring? {
        guard let scheme = text.firstRange(of: "://") else {
            return nil
        }
        let rest = text[scheme.upperBound...]
        guard let end = rest.firstIndex(where: { $0 == "@" || $0 == "/" }), rest[end] == "@" else {
            return nil
        }
        return rest[..<end]
    }
}
