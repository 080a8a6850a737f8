/// Finds the known name an unknown one was probably meant to be, for "did you mean" hints.
enum KeySuggestion {
    /// The candidate with the smallest edit distance to `name`, ignoring case, if that distance is small for
    /// the length of `name`: a typo, not a different word. Ties go to the earlier candidate.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        let allowed = max(1, min(3, target.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if distance <= allowed, distance < best?.distance ?? Int.max {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit ("optimal string alignment"),
    /// since swapped letters are the most common typo.
    static func editDistance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar]) -> Int {
        if lhs.isEmpty || rhs.isEmpty {
            return max(lhs.count, rhs.count)
        }
        var previousRow: [Int] = []
        var row = Array(0...rhs.count)
        for i in 1...lhs.count {
            let rowBefore = previousRow
            previousRow = row
            row = [i] + Array(repeating: 0, count: rhs.count)
            for j in 1...rhs.count {
                let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
                row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
                    row[j] = min(row[j], rowBefore[j - 2] + 1)
                }
            }
        }
        return row[rhs.count]
    }
}
