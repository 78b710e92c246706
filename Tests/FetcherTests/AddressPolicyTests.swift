import Foundation
import Testing
@testable import Fetcher

@Suite struct AddressPolicyTests {
    @Test(arguments: [
        ("0.0.0.0", NonPublicAddressKind.unspecified), ("0.1.2.3", .unspecified),
        ("127.0.0.1", .loopback), ("127.255.255.254", .loopback), ("127.0.0.2", .loopback),
        ("10.0.0.1", .privateNetwork), ("10.255.255.255", .privateNetwork),
        ("172.16.0.1", .privateNetwork), ("172.31.255.255", .privateNetwork),
        ("192.168.0.1", .privateNetwork), ("192.168.255.255", .privateNetwork),
        ("100.64.0.1", .sharedAddressSpace), ("100.127.255.255", .sharedAddressSpace),
        ("169.254.169.254", .linkLocal), ("169.254.0.1", .linkLocal),
        ("224.0.0.1", .multicast), ("239.255.255.250", .multicast),
        ("255.255.255.255", .broadcast), ("240.0.0.1", .reserved), ("192.0.0.8", .reserved),
        ("192.0.2.10", .documentation), ("198.51.100.7", .documentation), ("203.0.113.200", .documentation),
        ("198.18.0.1", .benchmarking), ("198.19.255.255", .benchmarking),
    ])
    func nonPublicIPv4AddressesAreClassified(address: String, kind: NonPublicAddressKind) throws {
        let parsed = try #require(IPAddress(address))
        #expect(parsed.isIPv4)
        #expect(parsed.nonPublicKind == kind)
        #expect(AddressPolicy.publicOnly.refusal(of: parsed) == kind)
    }

    @Test(arguments: [
        ("::", NonPublicAddressKind.unspecified), ("::1", .loopback), ("[::1]", .loopback),
        ("fe80::1", .linkLocal), ("febf:ffff::1", .linkLocal),
        ("fc00::1", .uniqueLocal), ("fd12:3456:789a::1", .uniqueLocal),
        ("fec0::1", .siteLocal), ("ff02::1", .multicast), ("ff0e::101", .multicast),
        ("2001:db8::1", .documentation), ("2001:2::1", .benchmarking), ("100::1", .reserved),
        ("64:ff9b:1::10.0.0.1", .privateNetwork),
        // IPv6 forms that carry an IPv4 address are judged by it.
        ("::ffff:127.0.0.1", .loopback), ("::ffff:7f00:1", .loopback), ("::ffff:10.1.2.3", .privateNetwork),
        ("::ffff:169.254.169.254", .linkLocal), ("::ffff:0.0.0.0", .unspecified),
        ("::127.0.0.1", .loopback), ("::ffff:0:192.168.1.1", .privateNetwork),
        ("64:ff9b::127.0.0.1", .loopback), ("64:ff9b::a9fe:a9fe", .linkLocal),
        ("2002:7f00:1::", .loopback), ("2002:c0a8:101::1", .privateNetwork),
        // Unassigned space outside 2000::/3.
        ("4000::1", .reserved), ("1::1", .reserved),
    ])
    func nonPublicIPv6AddressesAreClassified(address: String, kind: NonPublicAddressKind) throws {
        let parsed = try #require(IPAddress(address))
        #expect(!parsed.isIPv4)
        #expect(parsed.nonPublicKind == kind)
        #expect(AddressPolicy.publicOnly.refusal(of: parsed) == kind)
    }

    @Test(arguments: [
        "1.1.1.1", "8.8.8.8", "93.184.216.34", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0",
        "126.255.255.255", "128.0.0.0", "169.253.255.255", "169.255.0.0", "172.15.255.255", "172.32.0.0",
        "192.167.255.255", "192.169.0.0", "198.17.255.255", "198.20.0.0", "223.255.255.255",
        "2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001:81b::200e", "::ffff:8.8.8.8",
        "64:ff9b::808:808", "2002:808:808::1", "2001:db9::1", "3fff:1000::1",
    ])
    func publicAddressesAreAllowed(address: String) throws {
        let parsed = try #require(IPAddress(address))
        #expect(parsed.nonPublicKind == nil)
        #expect(AddressPolicy.publicOnly.refusal(of: parsed) == nil)
    }

