#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IPv4 or IPv6 address, by its bytes in network order.
public struct IPAddress: Hashable, Sendable, CustomStringConvertible {
    /// Four bytes for IPv4, sixteen for IPv6.
    public let bytes: [UInt8]

    /// Reads an address in its standard text form: a dotted quad (`192.0.2.1`) or an IPv6 address (`::1`,
    /// `[fe80::1]`, `::ffff:10.0.0.1`). Other spellings that some resolvers accept (`127.1`, `0x7f000001`) are not
    /// addresses here: they go through name resolution, whose answer is then checked.
    public init?(_ text: some StringProtocol) {
        var text = String(text)
        if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        var v4 = [UInt8](repeating: 0, count: 4)
        if inet_pton(AF_INET, text, &v4) == 1 {
            bytes = v4
            return
        }
        var v6 = [UInt8](repeating: 0, count: 16)
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        bytes = v6
    }

    /// An address from its bytes: four for IPv4, sixteen for IPv6.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 4 || bytes.count == 16 else { return nil }
        self.bytes = bytes
    }

    /// Whether this is an IPv4 address.
    public var isIPv4: Bool { bytes.count == 4 }

    /// The standard text form (`10.0.0.1`, `fe80::1`).
    public var description: String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let family = isIPv4 ? AF_INET : AF_INET6
        guard inet_ntop(family, bytes, &buffer, socklen_t(buffer.count)) != nil else { return "?" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether the address lies in `prefix`/`length` (a prefix of the same family).
    func isIn(_ prefix: [UInt8], length: Int) -> Bool {
        guard prefix.count == bytes.count else { return false }
        for bit in stride(from: 0, to: length, by: 8) {
            let mask: UInt8 = length - bit >= 8 ? 0xFF : ~(0xFF >> UInt8(length - bit))
            let index = bit / 8
            if bytes[index] & mask != prefix[index] & mask { return false }
        }
        return true
    }

    /// The IPv4 address an IPv6 address stands for, in the forms that reach an IPv4 host: IPv4-mapped
    /// (`::ffff:a.b.c.d`), IPv4-compatible (`::a.b.c.d`), IPv4-translated (`::ffff:0:a.b.c.d`), NAT64
    /// (`64:ff9b::a.b.c.d`) and 6to4 (`2002:AABB:CCDD::`).
    var embeddedIPv4: IPAddress? {
        guard !isIPv4 else { return nil }
        let zeros = [UInt8](repeating: 0, count: 16)
        let lastFour = Array(bytes[12..<16])
        if isIn(zeros, length: 96) || isIn(Self.v6(0, 0, 0, 0, 0, 0xFFFF, 0, 0), length: 96)
            || isIn(Self.v6(0, 0, 0, 0, 0xFFFF, 0, 0, 0), length: 96) || isIn(Self.v6(0x64, 0xFF9B, 0, 0, 0, 0, 0, 0), length: 96) {
            return IPAddress(bytes: lastFour)
        }
        if isIn(Self.v6(0x2002, 0, 0, 0, 0, 0, 0, 0), length: 16) { return IPAddress(bytes: Array(bytes[2..<6])) }
        return nil
    }

    static func v6(_ groups: UInt16...) -> [UInt8] {
        groups.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }
}

/// The kinds of address that are not on the public internet: a feed must not make Herald reach them.
public enum NonPublicAddressKind: String, Sendable, CaseIterable {
    case unspecified = "an unspecified address"
    case loopback = "a loopback address"
    case privateNetwork = "a private-network address"
    case sharedAddressSpace = "a carrier-grade NAT address"
    case linkLocal = "a link-local address (cloud metadata services live there)"
    case uniqueLocal = "a unique local IPv6 address"
    case siteLocal = "a site-local IPv6 address"
    case multicast = "a multicast address"
    case broadcast = "the broadcast address"
    case documentation = "a documentation address"
    case benchmarking = "a benchmarking address"
    case reserved = "a reserved address"
}

extension IPAddress {
    /// What kind of non-public address this is, or nil for a public address. IPv6 forms that carry an IPv4
    /// address (``embeddedIPv4``) are judged by that address.
    public var nonPublicKind: NonPublicAddressKind? {
        let table = isIPv4 ? Self.ipv4Ranges : Self.ipv6Ranges
        for range in table where isIn(range.prefix, length: range.length) { return range.kind }
        if let carried = embeddedIPv4 { return carried.nonPublicKind }
        // Outside 2000::/3 nothing is assigned for global unicast.
        if !isIPv4, !isIn(Self.v6(0x2000, 0, 0, 0, 0, 0, 0, 0), length: 3) { return .reserved }
        return nil
    }

