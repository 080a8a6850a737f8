extension ServiceBuilder {
    /// Plans one child's history of `count` interventions into `episodes`: kinds mostly escalate
    /// (prevention, out of court, court, custody), a bail or remand usually leads to the sentence
    /// that follows it, and the next offence comes soon after the last (a reoffence) or much later.
    mutating func planEpisodes(count: Int) {
        kindOrder.removeAll(keepingCapacity: true)
        for _ in 0..<count {
            let kind = InterventionKind.draw(&random)
            kindOrder.append((kind.rank + random.uniform(0, 2.5), kind))
        }
        // Insertion sort: a child has a handful of interventions.
        for i in kindOrder.indices.dropFirst() {
            let item = kindOrder[i]
            var j = i
            while j > 0 && kindOrder[j - 1].key > item.key {
                kindOrder[j] = kindOrder[j - 1]
                j -= 1
            }
            kindOrder[j] = item
        }
        // Prolific children offend more often, so that a long history still fits the window.
        let window = Double(historyStart.days(to: asOf))
        let density = Swift.min(1, window * 0.6 / (Double(Swift.max(count, 1)) * 250))

        episodes.removeAll(keepingCapacity: true)
        var cursor = 0
        var i = 0
        while i < count {
            var episode = Episode(kind: kindOrder[i].kind)
            episode.committed = cursor
            switch episode.kind {
            case .prevention:
                episode.start = cursor
                episode.offence = random.chance(0.25)
                episode.committed = cursor - random.int(5...40)
            case .communityResolution, .youthCaution, .youthConditionalCaution:
                episode.referred = cursor + 1 + random.below(10) + random.below(20)
                episode.start = episode.referred + random.int(7...35)
                episode.offence = true
            case .bailSupervision, .remand:
                episode.start = cursor + random.int(1...10)
                if i + 1 < count && kindOrder[i + 1].kind.isSentence {
                    var sentence = Episode(kind: kindOrder[i + 1].kind)
                    sentence.committed = cursor
                    sentence.start = cursor + Swift.max(courtDelay(), episode.start - cursor + 14)
                    sentence.offence = true
                    episode.sentence = sentence.start
                    episodes.append(episode)
                    episodes.append(sentence)
                    i += 2
                    cursor = sentence.start + gap(density)
                    continue
                }
                episode.offence = true
            default:
                episode.start = cursor + courtDelay()
                episode.offence = true
            }
            episodes.append(episode)
            i += 1
            cursor = episode.start + gap(density)
        }
        compress(toAtMost: 2_900)
        var next: Int?
        for j in episodes.indices.reversed() {
            episodes[j].nextSentence = next
            if episodes[j].kind.isSentence { next = episodes[j].start }
        }
    }

    /// Shrinks a history longer than `limit` days (a prolific child with long court delays) so
    /// that the child is still a child at its end.
    private mutating func compress(toAtMost limit: Int) {
        guard let span = episodes.last?.start, span > limit else { return }
        func scaled(_ day: Int) -> Int { day * limit / span }
        for j in episodes.indices {
            episodes[j].committed = scaled(episodes[j].committed)
            episodes[j].referred = scaled(episodes[j].referred)
            episodes[j].start = scaled(episodes[j].start)
            episodes[j].sentence = episodes[j].sentence.map(scaled)
        }
    }

    /// Days from an offence to its sentence: mostly one to seven months, a few over a year.
    private mutating func courtDelay() -> Int {
        random.chance(0.03) ? random.int(365...700) : 21 + random.below(60) + random.below(120)
    }

    /// Days from one intervention's start to the child's next offence.
    private mutating func gap(_ density: Double) -> Int {
        let days = random.chance(traits.quickReoffending) ? random.int(10...330) : random.int(340...800)
        return Swift.max(7, Int(Double(days) * density))
    }

    /// The first day of the child's history on the calendar, in days since the epoch.
    ///
    /// Histories may begin before the window (older records, so first-time entrants are not
    /// overstated early on) and run past `asOf` (a career still in progress: its later episodes are
    /// not generated), so that interventions are spread evenly over the window. With `fit`, the
    /// whole history ends on or before `asOf`.
    mutating func placeEpisodes(fit: Bool) -> Int {
        let span = episodes.last?.start ?? 0
        let window = historyStart.days(to: asOf)
        if fit {
            return asOf.daysSinceEpoch - span - random.below(Swift.max(1, Swift.min(60, window - span)))
        }
        return historyStart.daysSinceEpoch - span + random.below(window + span + 1)
    }
}
