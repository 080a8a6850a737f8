/// The configured tokens, and the lookup of a presented secret among them.
public struct TokenBook: Sendable {
    public let tokens: [APIToken]

    public init(_ tokens: [APIToken]) {
        self.tokens = tokens
    }

    /// The token whose digest matches `secret`'s. Every configured digest is compared, each in
    /// constant time, so how long this takes says nothing about which token, or which byte, differed.
    public func identify(_ secret: some StringProtocol) -> APIToken? {
        let digest = TokenDigest(of: secret)
        var found: APIToken?
        for token in tokens where token.digest.matches(digest) {
            found = token
        }
        return found
    }
}
