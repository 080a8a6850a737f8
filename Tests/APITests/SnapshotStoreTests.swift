import API
import Testing

/// Snapshots built side by side (the leader's own cycle, and a cycle committed by another process
/// that its coordination service loads) are served in the order their tickets were taken.
@Suite struct SnapshotStoreTests {
    @Test("a snapshot begun before another is never served over it, whatever the cycle ids")
    func ticketsOrderPublishing() async throws {
        try await HandBuilt.with("snapshot_tickets") { harness in
            let served = try #require(harness.snapshots.snapshot)
            func snapshot(cycle id: Int) -> Snapshot {
                var record = served.cycle
                record.cycleID = id
                return Snapshot(
                    cycle: record, services: [], definitions: served.definitions, judgement: served.judgement,
                    values: [], alerts: [])
            }
            let store = SnapshotStore()
            // A load of the newest cycle begins; then the leader's own cycle commits and is
            // published first; the load, finishing last, read no more than the leader's cycle.
            let load = store.ticket()
            let own = store.ticket()
            #expect(store.publish(snapshot(cycle: 8), ticket: own))
            #expect(!store.publish(snapshot(cycle: 7), ticket: load))
            #expect(store.snapshot?.cycle.cycleID == 8)
            // Later tickets win even with a lower cycle id: a database restored to an earlier cycle.
            store.publish(snapshot(cycle: 3))
            #expect(store.snapshot?.cycle.cycleID == 3)
            #expect(store.publish(snapshot(cycle: 4), ticket: store.ticket()))
            #expect(store.snapshot?.cycle.cycleID == 4)
        }
    }
}
