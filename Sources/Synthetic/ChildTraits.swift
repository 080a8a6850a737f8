import Dates

/// One child's circumstances, drawn once, so that the start and end outcome rows of the child's
/// interventions agree with each other.
struct ChildTraits {
    let number: Int
    let born: LocalDate
    let send: Bool
    let mentalHealth: Bool
    let substanceMisuse: Bool
    let earlyHelp: Bool
    let inNeed: Bool
    let protection: Bool
    let lookedAfter: Bool
    /// The chance of suitable education, training or employment at the start of an intervention.
    let ete: Double
    /// The 16th birthday; for a child born on 29 February, 1 March of a common year.
    private let sixteenth: LocalDate

    init(number: Int, born: LocalDate, random: inout RandomSource) {
        self.number = number
        self.born = born
        send = random.chance(0.22)
        mentalHealth = random.chance(0.32)
        substanceMisuse = random.chance(0.24)
        earlyHelp = random.chance(0.1)
        inNeed = random.chance(0.14)
        protection = random.chance(0.06)
        lookedAfter = random.chance(0.09)
        ete = random.uniform(0.45, 0.9)
        let birthday = born.adding(months: 16 * 12)
        sixteenth = birthday.day < born.day ? birthday.adding(days: 1) : birthday
    }

    /// Whether the child is under 16 on `date` (whole years, as PostgreSQL's `age()`).
    func isSchoolAge(on date: LocalDate) -> Bool {
        date < sixteenth
    }
}
