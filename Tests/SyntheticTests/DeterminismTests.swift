import Dates
import Testing

@testable import Synthetic

@Suite struct DeterminismTests {
    let spec = SyntheticSpec(services: 6, children: 1_500, seed: 42)

    @Test func sameSpecGivesIdenticalBytes() {
        let first = SyntheticGenerator(spec: spec).allBatches()
        let second = SyntheticGenerator(spec: spec).allBatches()
        for (a, b) in zip(first, second) {
            for table in ContractTable.allCases {
                #expect(a.data[table] == b.data[table], "service \(a.serviceIndex), \(table)")
            }
        }
    }

    @Test func differentSeedGivesDifferentBytes() {
        var other = spec
        other.seed = 43
        let a = SyntheticGenerator(spec: spec).batch(forService: 0)
        let b = SyntheticGenerator(spec: other).batch(forService: 0)
        #expect(a.data[.interventions] != b.data[.interventions])
        #expect(a.data[.children] != b.data[.children])
    }

    @Test func batchDoesNotDependOnOrder() {
        let generator = SyntheticGenerator(spec: spec)
        let forward = (0..<generator.serviceCount).map(generator.batch(forService:))
        let backward = (0..<generator.serviceCount).reversed().map(generator.batch(forService:)).reversed()
        for (a, b) in zip(forward, backward) {
            #expect(a.serviceIndex == b.serviceIndex)
            #expect(a.data == b.data)
        }
    }

    @Test func parallelGenerationMatchesSequential() async {
        let generator = SyntheticGenerator(spec: spec)
        let sequential = generator.allBatches()
        let parallel = await withTaskGroup(of: ServiceBatch.self) { group in
            for index in 0..<generator.serviceCount {
                group.addTask { generator.batch(forService: index) }
            }
            var batches: [ServiceBatch] = []
            for await batch in group { batches.append(batch) }
            return batches.sorted { $0.serviceIndex < $1.serviceIndex }
        }
        #expect(parallel.map(\.data) == sequential.map(\.data))
    }

    @Test func totalsMeetTheSpecExactly() {
        var exact = spec
        exact.interventions = 4_321
        for spec in [spec, exact] {
            let batches = SyntheticGenerator(spec: spec).allBatches()
            let total = { (table: ContractTable) in batches.reduce(0) { $0 + ($1.rows[table] ?? 0) } }
            #expect(total(.services) == spec.services)
            #expect(total(.children) == spec.children)
            #expect(total(.interventions) == (spec.interventions ?? spec.children * 5 / 2))
        }
    }

    @Test(arguments: [
        SyntheticSpec(services: 3, children: 1_000, interventions: 300, seed: 5),
        SyntheticSpec(services: 2, children: 100, interventions: 3_000, seed: 6),
        SyntheticSpec(services: 4, children: 2_000, seed: 7, years: 1),
        SyntheticSpec(services: 1, children: 1, interventions: 1, seed: 8),
    ])
    func unusualSpecsStillMeetTheirTotals(_ spec: SyntheticSpec) throws {
        let batches = SyntheticGenerator(spec: spec).allBatches()
        #expect(batches.reduce(0) { $0 + ($1.rows[.children] ?? 0) } == spec.children)
        #expect(batches.reduce(0) { $0 + ($1.rows[.interventions] ?? 0) } == spec.interventions ?? 5_000)
        for batch in batches {
            for table in ContractTable.allCases {
                let rows = try CopyText.parse(batch.data[table] ?? [])
                #expect(rows.allSatisfy { $0.count == table.columns.count }, "\(table)")
            }
        }
    }

    @Test func defaultsAreTheNationalShapeAndAFixedDate() {
        #expect(SyntheticSpec.defaultAsOf.description == "2026-09-30")
        let national = SyntheticSpec.national()
        #expect(national.services == 150 && national.children == 400_000 && national.interventions == 1_000_000)
        #expect(SyntheticSpec().years == 6 && SyntheticSpec().interventions == nil)
    }

    @Test func countsAreRaisedToTheirMinimums() {
        let generator = SyntheticGenerator(spec: SyntheticSpec(services: 0, children: 0, interventions: -5, years: 0))
        #expect(generator.serviceCount == 1)
        #expect(generator.spec.children == 1)
        #expect(generator.spec.interventions == 0)
        #expect(generator.spec.years == 1)
        let batch = generator.batch(forService: 0)
        #expect(batch.rows[.children] == 1)
        #expect(batch.rows[.interventions] == 0)
    }

    @Test func serviceSizesVaryLikeCouncils() {
        let generator = SyntheticGenerator(spec: SyntheticSpec(services: 150, children: 400_000))
        let sizes = (0..<generator.serviceCount).map { generator.size(ofService: $0).children }
        #expect(sizes.reduce(0, +) == 400_000)
        let smallest = sizes.min() ?? 0
        let largest = sizes.max() ?? 0
        #expect(smallest >= 1)
        #expect(largest >= 5 * smallest)
        #expect(largest <= 60 * smallest)
        #expect(generator.serviceID(6) == "S007")
    }
}
