/// What a token may do. Each role includes the ones before it: a viewer reads; a manager also
/// acknowledges, silences and sees drill-downs; an admin also triggers a cycle.
public enum Role: String, Sendable, CaseIterable, Comparable {
    case viewer, manager, admin

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
