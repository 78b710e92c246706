import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// The site, set once the port is known.
final class SiteBox: Sendable {
    private let value = Mutex<SyntheticNews?>(nil)

    var news: SyntheticNews? {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}

/// Routes `/feeds/<feed>.xml` and `/articles/<feed>/<item>.html`; everything else is 404.
final class SiteHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let site: SiteBox
    private var head: HTTPRequestHead?

    init(site: SiteBox) {
        self.site = site
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case let .head(request):
            head = request
        case .body:
            break
        case .end:
            guard let request = head else { return }
            head = nil
            respond(to: request, context: context)
        }
    }

    private func respond(to request: HTTPRequestHead, context: ChannelHandlerContext) {
        let parts = request.uri.split(separator: "/").map(String.init)
        var status = HTTPResponseStatus.notFound
        var body = "not found\n"
        var headers = HTTPHeaders()
        if let news = site.news {
            if parts.count == 2, parts[0] == "feeds", parts[1].hasSuffix(".xml"),
               let feed = Int(parts[1].dropLast(4)), (0..<news.feeds).contains(feed) {
                let tag = "\"outlet-\(feed)-v1\""
                headers.add(name: "ETag", value: tag)
                headers.add(name: "Content-Type", value: "application/rss+xml; charset=utf-8")
                if request.headers.first(name: "if-none-match") == tag {
                    status = .notModified
                    body = ""
                } else {
                    status = .ok
                    body = news.feed(feed)
                }
            } else if parts.count == 3, parts[0] == "articles", parts[2].hasSuffix(".html"),
                      let feed = Int(parts[1]), let item = Int(parts[2].dropLast(5)),
                      (0..<news.feeds).contains(feed), (0..<news.items).contains(item) {
                status = .ok
                headers.add(name: "Content-Type", value: "text/html; charset=utf-8")
                body = news.page(feed: feed, item: item)
            }
        }
        let bytes = Array(body.utf8)
        headers.add(name: "Content-Length", value: "\(bytes.count)")
        if !request.isKeepAlive { headers.add(name: "Connection", value: "close") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: status,
                                                             headers: headers))), promise: nil)
        if !bytes.isEmpty {
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: bytes)))),
                          promise: nil)
        }
        let channel = context.channel
        let keepAlive = request.isKeepAlive
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            if !keepAlive { channel.close(promise: nil) }
        }
    }
}

/// `--feeds N --items M --hosts H --port P --feed-list PATH`.
struct ServerArguments {
    var feeds = 100
    var items = 20
    var hosts = 16
    var port = 0
    var feedList: String?

    init(_ arguments: ArraySlice<String>) {
        var remaining = arguments.makeIterator()
        while let name = remaining.next() {
            let value = remaining.next() ?? ""
            switch name {
            case "--feeds": feeds = Int(value) ?? feeds
            case "--items": items = Int(value) ?? items
            case "--hosts": hosts = Int(value) ?? hosts
            case "--port": port = Int(value) ?? port
            case "--feed-list": feedList = value
            default: FileHandle.standardError.write(Data("SoakFeedServer: unknown option \(name)\n".utf8))
            }
        }
    }
}
