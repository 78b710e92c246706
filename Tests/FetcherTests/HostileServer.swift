import Foundation
import NIOCore
import NIOPosix

/// A raw TCP server on a loopback address of choice, answering each connection with a script that writes bytes
/// as it likes (a redirect, or a body dripped one byte at a time). For the hostile-input tests.
final class HostileServer: Sendable {
    typealias Script = @Sendable (NIOAsyncChannelOutboundWriter<ByteBuffer>) async throws -> Void

    let host: String
    let port: Int
    private let channel: NIOAsyncChannel<NIOAsyncChannel<ByteBuffer, ByteBuffer>, Never>
    private let loop: Task<Void, Never>

    private init(host: String, port: Int, channel: NIOAsyncChannel<NIOAsyncChannel<ByteBuffer, ByteBuffer>, Never>,
                 script: @escaping Script) {
        self.host = host
        self.port = port
        self.channel = channel
        loop = Task {
            try? await withThrowingDiscardingTaskGroup { group in
                try await channel.executeThenClose { inbound in
                    for try await connection in inbound {
                        group.addTask {
                            try? await connection.executeThenClose { requests, outbound in
                                var received = ""
                                for try await chunk in requests {
                                    received += String(buffer: chunk)
                                    if received.contains("\r\n\r\n") { break }
                                }
                                try await script(outbound)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Starts a server on `host` (any loopback address: 127.0.0.2 stands for a public host in the tests).
    static func start(host: String = "127.0.0.1", script: @escaping Script) async throws -> HostileServer {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: host, port: 0) { child in
                child.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: child)
                }
            }
        return HostileServer(host: host, port: channel.channel.localAddress?.port ?? 0, channel: channel, script: script)
    }

    /// A redirect to `location`.
    static func redirecting(to location: String) -> Script {
        { outbound in
            try await outbound.write(ByteBuffer(string:
                "HTTP/1.1 302 Found\r\nLocation: \(location)\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
        }
    }

    func url(_ path: String) -> URL {
        URL(string: "http://\(host):\(port)\(path)")!
    }

    func stop() async {
        try? await channel.channel.close()
        loop.cancel()
    }
}
