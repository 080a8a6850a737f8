import CCrypto
import Foundation

/// SHA-256 digests of bearer tokens, and their comparison in constant time.
///
/// Tokens are long random strings, so one unsalted SHA-256 is enough to keep a stolen config from
/// revealing them; a slow password hash would only slow every request down.
public struct TokenDigest: Sendable, Hashable {
    public let bytes: [UInt8]

    /// The digest of `token`'s UTF-8 bytes.
    public init(of token: some StringProtocol) {
        var input = Array(token.utf8)
        var output = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        input.withUnsafeMutableBufferPointer { data in
            output.withUnsafeMutableBufferPointer { digest in
                _ = SHA256(data.baseAddress, data.count, digest.baseAddress)
            }
        }
        bytes = output
    }

    /// A digest written as 64 hexadecimal digits (either case); nil for anything else.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 2 * Int(SHA256_DIGEST_LENGTH) else { return nil }
        var parsed: [UInt8] = []
        parsed.reserveCapacity(digits.count / 2)
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else { return nil }
            parsed.append(high << 4 | low)
        }
        bytes = parsed
    }

    public var hex: String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// True when both digests are equal, in a time that does not depend on where they differ.
    public func matches(_ other: TokenDigest) -> Bool {
        bytes.withUnsafeBytes { mine in other.bytes.withUnsafeBytes { theirs in Self.equal(mine, theirs) } }
    }

    /// True when `a` and `b` have the same bytes, in a time that depends on their lengths only.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { mine in b.withUTF8 { theirs in Self.equal(UnsafeRawBufferPointer(mine), .init(theirs)) } }
    }

    /// Equal lengths and bytes, the bytes compared in a time that does not depend on where they differ.
    private static func equal(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        a.count == b.count && CRYPTO_memcmp(a.baseAddress, b.baseAddress, a.count) == 0
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
