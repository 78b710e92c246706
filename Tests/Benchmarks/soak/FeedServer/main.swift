import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

// A local news site for the soak benchmark and the daemon's crash-safety test.
//
//     SoakFeedServer --feeds 1000 --items 20 --hosts 16 --feed-list /tmp/feeds.yaml
//
// Serves `feeds` RSS feeds and their article pages on `hosts` loopback addresses (127.0.0.1, 127.0.0.2, …) on one
// port chosen by the system, writes the feed list for Herald, prints the port on standard output, and serves
// until killed. Feeds answer `If-None-Match` with 304, and robots.txt is absent (404).

let arguments = ServerArguments(CommandLine.arguments.dropFirst())
let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)

func bootstrap(site: SiteBox) -> ServerBootstrap {
    ServerBootstrap(group: group)
        .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
        .serverChannelOption(.backlog, value: 1024)
        .childChannelInitializer { channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                try channel.pipeline.syncOperations.addHandler(SiteHandler(site: site))
            }
        }
}

let site = SiteBox()
let first = try bootstrap(site: site).bind(host: "127.0.0.1", port: arguments.port).wait()
guard let port = first.localAddress?.port else {
    FileHandle.standardError.write(Data("SoakFeedServer: no port\n".utf8))
    exit(1)
}
let hosts = (1...max(1, min(arguments.hosts, 254))).map { "127.0.0.\($0)" }
for host in hosts.dropFirst() {
    _ = try bootstrap(site: site).bind(host: host, port: port).wait()
}
let news = SyntheticNews(feeds: arguments.feeds, items: arguments.items, hosts: hosts, port: port)
site.news = news
if let path = arguments.feedList {
    try Data(news.feedList.utf8).write(to: URL(fileURLWithPath: path))
}
FileHandle.standardOutput.write(Data("\(port)\n".utf8))
try first.closeFuture.wait()
