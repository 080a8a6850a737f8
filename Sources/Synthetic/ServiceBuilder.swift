import Dates

/// Generates the rows of one service into one COPY buffer per table.
///
/// A value type driven by mutating methods (one file per concern), so the hot loops touch plain
/// stored properties with no reference counting or exclusivity checks.
struct ServiceBuilder {
    let index: Int
    let plan: ServicePlan
    let serviceCount: Int
    let asOf: LocalDate
    let historyStart: LocalDate
    let dates: DateText
    /// `S007`, and `S007X`, a service that does not exist (planted rule-4 records).
    let code: [UInt8]
    let missingCode: [UInt8]
    var random: RandomSource
    let traits: ServiceTraits
    var book: DefectBook
    let staff: Staff
    let meetingDates: [LocalDate]
    let feedbackCount: Int

    var services = CopyBuffer(capacity: 64)
    var population = CopyBuffer(capacity: 256)
    var extracts = CopyBuffer(capacity: 1_200)
    var practitioners: CopyBuffer
    var children: CopyBuffer
    var offences: CopyBuffer
    var interventions: CopyBuffer
    var milestones: CopyBuffer
    var courtReports: CopyBuffer
    var outcomeStatus: CopyBuffer
    var victims: CopyBuffer
    var boardMeetings: CopyBuffer
    var boardAttendance: CopyBuffer
    var caseAudits: CopyBuffer
    var feedback: CopyBuffer

    // The last number given in each numbered table; identifiers count from 1.
    var offenceNumber = 0
    var interventionNumber = 0
    var milestoneNumber = 0
    var reportNumber = 0
    var victimNumber = 0
    var auditNumber = 0
    /// Numbers of identifiers that exist nowhere (planted references to missing parents).
    var missingNumber = 0

    /// Scratch space for one child's history, reused from child to child.
    var episodes: [Episode] = []
    var kindOrder: [(key: Double, kind: InterventionKind)] = []
    var timings: [Timing?] = []
    /// Set while writing a child whose planted birth date breaks rule 3 against its interventions'
    /// starts: those keep their child and start, so the breach stays visible.
    var keepsStarts = false

    init(generator: SyntheticGenerator, index: Int) {
        self.index = index
        plan = generator.plans[index]
        serviceCount = generator.plans.count
        asOf = generator.spec.asOf
        historyStart = generator.historyStart
        dates = generator.dates
        code = ServiceBuilder.serviceCode(index)
        missingCode = code + [UInt8(ascii: "X")]
        let seed = generator.spec.seed
        random = RandomSource(seed: RandomSource.derive(seed, UInt64(index)))
        let unlucky = random.chance(0.05)
        let stale = serviceCount >= 3 && (unlucky || index == Int(seed % UInt64(serviceCount)))
        traits = ServiceTraits(random: &random, historyStart: historyStart, asOf: asOf, stale: stale)

        // An intervention is open for about 118 days on average: staff the service for its open cases.
        let window = Double(historyStart.days(to: asOf))
        let openCases = Double(plan.interventions) * 118 / window
        let slots = Swift.max(2, Int(openCases / traits.caseloadTarget + 0.5))
        staff = Staff(
            slots: slots, managers: 1 + slots / 9, historyStart: historyStart, asOf: asOf, random: &random)
        meetingDates = ServiceBuilder.meetings(from: historyStart, to: asOf, random: &random)
        feedbackCount = Int(Double(plan.interventions) * random.uniform(0.08, 0.16))

        let i = plan.interventions
        let rows: [ContractTable: Int] = [
            .children: plan.children, .offences: i * 14 / 10, .interventions: i, .milestones: i * 23 / 10,
            .outcomeStatus: i * 18 / 10, .victims: i * 27 / 100, .courtReports: i / 5, .caseAudits: i / 16,
            .boardMeetings: meetingDates.count, .boardAttendance: meetingDates.count * 5, .feedback: feedbackCount,
            .practitioners: staff.practitioners.count, .population: generator.spec.years + 1,
        ]
        var clocks = Array(repeating: 0, count: DefectClock.allCases.count)
        clocks[DefectClock.child.rawValue] = plan.children
        clocks[DefectClock.practitioner.rawValue] = staff.practitioners.count
        clocks[DefectClock.population.rawValue] = generator.spec.years + 1
        clocks[DefectClock.meeting.rawValue] = meetingDates.count
        clocks[DefectClock.feedback.rawValue] = feedbackCount
        book = DefectBook(
            service: index, services: serviceCount, seed: seed, tiny: plan.children < ServiceBuilder.tiny,
            clockLengths: clocks, rows: rows)

        // Bytes per intervention of each table, measured, with some headroom.
        practitioners = CopyBuffer(capacity: staff.practitioners.count * 48 + 64)
        children = CopyBuffer(capacity: plan.children * 44 + 64)
        offences = CopyBuffer(capacity: i * 124 + 256)
        interventions = CopyBuffer(capacity: i * 134 + 256)
        milestones = CopyBuffer(capacity: i * 132 + 256)
        courtReports = CopyBuffer(capacity: i * 15 + 128)
        outcomeStatus = CopyBuffer(capacity: i * 123 + 256)
        victims = CopyBuffer(capacity: i * 11 + 128)
        boardMeetings = CopyBuffer(capacity: meetingDates.count * 28 + 64)
        boardAttendance = CopyBuffer(capacity: meetingDates.count * 5 * 26 + 64)
        caseAudits = CopyBuffer(capacity: i * 4 + 128)
        feedback = CopyBuffer(capacity: feedbackCount * 40 + 128)
    }

    /// Services with fewer children are "tiny": they get planted records only by chance, so that
    /// a handful of bad rows does not make up a large share of their tables.
    static let tiny = 25

    static func serviceCode(_ index: Int) -> [UInt8] {
        var buffer = CopyBuffer(capacity: 8)
        buffer.clean("S")
        buffer.padded(index + 1, width: 3)
        return buffer.bytes
    }

    mutating func build() -> ServiceBatch {
        writeService()
        writePopulation()
        writeExtracts()
        writePractitioners()
        writeChildren()
        writeBoard()
        writeFeedback()
        let buffers: [(ContractTable, CopyBuffer)] = [
            (.services, services), (.population, population), (.extracts, extracts),
            (.practitioners, practitioners), (.children, children), (.offences, offences),
            (.interventions, interventions), (.milestones, milestones), (.courtReports, courtReports),
            (.outcomeStatus, outcomeStatus), (.victims, victims), (.boardMeetings, boardMeetings),
            (.boardAttendance, boardAttendance), (.caseAudits, caseAudits), (.feedback, feedback),
        ]
        var data: [ContractTable: [UInt8]] = [:]
        var rows: [ContractTable: Int] = [:]
        for (table, buffer) in buffers {
            data[table] = buffer.bytes
            rows[table] = buffer.rows
        }
        return ServiceBatch(serviceIndex: index, data: data, rows: rows, planted: book.plantedByDefect)
    }

    /// A fresh number for an identifier that no row has.
    mutating func missing(after count: Int) -> Int {
        missingNumber += 1
        return count + 900_000 + missingNumber
    }

    /// Not recorded (nil) with probability `nullShare`, else true with probability `p`.
    mutating func flag(_ p: Double, nullShare: Double = 0.03) -> Bool? {
        let draw = random.unit()
        if draw < nullShare { return nil }
        return random.chance(p)
    }
}
