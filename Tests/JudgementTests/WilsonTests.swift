import Testing

@testable import Judgement

@Suite struct WilsonTests {
    // At 95%, z = 1.959964, z² = 3.841459. With n trials, p = s / n and k = z² / n:
    //   centre = (p + k/2) / (1 + k),  half = z / (1 + k) × √(p(1 − p)/n + k/(4n)).

    @Test func noneOfTenAt95Percent() throws {
        // n = 10: k = 0.3841459. p = 0: centre = 0.1920730 / 1.3841459 = 0.138766;
        // half = 1.959964 / 1.3841459 × √(0 + 0.3841459 / 40) = 1.416010 × 0.0979982 = 0.138766.
        // [0.138766 − 0.138766, 0.138766 + 0.138766] = [0, 0.2775] (the published value).
        let interval = try #require(Wilson.interval(successes: 0, trials: 10, confidence: 0.95))
        #expect(isClose(interval.lowerBound, 0, within: 1e-4))
        #expect(isClose(interval.upperBound, 0.2775, within: 1e-4))
    }

    @Test func fiveOfTenAt95Percent() throws {
        // p = 0.5: centre = (0.5 + 0.1920730) / 1.3841459 = 0.5;
        // half = 1.416010 × √(0.025 + 0.0096036) = 1.416010 × 0.1860206 = 0.263407.
        // [0.5 − 0.263407, 0.5 + 0.263407] = [0.2366, 0.7634] (the published value).
        let interval = try #require(Wilson.interval(successes: 5, trials: 10, confidence: 0.95))
        #expect(isClose(interval.lowerBound, 0.2366, within: 1e-4))
        #expect(isClose(interval.upperBound, 0.7634, within: 1e-4))
    }

    @Test func tenOfTenAt95Percent() throws {
        // p = 1: centre = 1.1920730 / 1.3841459 = 0.861234; half = 1.416010 × √(0 + 0.0096036) = 0.138766.
        // [0.861234 − 0.138766, 0.861234 + 0.138766] = [0.7225, 1] (the published value).
        let interval = try #require(Wilson.interval(successes: 10, trials: 10, confidence: 0.95))
        #expect(isClose(interval.lowerBound, 0.7225, within: 1e-4))
        #expect(isClose(interval.upperBound, 1, within: 1e-9))
    }

    @Test func twoOfTenAt90Percent() throws {
        // z = 1.644854, z² = 2.705543, k = 0.2705543, p = 0.2:
        // centre = (0.2 + 0.1352772) / 1.2705543 = 0.3352772 / 1.2705543 = 0.2638826;
        // half = 1.644854 / 1.2705543 × √(0.2 × 0.8 / 10 + 0.2705543 / 40)
        //      = 1.294595 × √(0.016 + 0.0067639) = 1.294595 × 0.1508770 = 0.1953246.
        // [0.2638826 − 0.1953246, 0.2638826 + 0.1953246] = [0.068558, 0.459207].
        let interval = try #require(Wilson.interval(successes: 2, trials: 10, confidence: 0.90))
        #expect(isClose(interval.lowerBound, 0.068558, within: 1e-5))
        #expect(isClose(interval.upperBound, 0.459207, within: 1e-5))
    }

    @Test func fiveOfTenAt99Percent() throws {
        // z = 2.575829, z² = 6.634897, k = 0.6634897, p = 0.5: centre = 0.5;
        // half = 2.575829 / 1.6634897 × √(0.025 + 0.6634897 / 40) = 1.548449 × √(0.025 + 0.0165872)
        //      = 1.548449 × √0.0415872 = 1.548449 × 0.2039295 = 0.315774.
        // [0.5 − 0.315774, 0.5 + 0.315774] = [0.184226, 0.815774].
        let interval = try #require(Wilson.interval(successes: 5, trials: 10, confidence: 0.99))
        #expect(isClose(interval.lowerBound, 0.184226, within: 1e-5))
        #expect(isClose(interval.upperBound, 0.815774, within: 1e-5))
    }

    @Test func noTrialsHaveNoInterval() {
        #expect(Wilson.interval(successes: 0, trials: 0, confidence: 0.95) == nil)
    }

    @Test func normalQuantiles() {
        // Published values of the standard normal's inverse CDF.
        #expect(isClose(NormalQuantile.quantile(0.975), 1.959964, within: 1e-6))
        #expect(isClose(NormalQuantile.quantile(0.5), 0, within: 1e-12))
        #expect(isClose(NormalQuantile.quantile(0.01), -2.326348, within: 1e-6))
        // The upper tail mirrors the lower one: Φ⁻¹(0.99) = 2.326348, Φ⁻¹(0.995) = 2.575829.
        #expect(isClose(NormalQuantile.quantile(0.99), 2.326348, within: 1e-6))
        #expect(isClose(NormalQuantile.quantile(0.995), 2.575829, within: 1e-6))
        // Two-sided: 95% leaves 2.5% in each tail, so z = Φ⁻¹(0.975); 90% → Φ⁻¹(0.95) = 1.644854.
        #expect(isClose(NormalQuantile.twoSided(0.95), 1.959964, within: 1e-6))
        #expect(isClose(NormalQuantile.twoSided(0.90), 1.644854, within: 1e-6))
    }
}
