extension Duration {
    /// The units of the config syntax, largest first, as the syntax requires them in that order.
    private static let configUnits: [(symbol: String, milliseconds: Int64)] = [
        ("d", 86_400_000), ("h", 3_600_000), ("m", 60_000), ("s", 1000), ("ms", 1),
    ]

    /// Parses `250ms`, `30s`, `5m`, `1h`, `2d` and combinations from the largest unit down, such as `1h30m`.
    ///
    /// Nil for anything else, including a bare number (its unit would be a guess), a sign, spaces, and a
    /// unit given twice or out of order (`30m1h` is more likely a mistake than a meaning).
    init?(configSyntax text: String) {
        var milliseconds: Int64 = 0
        var rest = Substring(text)
        var nextUnit = 0
        guard !rest.isEmpty else {
            return nil
        }
        while !rest.isEmpty {
            let digits = rest.prefix { ("0"..."9").contains($0) }
            guard !digits.isEmpty, let number = Int64(digits) else {
                return nil
            }
            rest = rest.dropFirst(digits.count)
            // "ms" before "m", or "5ms" would read as five minutes and a stray "s".
            let unitIndex = Self.configUnits.indices.last { rest.hasPrefix(Self.configUnits[$0].symbol) }
            guard let unitIndex, unitIndex >= nextUnit else {
                return nil
            }
            let unit = Self.configUnits[unitIndex]
            rest = rest.dropFirst(unit.symbol.count)
            let (part, overflowInPart) = number.multipliedReportingOverflow(by: unit.milliseconds)
            let (sum, overflowInSum) = milliseconds.addingReportingOverflow(part)
            guard !overflowInPart, !overflowInSum else {
                return nil
            }
            milliseconds = sum
            nextUnit = unitIndex + 1
        }
        self = .milliseconds(milliseconds)
    }

    /// This duration in the config syntax, largest units first: `1h30m`, `250ms`, `0s`. Sub-millisecond parts
    /// are dropped, as the syntax cannot express them.
    var configSyntax: String {
        let (seconds, attoseconds) = components
        var rest = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        guard rest > 0 else {
            return rest == 0 ? "0s" : "-" + (.zero - self).configSyntax
        }
        var text = ""
        for unit in Self.configUnits where rest >= unit.milliseconds {
            text += "\(rest / unit.milliseconds)\(unit.symbol)"
            rest %= unit.milliseconds
        }
        return text
    }
}
