/// How many consecutive cycles a condition must hold before it fires, and be clear before it resolves.
public struct AlertPolicy: Sendable, Equatable {
    public var fireAfter: Int
    public var resolveAfter: Int

    public init(fireAfter: Int = 2, resolveAfter: Int = 2) {
        precondition(fireAfter >= 1 && resolveAfter >= 1, "alerts need at least one cycle to fire and to resolve")
        self.fireAfter = fireAfter
        self.resolveAfter = resolveAfter
    }
}
