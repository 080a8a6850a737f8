/// The size of one service in a data set: its share of the children and interventions.
struct ServicePlan: Sendable, Equatable {
    let children: Int
    let interventions: Int

    /// Splits the totals over `services` services of realistic, varied sizes (a log-normal-like
    /// spread: small unitary councils to large cities, about 1 to 25), each with at least one child.
    /// Every service's weight comes from its own stream, and the totals are met exactly.
    static func split(services: Int, children: Int, interventions: Int, seed: UInt64) -> [ServicePlan] {
        var weights: [Double] = []
        weights.reserveCapacity(services)
        for index in 0..<services {
            var random = RandomSource(seed: RandomSource.derive(seed, 0x5E12_0000_0000 &+ UInt64(index)))
            // A product of uniforms has a log-normal-like shape without needing `exp`.
            var weight = 1.0
            for _ in 0..<4 { weight *= random.uniform(0.45, 1.55) }
            weights.append(weight)
        }
        let childShares = apportion(children - services, weights: weights).map { $0 + 1 }
        let interventionShares = apportion(interventions, weights: childShares.map(Double.init))
        return zip(childShares, interventionShares).map { ServicePlan(children: $0, interventions: $1) }
    }

    /// Integer shares of `total` proportional to `weights`, by cumulative rounding: exact total,
    /// each share within one of its ideal value.
    static func apportion(_ total: Int, weights: [Double]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard total > 0, sum > 0 else { return Array(repeating: 0, count: weights.count) }
        var shares: [Int] = []
        shares.reserveCapacity(weights.count)
        var cumulative = 0.0
        var given = 0
        for weight in weights {
            cumulative += weight
            let upTo = Int(cumulative / sum * Double(total) + 0.5)
            shares.append(upTo - given)
            given = upTo
        }
        shares[shares.count - 1] += total - given
        return shares
    }
}
