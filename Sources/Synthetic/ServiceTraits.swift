import Dates

/// The character of one service: how timely, how loaded and how well audited it is, and how that
/// changes over the history, so that services differ and indicator series have trends and shifts.
struct ServiceTraits {
    /// The share of late milestones and reports in the middle of the history.
    let lateBase: Double
    /// The change of that share from the start to the end of the history (negative: improving).
    let lateSlope: Double
    /// A step change of the late share from `stepDay` on (a new manager, a staffing crisis).
    let stepDay: Int
    let stepDelta: Double
    /// Open interventions per full-time case holder that the staffing aims at.
    let caseloadTarget: Double
    /// The share of audits rated good or better in the middle of the history, and its change.
    let auditGood: Double
    let auditSlope: Double
    /// Added to the share of satisfied feedback and of senior attendance at board meetings.
    let satisfactionShift: Double
    let attendanceShift: Double
    /// The chance that a child's next offence comes soon (within about a year) after the last.
    let quickReoffending: Double
    /// Population aged 10–17 per child of the data set, and its yearly growth.
    let populationPerChild: Double
    let populationGrowth: Double
    /// Days between the latest extract and `asOf`: 0 or 1 for most, 10–40 for a stale service.
    let extractLag: Int

    private let middle: Int
    private let span: Double

    init(random: inout RandomSource, historyStart: LocalDate, asOf: LocalDate, stale: Bool) {
        lateBase = random.uniform(0.08, 0.26)
        lateSlope = random.uniform(-0.14, 0.1)
        stepDay = historyStart.daysSinceEpoch + random.below(Swift.max(1, historyStart.days(to: asOf)))
        stepDelta = random.chance(0.35) ? random.uniform(-0.08, 0.08) : 0
        caseloadTarget = random.uniform(6.5, 10.5)
        auditGood = random.uniform(0.45, 0.72)
        auditSlope = random.uniform(-0.1, 0.15)
        satisfactionShift = random.uniform(-0.08, 0.06)
        attendanceShift = random.uniform(-0.12, 0.05)
        quickReoffending = random.uniform(0.36, 0.52)
        populationPerChild = random.uniform(11.5, 16.5)
        populationGrowth = random.uniform(-0.004, 0.014)
        extractLag = stale ? random.int(10...40) : (random.chance(0.75) ? 0 : 1)
        middle = (historyStart.daysSinceEpoch + asOf.daysSinceEpoch) / 2
        span = Double(Swift.max(1, historyStart.days(to: asOf)))
    }

    /// The chance that a deadline that falls due on `date` is missed.
    func lateShare(_ date: LocalDate) -> Double {
        let day = date.daysSinceEpoch
        var share = lateBase + lateSlope * Double(day - middle) / span
        if day >= stepDay { share += stepDelta }
        return Swift.min(0.5, Swift.max(0.03, share))
    }

    /// The chance that an audit on `date` is rated good or outstanding.
    func goodAudit(_ date: LocalDate) -> Double {
        let share = auditGood + auditSlope * Double(date.daysSinceEpoch - middle) / span
        return Swift.min(0.9, Swift.max(0.2, share))
    }
}
