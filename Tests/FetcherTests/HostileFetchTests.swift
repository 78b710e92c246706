import Foundation
import NIOCore
import Testing
@testable import Fetcher

/// The fetcher against servers and feeds that try to make Herald reach the network it runs in, or hold it up.
@Suite struct HostileFetchTests {
    static let rss = "<rss version=\"2.0\"><channel><title>Wire</title></channel></rss>"

    /// A fetcher; the generous default timeout is for a suite that shares two cores with CPU-bound tests.
    static func fetcher(policy: AddressPolicy = .publicOnly, totalTimeout: Duration = .seconds(120)) -> Fetcher {
        Fetcher(configuration: FetcherConfiguration(totalTimeout: totalTimeout, minimumDelayPerHost: .zero,
                                                    addressPolicy: policy))
    }

    @Test func aFeedOnLoopbackIsRefusedBeforeAnyConnectionUnlessTheFeedIsAllowed() async throws {
        let server = try await TestServer.start { _, _ in .text(Self.rss) }
        let fetcher = Self.fetcher()
        let url = server.url("/feed.xml")
        await #expect(throws: FetchError.nonPublicAddress(url, address: "127.0.0.1", kind: .loopback)) {
            try await fetcher.fetchFeed(url)
        }
        await #expect(throws: FetchError.nonPublicAddress(url, address: "127.0.0.1", kind: .loopback)) {
            try await fetcher.fetchPage(url)
        }
        #expect(await server.log.requests.isEmpty)
        let allowed = try await fetcher.fetchFeed(url, allowingPrivateAddresses: true)
        #expect(allowed.statusCode == 200)
        let message = FetchError.nonPublicAddress(url, address: "127.0.0.1", kind: .loopback).description
        #expect(message.contains(url.absoluteString) && message.contains("loopback") && message.contains("allow_private"))
        await fetcher.shutdown()
        await server.stop()
    }

    @Test func aHostNameIsCheckedByWhatItResolvesTo() async throws {
        let server = try await TestServer.start { _, _ in .text(Self.rss) }
        let fetcher = Self.fetcher()
        let url = try #require(URL(string: "http://localhost:\(server.port)/feed.xml"))
        await #expect {
            try await fetcher.fetchFeed(url)
        } throws: { error in
            guard case let .nonPublicAddress(refused, _, kind)? = error as? FetchError else { return false }
            return refused == url && kind == .loopback
        }
        #expect(await server.log.requests.isEmpty)
        await fetcher.shutdown()
        await server.stop()
    }

    @Test func aResolvedNameIsFetchedFromTheAddressThatWasChecked() async throws {
        // Permitting the loopback addresses stands in for a public host: the request must go to the checked
        // address, with the name kept in the Host header.
        let server = try await TestServer.start { _, _ in .text(Self.rss) }
        let loopback = Set(["127.0.0.1", "::1"].compactMap { IPAddress($0) })
        let fetcher = Self.fetcher(policy: AddressPolicy(permittedAddresses: loopback))
        let url = try #require(URL(string: "http://localhost:\(server.port)/feed.xml"))
        let response = try await fetcher.fetchFeed(url)
        #expect(try FeedParser.parse(response.body).title == "Wire")
        #expect(await server.log.requests.first?.headers["host"] == "localhost:\(server.port)")
        await fetcher.shutdown()
        await server.stop()
    }

    @Test(arguments: ["http://127.0.0.1:PORT/feed", "http://localhost:PORT/feed", "http://[::ffff:127.0.0.1]:PORT/feed",
                      "http://169.254.169.254/latest/meta-data/", "http://[::1]:PORT/feed", "http://0.0.0.0:PORT/feed"])
    func aRedirectFromAPublicHostToAPrivateOneIsRefused(target: String) async throws {
        let inside = try await TestServer.start { _, _ in .text(Self.rss) }
        let location = target.replacingOccurrences(of: "PORT", with: "\(inside.port)")
        // 127.0.0.2 plays the public host: the policy permits it and nothing else that is not public.
        let outside = try await HostileServer.start(host: "127.0.0.2", script: HostileServer.redirecting(to: location))
        let publicHost = try #require(IPAddress("127.0.0.2"))
        let fetcher = Self.fetcher(policy: AddressPolicy(permittedAddresses: [publicHost]))
        let feed = outside.url("/feed")
        await #expect {
            try await fetcher.fetchFeed(feed)
        } throws: { error in
            guard case let .nonPublicAddress(refused, _, _)? = error as? FetchError else { return false }
            return refused.absoluteString == location
        }
        #expect(await inside.log.requests.isEmpty)
        await fetcher.shutdown()
        await outside.stop()
        await inside.stop()
    }

    @Test func aServerDrippingOneBytePerSecondHitsTheTotalTimeout() async throws {
        let server = try await HostileServer.start { outbound in
            try await outbound.write(ByteBuffer(string: "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 600\r\n\r\n"))
            for byte in String(repeating: "x", count: 600).utf8 {
                try await outbound.write(ByteBuffer(bytes: [byte]))
                try await Task.sleep(for: .seconds(1))
            }
        }
        let fetcher = Self.fetcher(policy: .allowingPrivateAddresses, totalTimeout: .seconds(2))
        let started = ContinuousClock.now
        await #expect(throws: FetchError.timedOut(server.url("/feed"))) { try await fetcher.fetchFeed(server.url("/feed")) }
        // The drip would take 600 s; the bound is loose because the whole suite shares two cores.
        #expect(ContinuousClock.now - started < .seconds(120))
        await fetcher.shutdown()
        await server.stop()
    }

    @Test func aServerThatNeverAnswersHitsTheTotalTimeout() async throws {
        let server = try await HostileServer.start { _ in try await Task.sleep(for: .seconds(600)) }
        let fetcher = Self.fetcher(policy: .allowingPrivateAddresses, totalTimeout: .seconds(1))
        let started = ContinuousClock.now
        await #expect(throws: FetchError.timedOut(server.url("/feed"))) { try await fetcher.fetchFeed(server.url("/feed")) }
        #expect(ContinuousClock.now - started < .seconds(120))
        await fetcher.shutdown()
        await server.stop()
    }
}
