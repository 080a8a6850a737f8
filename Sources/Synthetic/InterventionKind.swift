/// `interventions.kind`, with the mix, order and lengths the generator gives each kind.
enum InterventionKind: Int, CaseIterable {
    case prevention
    case communityResolution
    case youthCaution
    case youthConditionalCaution
    case bailSupervision
    case remand
    case referralOrder
    case youthRehabilitationOrder
    case detentionTrainingOrder
    case otherCustody

    var text: StaticString {
        switch self {
        case .prevention: "prevention"
        case .communityResolution: "community_resolution"
        case .youthCaution: "youth_caution"
        case .youthConditionalCaution: "youth_conditional_caution"
        case .bailSupervision: "bail_supervision"
        case .remand: "remand"
        case .referralOrder: "referral_order"
        case .youthRehabilitationOrder: "youth_rehabilitation_order"
        case .detentionTrainingOrder: "detention_training_order"
        case .otherCustody: "other_custody"
        }
    }

    /// Per mille of all interventions, roughly England and Wales: out of court 45%, referral
    /// orders 20%, YROs 12%, custody 3%, prevention 12%, bail and remand 8%.
    private var share: Int {
        switch self {
        case .prevention: 120
        case .communityResolution: 190
        case .youthCaution: 130
        case .youthConditionalCaution: 130
        case .bailSupervision: 60
        case .remand: 20
        case .referralOrder: 200
        case .youthRehabilitationOrder: 120
        case .detentionTrainingOrder: 25
        case .otherCustody: 5
        }
    }

    private static let cumulative: [Int] = {
        var total = 0
        return allCases.map { kind in
            total += kind.share
            return total
        }
    }()

    static func draw(_ random: inout RandomSource) -> InterventionKind {
        InterventionKind(rawValue: random.pick(cumulative: cumulative)) ?? .prevention
    }

    var isOutOfCourt: Bool { self == .communityResolution || self == .youthCaution || self == .youthConditionalCaution }
    var isBailOrRemand: Bool { self == .bailSupervision || self == .remand }
    var isCustody: Bool { self == .detentionTrainingOrder || self == .otherCustody }
    /// A sentence of a court: it follows a conviction.
    var isSentence: Bool { rawValue >= InterventionKind.referralOrder.rawValue }
    /// Kinds whose case is reviewed about every three months.
    var isReviewed: Bool {
        self == .referralOrder || self == .youthRehabilitationOrder || self == .detentionTrainingOrder
    }

    /// The usual place of the kind in a child's escalating history (cases rise with offending).
    var rank: Double { Double(rawValue) }

    /// Planned length in months for orders, or nil for kinds measured in days.
    func plannedMonths(_ random: inout RandomSource) -> Int? {
        switch self {
        case .referralOrder: Self.pick(Self.referralMonths, &random)
        case .youthRehabilitationOrder: Self.pick(Self.rehabilitationMonths, &random)
        case .detentionTrainingOrder: Self.pick(Self.detentionMonths, &random)
        case .otherCustody: Self.pick(Self.custodyMonths, &random)
        default: nil
        }
    }

    private static let referralMonths = [3, 3, 4, 6, 6, 6, 9, 9, 12]
    private static let rehabilitationMonths = [6, 6, 9, 12, 12, 12, 18, 18, 24, 36]
    // The terms a court may give for a detention and training order.
    private static let detentionMonths = [4, 4, 6, 6, 8, 10, 12, 18, 24]
    private static let custodyMonths = [12, 18, 24, 36, 48]

    private static func pick(_ months: [Int], _ random: inout RandomSource) -> Int {
        months[random.below(months.count)]
    }

    /// Planned length in days for kinds not measured in months.
    func plannedDays(_ random: inout RandomSource) -> Int {
        switch self {
        case .prevention: random.int(30...180)
        case .communityResolution: random.int(14...56)
        case .youthCaution: random.int(21...84)
        case .youthConditionalCaution: random.int(28...91)
        case .bailSupervision: random.int(14...120)
        case .remand: random.int(7...90)
        default: random.int(90...365)
        }
    }
}
