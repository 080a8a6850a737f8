/// `offences.category`, with its share of offences and its usual gravity scores.
enum OffenceCategory: Int, CaseIterable {
    case violence, robbery, drugs, theft, criminalDamage, publicOrder, sexual, motoring, other

    var text: StaticString {
        switch self {
        case .violence: "violence_against_the_person"
        case .robbery: "robbery"
        case .drugs: "drugs"
        case .theft: "theft"
        case .criminalDamage: "criminal_damage"
        case .publicOrder: "public_order"
        case .sexual: "sexual"
        case .motoring: "motoring"
        case .other: "other"
        }
    }

    private var share: Int {
        switch self {
        case .violence: 280
        case .robbery: 50
        case .drugs: 120
        case .theft: 180
        case .criminalDamage: 100
        case .publicOrder: 90
        case .sexual: 30
        case .motoring: 90
        case .other: 60
        }
    }

    /// The YJB gravity scores usual for the category, before the seriousness of the disposal.
    private var gravity: ClosedRange<Int> {
        switch self {
        case .violence: 2...5
        case .robbery: 5...7
        case .drugs: 2...5
        case .theft: 1...3
        case .criminalDamage: 2...3
        case .publicOrder: 2...3
        case .sexual: 4...7
        case .motoring: 1...4
        case .other: 1...3
        }
    }

    /// Whether an offence of the category usually has a person harmed.
    var hasVictim: Bool {
        switch self {
        case .violence, .robbery, .theft, .criminalDamage, .sexual: true
        default: false
        }
    }

    private static let cumulative: [Int] = {
        var total = 0
        return allCases.map { category in
            total += category.share
            return total
        }
    }()

    static func draw(_ random: inout RandomSource) -> OffenceCategory {
        OffenceCategory(rawValue: random.pick(cumulative: cumulative)) ?? .other
    }

    /// A gravity score 1–8, skewed low, raised for offences that reach court or custody.
    func drawGravity(seriousness: Int, _ random: inout RandomSource) -> Int {
        let low = random.int(gravity)
        let score = Swift.min(low, random.int(gravity)) + seriousness
        return Swift.min(8, Swift.max(1, score))
    }
}
