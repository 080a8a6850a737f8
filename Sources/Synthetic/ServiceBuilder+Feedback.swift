import Dates

extension ServiceBuilder {
    // Cumulative per mille of scores 5, 4, 3, 2 (the rest is 1) before the service's shift.
    private static let scoreShares = [380, 680, 830, 920]

    /// Feedback from children, parents and carers, and victims, spread over the history; scores
    /// skewed towards satisfied, a few not given.
    mutating func writeFeedback() {
        let window = historyStart.days(to: asOf)
        let shift = Int(traits.satisfactionShift * 1_000)
        for row in 0..<feedbackCount {
            book.advance(.feedback, to: row)
            var received = historyStart.adding(days: random.below(window + 1))
            let who = random.unit()
            var respondent = Vocabulary.respondents[who < 0.5 ? 0 : who < 0.83 ? 1 : 2]
            let draw = random.below(1_000)
            var score: Int? = 1
            for (index, share) in ServiceBuilder.scoreShares.enumerated() where draw < share + shift {
                score = 5 - index
                break
            }
            if random.chance(0.02) { score = nil }
            var service = code
            if book.isArmed {
                if book.take(.respondentUnknown) {
                    respondent = Vocabulary.badRespondents[random.below(Vocabulary.badRespondents.count)]
                } else if book.take(.feedbackAfterAsOf) {
                    received = asOf.adding(days: random.int(1...30))
                } else if book.take(.scoreOutOfRange) {
                    score = [0, 6, 7, 10][random.below(4)]
                } else if book.take(.feedbackServiceMissing) {
                    service = missingCode
                }
            }
            feedback.id(code, UInt8(ascii: "F"), row + 1, width: 6)
            feedback.tab()
            feedback.clean(service)
            feedback.tab()
            feedback.clean(respondent)
            feedback.tab()
            feedback.date(received, dates)
            feedback.tab()
            if let score { feedback.int(score) } else { feedback.null() }
            feedback.endRow()
        }
    }
}
