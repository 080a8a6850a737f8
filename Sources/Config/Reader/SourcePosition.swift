import Yams

/// A 1-based line and column in the YAML text, usable as a dictionary key (Yams' `Mark` is not `Hashable`).
struct SourcePosition: Hashable, Comparable, Sendable {
    var line: Int
    var column: Int

    /// The start of the file, where problems of the document as a whole are reported.
    static let start = SourcePosition(line: 1, column: 1)

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Yams leaves `mark` nil only for nodes built in code, never for parsed ones; the start of the file
    /// is the least misleading place for those.
    init(_ mark: Mark?) {
        self.init(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
