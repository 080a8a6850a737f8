/// Which deliberately invalid records one service gets, and where.
///
/// Each defect has a number of plantings for the service, spread evenly along its clock (the
/// children, or the rows of a service-level table). When the clock passes a planting, the defect
/// is armed; the next row that can carry it takes it (`take`). Counts follow the defect's rate, with
/// low-discrepancy rounding so that small services share the fractions fairly; a service that is
/// not tiny gets every primary defect at least once, and defect `d` is planted at least once in
/// service `d % services`, so every sub-case exists in any data set that is not tiny.
struct DefectBook {
    private struct Event {
        let position: Int
        let defect: Defect
    }

    private var events: [[Event]]
    private var cursors: [Int]
    private var pending: [Int]
    private var armed: UInt64 = 0
    private(set) var planted: [Int]

    init(service: Int, services: Int, seed: UInt64, tiny: Bool, clockLengths: [Int], rows: [ContractTable: Int]) {
        events = Array(repeating: [], count: DefectClock.allCases.count)
        cursors = Array(repeating: 0, count: DefectClock.allCases.count)
        pending = Array(repeating: 0, count: Defect.allCases.count)
        planted = pending
        let seedPhase = Double(seed % 1_000) / 1_000
        for defect in Defect.allCases {
            let expected = Double(rows[defect.table] ?? 0) * defect.rate
            let phase = DefectBook.fraction(
                Double(service) * 0.618_033_988_749_895 + Double(defect.rawValue) * 0.754_877_666_246_693 + seedPhase)
            var count = Int(expected + phase)
            if !tiny && (defect.isPrimary || service == defect.rawValue % services) {
                count = Swift.max(count, 1)
            }
            let length = clockLengths[defect.clock.rawValue]
            guard count > 0, length > 0 else { continue }
            // Plant within the first 85% of the clock so a row that can carry the defect still follows.
            let span = Double(length) * 0.85
            let offset = DefectBook.fraction(phase * 7.0 + 0.5)
            for k in 0..<count {
                let position = Int((Double(k) + offset) / Double(count) * span)
                events[defect.clock.rawValue].append(Event(position: position, defect: defect))
            }
        }
        for clock in events.indices {
            events[clock].sort { $0.position < $1.position }
        }
    }

    /// The fractional part of a non-negative value (`rounded` would need libm, which is not linked).
    private static func fraction(_ value: Double) -> Double {
        value - Double(Int(value))
    }

    /// Arms the defects planted on `clock` up to `position`.
    mutating func advance(_ clock: DefectClock, to position: Int) {
        let c = clock.rawValue
        while cursors[c] < events[c].count && events[c][cursors[c]].position <= position {
            let defect = events[c][cursors[c]].defect
            pending[defect.rawValue] += 1
            armed |= 1 << UInt64(defect.rawValue)
            cursors[c] += 1
        }
    }

    /// Whether any defect is armed (a fast path: most rows carry none).
    var isArmed: Bool { armed != 0 }

    /// Takes an armed `defect` for the current row; false when it is not armed.
    mutating func take(_ defect: Defect) -> Bool {
        let bit: UInt64 = 1 << UInt64(defect.rawValue)
        guard armed & bit != 0 else { return false }
        pending[defect.rawValue] -= 1
        if pending[defect.rawValue] == 0 { armed &= ~bit }
        planted[defect.rawValue] += 1
        return true
    }

    /// The plantings made so far, by defect.
    var plantedByDefect: [Defect: Int] {
        var result: [Defect: Int] = [:]
        for defect in Defect.allCases where planted[defect.rawValue] > 0 {
            result[defect] = planted[defect.rawValue]
        }
        return result
    }
}