    private typealias Range = (prefix: [UInt8], length: Int, kind: NonPublicAddressKind)

    /// IANA's IPv4 special-purpose registry, less the ranges that are globally reachable; most specific first.
    private static let ipv4Ranges: [Range] = [
        ([255, 255, 255, 255], 32, .broadcast),
        ([0, 0, 0, 0], 8, .unspecified),
        ([10, 0, 0, 0], 8, .privateNetwork),
        ([100, 64, 0, 0], 10, .sharedAddressSpace),
        ([127, 0, 0, 0], 8, .loopback),
        ([169, 254, 0, 0], 16, .linkLocal),
        ([172, 16, 0, 0], 12, .privateNetwork),
        ([192, 0, 0, 0], 24, .reserved),
        ([192, 0, 2, 0], 24, .documentation),
        ([192, 88, 99, 0], 24, .reserved),
        ([192, 168, 0, 0], 16, .privateNetwork),
        ([198, 18, 0, 0], 15, .benchmarking),
        ([198, 51, 100, 0], 24, .documentation),
        ([203, 0, 113, 0], 24, .documentation),
        ([224, 0, 0, 0], 4, .multicast),
        ([240, 0, 0, 0], 4, .reserved),
    ]

    /// IANA's IPv6 special-purpose registry, less the ranges that are globally reachable or carry an IPv4
    /// address (judged by that address).
    private static let ipv6Ranges: [Range] = [
        (v6(0, 0, 0, 0, 0, 0, 0, 0), 128, .unspecified),
        (v6(0, 0, 0, 0, 0, 0, 0, 1), 128, .loopback),
        (v6(0x64, 0xFF9B, 1, 0, 0, 0, 0, 0), 48, .privateNetwork),
        (v6(0x100, 0, 0, 0, 0, 0, 0, 0), 64, .reserved),
        (v6(0x2001, 0x2, 0, 0, 0, 0, 0, 0), 48, .benchmarking),
        (v6(0x2001, 0xDB8, 0, 0, 0, 0, 0, 0), 32, .documentation),
        (v6(0x3FFF, 0, 0, 0, 0, 0, 0, 0), 20, .documentation),
        (v6(0xFC00, 0, 0, 0, 0, 0, 0, 0), 7, .uniqueLocal),
        (v6(0xFE80, 0, 0, 0, 0, 0, 0, 0), 10, .linkLocal),
        (v6(0xFEC0, 0, 0, 0, 0, 0, 0, 0), 10, .siteLocal),
        (v6(0xFF00, 0, 0, 0, 0, 0, 0, 0), 8, .multicast),
    ]
}

/// Which addresses the fetcher may connect to.
///
/// By default only public addresses: a feed (or a redirect, or a link in a feed) naming a host that resolves to a
/// loopback, private, link-local or otherwise non-public address is refused, so that a feed cannot make Herald
/// probe the network it runs in. An operator allows private addresses for one feed (`allow_private: true` in
/// feeds.yaml) or for a whole run (`--allow-private`).
public struct AddressPolicy: Sendable, Hashable {
    /// Whether non-public addresses may be reached.
    public var allowsPrivateAddresses: Bool
    /// Addresses reached even when non-public ones are refused (tests use one to stand for a public host).
    public var permittedAddresses: Set<IPAddress>

    /// Creates a policy.
    public init(allowsPrivateAddresses: Bool = false, permittedAddresses: Set<IPAddress> = []) {
        self.allowsPrivateAddresses = allowsPrivateAddresses
        self.permittedAddresses = permittedAddresses
    }

    /// Public addresses only: the default.
    public static let publicOnly = AddressPolicy()
    /// Any address.
    public static let allowingPrivateAddresses = AddressPolicy(allowsPrivateAddresses: true)

    /// This policy, also allowing private addresses when `allowed` is true.
    public func allowingPrivateAddresses(_ allowed: Bool) -> AddressPolicy {
        var policy = self
        policy.allowsPrivateAddresses = policy.allowsPrivateAddresses || allowed
        return policy
    }

    /// Why the policy refuses to connect to `address`; nil when it may.
    public func refusal(of address: IPAddress) -> NonPublicAddressKind? {
        guard !allowsPrivateAddresses, !permittedAddresses.contains(address) else { return nil }
        return address.nonPublicKind
    }
}
