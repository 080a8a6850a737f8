extension SourcePosition {
    /// The index in `scalars` of this line and column, counted as libyaml counts them: a line ends at
    /// LF, CR, CR LF, NEL, LS or PS, and columns count Unicode scalars.
    func index(in scalars: [Unicode.Scalar]) -> Int? {
        guard line >= 1, column >= 1 else {
            return nil
        }
        var currentLine = 1
        var index = 0
        while currentLine < line {
            guard index < scalars.count else {
                return nil
            }
            let scalar = scalars[index]
            index += 1
            if scalar == "\r", index < scalars.count, scalars[index] == "\n" {
                index += 1
            }
            if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
                currentLine += 1
            }
        }
        let target = index + column - 1
        guard target < scalars.count else {
            return nil
        }
        return target
    }
}
