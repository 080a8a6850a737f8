/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64: fast, small, and the same on every
/// platform, which `SystemRandomNumberGenerator` is not.
struct RandomSource {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    init(seed: UInt64) {
        var mix = seed
        s0 = RandomSource.splitMix(&mix)
        s1 = RandomSource.splitMix(&mix)
        s2 = RandomSource.splitMix(&mix)
        s3 = RandomSource.splitMix(&mix)
    }

    /// A seed for stream `stream` of `seed`, so independent streams (one per service) never overlap
    /// in practice.
    static func derive(_ seed: UInt64, _ stream: UInt64) -> UInt64 {
        var mix = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        _ = splitMix(&mix)
        return splitMix(&mix)
    }

    static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A number in 0..<n (n > 0), by Lemire's multiply-high; the bias is below 2^-40 for our n.
    @inline(__always)
    mutating func below(_ n: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(n)).high)
    }

    /// A number in `range`.
    @inline(__always)
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A number in [0, 1).
    @inline(__always)
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A number in [low, high).
    @inline(__always)
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// True with probability `p`.
    @inline(__always)
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// An index into `weights` (cumulative, ascending, last = total), drawn by weight.
    mutating func pick(cumulative weights: [Int]) -> Int {
        let r = below(weights[weights.count - 1])
        var index = 0
        while weights[index] <= r { index += 1 }
        return index
    }
}
