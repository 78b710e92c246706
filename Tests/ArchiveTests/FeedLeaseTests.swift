import Foundation
import Testing
@testable import Archive

/// Feed leases, the same on every backend: due feeds go to one worker at a time, a lease held is renewed, an
/// expired one goes to another worker, and a worker that lost its lease can no longer release it.
@Suite struct FeedLeaseTests {
    let feeds = (1...6).map { "https://feeds.example/\($0)" }

    @Test(arguments: StoreBackend.available)
    func dueFeedsAreSharedBetweenWorkersWithoutOverlap(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            try await store.registerFeeds(feeds)
            let first = try await store.claimDueFeeds(among: feeds, owner: "a", limit: 4, duration: 60)
            let second = try await store.claimDueFeeds(among: feeds, owner: "b", limit: 4, duration: 60)
            #expect(first.count == 4)
            #expect(second.count == 2)
            #expect(Set(first).isDisjoint(with: second))
            #expect(Set(first + second) == Set(feeds))
            #expect(try await store.claimDueFeeds(among: feeds, owner: "c", limit: 4, duration: 60).isEmpty)
            let leases = try await store.feedLeases()
            #expect(leases.filter { $0.owner == "a" }.count == 4)
            #expect(leases.allSatisfy { $0.expires != nil })
        }
    }

    @Test(arguments: StoreBackend.available)
    func aWorkerOnlyClaimsFeedsOfItsOwnList(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            try await store.registerFeeds(feeds)
            let claimed = try await store.claimDueFeeds(among: Array(feeds.prefix(2)), owner: "a", limit: 10,
                                                        duration: 60)
            #expect(Set(claimed) == Set(feeds.prefix(2)))
        }
    }

    @Test(arguments: StoreBackend.available)
    func aReleasedFeedIsDueAgainAfterItsDelay(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            try await store.registerFeeds(feeds)
            let claimed = try await store.claimDueFeeds(among: feeds, owner: "a", limit: 6, duration: 60)
            for feed in claimed {
                #expect(try await store.releaseLease(feed, owner: "a", dueIn: feed == feeds[0] ? 0 : 600))
            }
            let again = try await store.claimDueFeeds(among: feeds, owner: "b", limit: 6, duration: 60)
            #expect(again == [feeds[0]])
            // Registering again keeps the schedule.
            try await store.registerFeeds(feeds)
            #expect(try await store.claimDueFeeds(among: feeds, owner: "b", limit: 6, duration: 60).isEmpty)
        }
    }

    @Test(arguments: StoreBackend.available)
    func anExpiredLeaseGoesToAnotherWorkerAndTheFormerHolderLosesIt(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            try await store.registerFeeds(feeds)
            // Leases of a second: long enough that both claims happen before either expires on a loaded machine.
            let held = try await store.claimDueFeeds(among: feeds, owner: "crashed", limit: 2, duration: 1)
            let renewed = try await store.claimDueFeeds(among: feeds, owner: "alive", limit: 2, duration: 1)
            #expect(held.count == 2)
            #expect(Set(held).isDisjoint(with: renewed))
            try await Task.sleep(for: .milliseconds(300))
            #expect(try await store.renewLeases(renewed, owner: "alive", duration: 60) == renewed)
            try await Task.sleep(for: .milliseconds(1_000))
            let takenOver = try await store.claimDueFeeds(among: feeds, owner: "rescuer", limit: 10, duration: 60)
            #expect(Set(takenOver) == Set(held).union(feeds.filter { !held.contains($0) && !renewed.contains($0) }))
            #expect(takenOver.allSatisfy { !renewed.contains($0) }, "a renewed lease was taken")
            #expect(try await store.renewLeases(held, owner: "crashed", duration: 60).isEmpty)
            #expect(try await store.releaseLease(held[0], owner: "crashed", dueIn: 0) == false)
            let leases = try await store.feedLeases()
            #expect(leases.first { $0.feedURL == held[0] }?.owner == "rescuer")
        }
    }
}
