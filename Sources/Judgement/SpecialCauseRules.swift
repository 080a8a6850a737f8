/// The four special-cause rules, applied to one segment of a series that has limits.
enum SpecialCauseRules {
    /// For each point, the signals it takes part in, in rule order (the order they are tested in),
    /// without repeats.
    static func signals(
        values: [Double], limits: [ProcessLimits], direction: Direction, runLength: Int
    ) -> [[Signal]] {
        var found = Array(repeating: [Signal](), count: values.count)
        func mark(_ index: Int, _ rule: SpecialCause, upward: Bool) {
            let signal = Signal(rule, variation(upward: upward, direction: direction))
            if !found[index].contains(signal) { found[index].append(signal) }
        }
        for (index, value) in values.enumerated() {
            if value > limits[index].upper { mark(index, .astronomical, upward: true) }
            if value < limits[index].lower { mark(index, .astronomical, upward: false) }
        }
        let sides = values.indices.map { index in side(values[index], of: limits[index].centre) }
        for run in runs(sides) where run.value != 0 && run.range.count >= runLength {
            for index in run.range { mark(index, .shift, upward: run.value > 0) }
        }
        let steps = values.indices.dropFirst().map { side(values[$0], of: values[$0 - 1]) }
        for run in runs(steps) where run.value != 0 && run.range.count + 1 >= runLength {
            // Step i joins point i and point i + 1, so a run of steps covers one more point.
            for index in run.range.lowerBound...run.range.upperBound { mark(index, .trend, upward: run.value > 0) }
        }
        for start in 0..<max(0, values.count - 2) {
            let window = start...(start + 2)
            for upward in [true, false] {
                let onSide = window.allSatisfy { sides[$0] == (upward ? 1 : -1) }
                let beyond = window.filter { index in
                    upward ? values[index] > limits[index].upperWarning : values[index] < limits[index].lowerWarning
                }
                if onSide, beyond.count >= 2 {
                    for index in beyond { mark(index, .twoOfThree, upward: upward) }
                }
            }
        }
        return found
    }

    /// 1 above, −1 below, 0 on the reference.
    static func side(_ value: Double, of reference: Double) -> Int {
        value > reference ? 1 : (value < reference ? -1 : 0)
    }

    /// Maximal runs of equal values.
    static func runs(_ values: [Int]) -> [(value: Int, range: Range<Int>)] {
        var result: [(value: Int, range: Range<Int>)] = []
        var start = 0
        for index in values.indices where index == values.count - 1 || values[index + 1] != values[index] {
            result.append((values[index], start..<(index + 1)))
            start = index + 1
        }
        return result
    }

    static func variation(upward: Bool, direction: Direction) -> Variation? {
        switch direction {
        case .higher: upward ? .improvement : .concern
        case .lower: upward ? .concern : .improvement
        case .neutral: nil
        }
    }
}
