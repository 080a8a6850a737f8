/// Rewrites one mapping key in YAML text without moving anything else, for `DocumentComposer`.
enum KeyRenaming {
    /// `text` with the key `key` that starts at `position` replaced by `placeholder` repeated once per Unicode
    /// scalar of `key`, so every later column on the line stays where it was. Handles plain and quoted keys
    /// written as they read; nil for anything else (escapes, multi-line or empty keys), which the caller
    /// reports the plain way.
    static func rename(_ key: String, at position: SourcePosition, in text: String, to placeholder: Unicode.Scalar)
        -> String?
    {
        let scalars = Array(text.unicodeScalars)
        let keyScalars = Array(key.unicodeScalars)
        guard !keyScalars.isEmpty, let start = position.index(in: scalars) else {
            return nil
        }
        var keyStart = start
        if let quote = scalars[start...].first, quote == "\"" || quote == "'" {
            let close = start + 1 + keyScalars.count
            guard close < scalars.count, scalars[close] == quote else {
                return nil
            }
            keyStart = start + 1
        }
        let keyEnd = keyStart + keyScalars.count
        guard keyEnd <= scalars.count, Array(scalars[keyStart..<keyEnd]) == keyScalars else {
            return nil
        }
        var renamed = scalars
        renamed.replaceSubrange(keyStart..<keyEnd, with: repeatElement(placeholder, count: keyScalars.count))
        return String(String.UnicodeScalarView(renamed))
    }
}
