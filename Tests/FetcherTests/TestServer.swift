import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A canned HTTP response.
struct TestResponse: Sendable {
    var status: HTTPResponseStatus = .ok
    var headers: [(String, String)] = []
    var body: [UInt8] = []
    var delay: Duration? = nil

    static func text(_ text: String, type: String = "application/rss+xml", headers: [(String, String)] = []) -> TestResponse {
        TestResponse(status: .ok, headers: [("Content-Type", type)] + headers, body: Array(text.utf8))
    }

    static func redirect(_ status: HTTPResponseStatus, to location: String) -> TestResponse {
        TestResponse(status: status, headers: [("Location", location)])
    }
}

/// A request as the server saw it.
struct RecordedRequest: Sendable {
    var path: String
    var headers: [String: String]
    var receivedAt: ContinuousClock.Instant
}

/// What the server saw, for assertions.
actor RequestLog {
    private(set) var requests: [RecordedRequest] = []
    private(set) var inFlight = 0
    private(set) var maximumInFlight = 0

    func record(_ request: RecordedRequest) -> Int {
        requests.append(request)
        return requests.filter { $0.path == request.path }.count
    }

    func begin() {
        inFlight += 1
        maximumInFlight = max(maximumInFlight, inFlight)
    }

    func end() { inFlight -= 1 }

    func count(of path: String) -> Int { requests.filter { $0.path == path }.count }
}

/// A tiny HTTP/1.1 server on 127.0.0.1 and a free port, answering with a routing closure that
/// receives the request and how many times its path was requested so far (1 for the first time).
final class TestServer: Sendable {
    typealias Route = @Sendable (RecordedRequest, Int) async -> TestResponse

    let port: Int
    let log = RequestLog()
    private let channel: NIOAsyncChannel<NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, Never>
    private let loop: Task<Void, Never>

    private init(
        port: Int, channel: NIOAsyncChannel<NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, Never>,
        route: @escaping Route
    ) {
        self.port = port
        self.channel = channel
        let log = self.log
        loop = Task {
            try? await withThrowingDiscardingTaskGroup { group in
                try await channel.executeThenClose { inbound in
                    for try await connection in inbound {
                        group.addTask { await Self.serve(connection, log: log, route: route) }
                    }
                }
            }
        }
    }

    /// Starts a server.
    static func start(route: @escaping Route) async throws -> TestServer {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.configureHTTPServerPipeline()
                    return try NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>(
                        wrappingChannelSynchronously: child)
                }
            }
        let port = channel.channel.localAddress?.port ?? 0
        return TestServer(port: port, channel: channel, route: route)
    }

    func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)")!
    }

    func stop() async {
        try? await channel.channel.close()
        loop.cancel()
    }

    private static func serve(
        _ connection: NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, log: RequestLog, route: Route
    ) async {
        try? await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead? = nil
            for try await part in inbound {
                switch part {
                case let .head(requestHead):
                    head = requestHead
                case .body:
                    break
                case .end:
                    guard let requestHead = head else { continue }
                    var headers: [String: String] = [:]
                    for (name, value) in requestHead.headers { headers[name.lowercased()] = value }
                    let request = RecordedRequest(path: requestHead.uri, headers: headers, receivedAt: .now)
                    let attempt = await log.record(request)
                    await log.begin()
                    let response = await route(request, attempt)
                    if let delay = response.delay { try? await Task.sleep(for: delay) }
                    await log.end()
                    var responseHeaders = HTTPHeaders(response.headers)
                    responseHeaders.replaceOrAdd(name: "Content-Length", value: "\(response.body.count)")
                    try await outbound.write(.head(HTTPResponseHead(
                        version: requestHead.version, status: response.status, headers: responseHeaders)))
                    if !response.body.isEmpty {
                        try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: response.body))))
                    }
                    try await outbound.write(.end(nil))
                }
            }
        }
    }
}
