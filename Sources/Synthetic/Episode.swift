/// One intervention of a child's history as first planned: days counted from the start of the
/// child's history, before the history is placed on the calendar.
struct Episode {
    let kind: InterventionKind
    /// The day of the offence behind the intervention.
    var committed = 0
    /// The police referral, for out-of-court work.
    var referred = 0
    /// The planned start: exact for every kind but out of court, whose start follows the decision.
    var start = 0
    /// Whether the episode has its own offence rows. A bail or remand before a sentence shares the
    /// sentence's offence; prevention has one now and then (an arrest with no further action).
    var offence = false
    /// For bail or remand before a sentence: the sentence day, which ends it.
    var sentence: Int?
    /// The start of the child's next sentence, which revokes an order still running.
    var nextSentence: Int?

    init(kind: InterventionKind) {
        self.kind = kind
    }
}
