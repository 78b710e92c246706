import Hummingbird

/// Lets a request in only when it may come in.
///
/// With an access token every request must carry it: as `Authorization: Bearer T`, as the `herald_token`
/// cookie, or once as `?token=T`, which sets the cookie and redirects to the same address without it. Without a
/// token the server listens on loopback only, and a request must name a loopback host, so that a web page whose
/// name was pointed at 127.0.0.1 (DNS rebinding) cannot read the review pages.
struct AccessGuard<Context: RequestContext>: RouterMiddleware {
    static var cookieName: String { "herald_token" }

    let token: String?

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let token else {
            guard Self.namesLoopback(request.head.authority) else {
                throw PageError(.misdirectedRequest, "This server answers only to localhost and 127.0.0.1.")
            }
            return try await next(request, context)
        }
        if let given = request.uri.queryParameters["token"] {
            guard secretsMatch(given, token) else { throw Self.refusal }
            var response = Response(status: .seeOther)
            response.headers[.location] = Self.addressWithoutToken(path: request.uri.path, query: request.uri.query)
            response.headers[.setCookie] = "\(Self.cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict"
            return response
        }
        let bearer = request.headers[.authorization].flatMap { header in
            header.hasPrefix("Bearer ") ? header.dropFirst("Bearer ".count) : nil
        }
        let cookie = request.cookies[Self.cookieName]?.value
        guard bearer.map({ secretsMatch($0, token) }) == true || cookie.map({ secretsMatch($0, token) }) == true else {
            throw Self.refusal
        }
        return try await next(request, context)
    }

    static var refusal: PageError {
        PageError(.unauthorized, "This server needs its access token: open the address with ?token=… once, "
            + "or send Authorization: Bearer ….")
    }

    /// The path and query with every `token` parameter removed.
    static func addressWithoutToken(path: String, query: String?) -> String {
        let kept = (query ?? "").split(separator: "&").filter { !$0.hasPrefix("token=") && $0 != "token" }
        return path + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }

    /// Whether a Host header names this machine; a request without one is let through.
    static func namesLoopback(_ host: String?) -> Bool {
        guard let host, !host.isEmpty else { return true }
        var name = host
        if name.hasPrefix("["), let close = name.firstIndex(of: "]") {
            name = String(name[name.index(after: name.startIndex)..<close])
        } else if let colon = name.lastIndex(of: ":") {
            name = String(name[..<colon])
        }
        return ListenAddress(host: name, port: 0).isLoopback
    }
}
