import Hummingbird

/// A request that ends in an error page: the status and a sentence for the reader.
struct PageError: Error, Equatable {
    var status: HTTPResponse.Status
    var message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }
}

/// Turns every error a route throws into an HTML page with a fitting status; errors the server did not expect
/// say only that something went wrong, and are logged.
struct ErrorPages<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as PageError {
            return Self.page(error)
        } catch let error as HTTPError {
            let message = error.status == .notFound ? "There is no page at this address." : error.status.reasonPhrase
            return Self.page(PageError(error.status, message))
        } catch {
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return Self.page(PageError(.internalServerError, "Something went wrong: \(error)"))
        }
    }

    static func page(_ error: PageError) -> Response {
        let body = Layout.page(title: error.status.reasonPhrase, section: nil, content: """
            <h1>\(error.status.code) \(error.status.reasonPhrase)</h1>
            <p class="error">\(error.message)</p>
            <p><a href="/">Back to the drafts</a></p>
            """)
        return Response.html(body, status: error.status)
    }
}

extension Response {
    /// An HTML page.
    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: page.rendered))
        )
    }

    /// A redirect to a page of this server, as answers a form post (303 See Other: the browser then GETs it).
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
