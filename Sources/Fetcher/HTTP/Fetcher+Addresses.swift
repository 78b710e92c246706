import AsyncHTTPClient
import Dispatch
import Foundation
import NIOConcurrencyHelpers
import NIOCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a request may connect once its host has passed the address policy.
enum ConnectionRoute: Sendable, Equatable {
    /// The shared client connects as it would: any address is allowed, or the host is an address already checked.
    case asResolvedByClient
    /// Connect to one of these checked addresses of `host`, in order, and to nothing else.
    case pinned(host: String, addresses: [IPAddress])
}

extension Fetcher {
    /// Checks the host of `url` against `policy`: an address is checked as written, a name is resolved and every
    /// address it resolves to is checked. A name's request is then pinned to the checked addresses, so that a
    /// second resolution (DNS rebinding) cannot send it elsewhere.
    func route(to url: URL, policy: AddressPolicy) async throws(FetchError) -> ConnectionRoute {
        guard !policy.allowsPrivateAddresses else { return .asResolvedByClient }
        guard var host = url.host, !host.isEmpty else { throw .network(url, reason: "no host") }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if let literal = IPAddress(host) {
            if let kind = policy.refusal(of: literal) { throw .nonPublicAddress(url, address: literal.description, kind: kind) }
            return .asResolvedByClient
        }
        let addresses: [IPAddress]
        switch await HostResolver.addresses(of: host, timeout: configuration.connectTimeout) {
        case let .success(found): addresses = found
        case let .failure(failure): throw .network(url, reason: "cannot resolve \(host): \(failure.reason)")
        }
        for address in addresses {
            if let kind = policy.refusal(of: address) { throw .nonPublicAddress(url, address: address.description, kind: kind) }
        }
        return .pinned(host: host, addresses: addresses)
    }

    /// Sends the request over a client of its own whose only route to `host` is a checked address (its TLS name
    /// and certificate check stay those of `host`). The next address is tried when one cannot be reached.
    func performPinned(
        _ request: HTTPClientRequest, url: URL, host: String, addresses: [IPAddress], deadline: NIODeadline
    ) async throws(FetchError) -> RawResponse {
        var failure = FetchError.network(url, reason: "no address for \(host)")
        for address in addresses {
            var configuration = clientConfiguration
            configuration.dnsOverride = [host: address.description]
            let pinned = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
            let response: HTTPClientResponse
            do {
                response = try await open(request, url: url, on: pinned, deadline: deadline)
            } catch {
                try? await pinned.shutdown()
                failure = error
                if case .timedOut = error { break }
                continue
            }
            do {
                let raw = try await read(response, url: url, deadline: deadline)
                try? await pinned.shutdown()
                return raw
            } catch {
                try? await pinned.shutdown()
                throw error
            }
        }
        throw failure
    }
}

/// Name resolution through the system resolver (`getaddrinfo`), on threads of its own, off the concurrency pool.
enum HostResolver {
    /// Why a name could not be resolved.
    struct Failure: Error, Equatable {
        var reason: String
    }

    /// Every address `host` resolves to for a TCP connection, in the resolver's order, without duplicates; a
    /// failure when the resolver (`lookUp`, the system's by default) has not answered within `timeout` (its thread
    /// is left to finish on its own).
    static func addresses(
        of host: String, timeout: Duration,
        using lookUp: @escaping @Sendable (String) -> Result<[IPAddress], Failure> = HostResolver.lookUp
    ) async -> Result<[IPAddress], Failure> {
        let waiting = NIOLockedValueBox<CheckedContinuation<Result<[IPAddress], Failure>, Never>?>(nil)
        let answer: @Sendable (Result<[IPAddress], Failure>) -> Void = { result in
            waiting.withLockedValue { continuation in
                continuation?.resume(returning: result)
                continuation = nil
            }
        }
        return await withCheckedContinuation { continuation in
            waiting.withLockedValue { $0 = continuation }
            Thread { answer(lookUp(host)) }.start()
            timeouts.asyncAfter(deadline: .now() + .nanoseconds(Int(timeout.nanoseconds))) {
                answer(.failure(Failure(reason: "the resolver did not answer in time")))
            }
        }
    }

    // A thread of its own for each lookup and a serial queue for the timeouts, not the global queue: a hung
    // `getaddrinfo` held one of the global pool's few threads, which the process's tasks run on too, and a dozen of
    // them held up every task and every timeout until they ended.
    private static let timeouts = DispatchQueue(label: "herald.host-resolver.timeouts")

    static func lookUp(_ host: String) -> Result<[IPAddress], Failure> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        guard status == 0 else { return .failure(Failure(reason: String(cString: gai_strerror(status)))) }
        defer { freeaddrinfo(list) }
        var found: [IPAddress] = []
        var entry = list
        while let current = entry?.pointee {
            entry = current.ai_next
            guard let socketAddress = current.ai_addr else { continue }
            let address: IPAddress?
            switch current.ai_family {
            case AF_INET:
                address = socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                    withUnsafeBytes(of: pointer.pointee.sin_addr) { IPAddress(bytes: Array($0)) }
                }
            case AF_INET6:
                address = socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                    withUnsafeBytes(of: pointer.pointee.sin6_addr) { IPAddress(bytes: Array($0)) }
                }
            default:
                address = nil
            }
            if let address, !found.contains(address) { found.append(address) }
        }
        return found.isEmpty ? .failure(Failure(reason: "no address")) : .success(found)
    }
}