    @Test(arguments: ["", "localhost", "127.1", "0x7f000001", "2130706433", "127.0.0.1.nip.io", "1.2.3.4.5",
                      "256.1.1.1", "::ffff:1.2.3", "fe80::1%eth0", "[::1", "example.com"])
    func onlyStandardAddressSpellingsAreAddresses(text: String) {
        // Other spellings are host names: they are resolved, and what they resolve to is checked.
        #expect(IPAddress(text) == nil)
    }

    @Test func addressesPrintInTheirStandardForm() throws {
        #expect(try #require(IPAddress("0:0:0:0:0:0:0:1")).description == "::1")
        #expect(try #require(IPAddress("FE80:0::1")).description == "fe80::1")
        #expect(IPAddress(bytes: [1, 2, 3]) == nil)
        #expect(IPAddress(bytes: [8, 8, 4, 4])?.description == "8.8.4.4")
    }

    @Test func allowingPrivateAddressesOrPermittingOneLetsItThrough() throws {
        let loopback = try #require(IPAddress("127.0.0.1"))
        let metadata = try #require(IPAddress("169.254.169.254"))
        #expect(AddressPolicy.allowingPrivateAddresses.refusal(of: loopback) == nil)
        #expect(AddressPolicy.publicOnly.allowingPrivateAddresses(true).refusal(of: metadata) == nil)
        #expect(AddressPolicy.publicOnly.allowingPrivateAddresses(false).refusal(of: metadata) == .linkLocal)
        // Allowing is never undone by a feed that does not ask for it.
        #expect(AddressPolicy.allowingPrivateAddresses.allowingPrivateAddresses(false).allowsPrivateAddresses)
        let permitting = AddressPolicy(permittedAddresses: [loopback])
        #expect(permitting.refusal(of: loopback) == nil)
        #expect(permitting.refusal(of: try #require(IPAddress("127.0.0.2"))) == .loopback)
    }
}

@Suite struct HostResolverTests {
    @Test func localhostResolvesToLoopbackAndAnUnknownNameFails() async throws {
        let local = try await HostResolver.addresses(of: "localhost", timeout: .seconds(30)).get()
        #expect(!local.isEmpty)
        #expect(local.allSatisfy { $0.nonPublicKind == .loopback })
        let unknown = await HostResolver.addresses(of: "no-such-host.invalid", timeout: .seconds(30))
        #expect(throws: HostResolver.Failure.self) { try unknown.get() }
    }

    @Test func aResolverThatDoesNotAnswerInTimeIsAFailure() async {
        let lookUps = HangingLookUps()
        let result = await HostResolver.addresses(of: "slow.example", timeout: .milliseconds(200)) { lookUps.lookUp($0) }
        #expect(throws: HostResolver.Failure(reason: "the resolver did not answer in time")) { try result.get() }
        // The timeout answered while the lookup still hung (it hangs until the gate opens, or for ten minutes: a test
        // task starved of the CPU by the rest of the suite may resume long after the timeout answered).
        #expect(lookUps.returned == 0)
        lookUps.open(1)
    }

    @Test func hungLookUpsDoNotHoldUpTheProcessOrEachOthersTimeouts() async {
        // Sixteen resolvers that hang: on the global queue each held one of its few threads (which the process's tasks
        // run on too), and the timeouts fired only when the lookups ended. Now every timeout answers while all sixteen
        // still hang, however loaded the machine is.
        let lookUps = HangingLookUps()
        let failures = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<16 {
                group.addTask {
                    let result = await HostResolver.addresses(of: "hung\(index).example", timeout: .milliseconds(200)) { lookUps.lookUp($0) }
                    return (try? result.get()) == nil
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(failures == 16)
        #expect(lookUps.returned == 0)
        lookUps.open(16)
    }
}

/// Fake lookups that hang until the test opens their gate (or for ten minutes), counting those that have returned: a
/// timeout that answers while none has returned did not wait for them, without a bound on the clock.
private final class HangingLookUps: @unchecked Sendable {
    private let gate = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var returnedCount = 0

    func lookUp(_ host: String) -> Result<[IPAddress], HostResolver.Failure> {
        _ = gate.wait(timeout: .now() + 600)
        lock.withLock { returnedCount += 1 }
        return .success([IPAddress("192.0.2.1")!])
    }

    var returned: Int { lock.withLock { returnedCount } }

    func open(_ lookUps: Int) {
        for _ in 0..<lookUps { gate.signal() }
    }
}
