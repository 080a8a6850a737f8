import API
import Config

/// Turns the config's `api.tokens` into the API's token book.
enum TokenSetup {
    struct BadToken: Error, CustomStringConvertible {
        var description: String
    }

    static func book(_ section: ApiConfig) throws -> TokenBook {
        TokenBook(
            try section.tokens.map { token in
                guard let digest = TokenDigest(hex: token.sha256), let role = Role(rawValue: token.role.rawValue) else {
                    throw BadToken(description: "api.tokens: token '\(token.name)' has a bad digest or role")
                }
                return APIToken(name: token.name, digest: digest, role: role, services: token.services.map(Set.init))
            })
    }
}
