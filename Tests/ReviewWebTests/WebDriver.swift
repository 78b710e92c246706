import AsyncHTTPClient
import Foundation
import NIOCore

/// A minimal W3C WebDriver client over plain JSON HTTP calls, enough to drive one headless Chromium session.
struct WebDriver {
    /// The key under which WebDriver names an element.
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    let endpoint: URL
    let session: String

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Opens a session of headless Chromium at `browser` with a laptop-sized window.
    static func open(endpoint: URL, browser: String) async throws -> WebDriver {
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": [
                "binary": browser,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--window-size=1366,900", "--hide-scrollbars", "--force-device-scale-factor=1"],
            ],
        ]]]
        let value = try await call("POST", endpoint.appendingPathComponent("session"), capabilities)
        guard let session = (value as? [String: Any])?["sessionId"] as? String else {
            throw Failure(description: "no session in \(String(describing: value))")
        }
        return WebDriver(endpoint: endpoint, session: session)
    }

    private var base: URL { endpoint.appendingPathComponent("session").appendingPathComponent(session) }

    func go(to url: URL) async throws {
        _ = try await Self.call("POST", base.appendingPathComponent("url"), ["url": url.absoluteString])
    }

    func currentURL() async throws -> String {
        try await Self.call("GET", base.appendingPathComponent("url")) as? String ?? ""
    }

    func pageSource() async throws -> String {
        try await Self.call("GET", base.appendingPathComponent("source")) as? String ?? ""
    }

    /// The page source once it holds `text` (a form post may still be on its way when a click returns), or as
    /// it is when `time` has passed.
    func source(containing text: String, within time: Duration) async throws -> String {
        let deadline = ContinuousClock.now + time
        var source = try await pageSource()
        while !source.contains(text), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(200))
            source = try await pageSource()
        }
        return source
    }

    /// The first element a CSS selector finds.
    func element(_ selector: String) async throws -> String {
        let value = try await Self.call("POST", base.appendingPathComponent("element"),
                                        ["using": "css selector", "value": selector])
        guard let element = (value as? [String: Any])?[Self.elementKey] as? String else {
            throw Failure(description: "no element \(selector): \(String(describing: value).prefix(300))")
        }
        return element
    }

    func click(_ element: String) async throws {
        _ = try await Self.call("POST", base.appendingPathComponent("element/\(element)/click"), [String: Any]())
    }

    func type(_ text: String, into element: String) async throws {
        _ = try await Self.call("POST", base.appendingPathComponent("element/\(element)/value"), ["text": text])
    }

    func resize(width: Int, height: Int) async throws {
        _ = try await Self.call("POST", base.appendingPathComponent("window/rect"), ["width": width, "height": height])
    }

    /// The viewport as PNG.
    func screenshot() async throws -> Data {
        guard let text = try await Self.call("GET", base.appendingPathComponent("screenshot")) as? String,
              let data = Data(base64Encoded: text) else {
            throw Failure(description: "no screenshot")
        }
        return data
    }

    func close() async {
        _ = try? await Self.call("DELETE", base)
    }

    /// One WebDriver command: a JSON body in, the `value` of the JSON answer out; a WebDriver error throws.
    @discardableResult
    static func call(_ method: String, _ url: URL, _ body: Any? = nil) async throws -> Any? {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .RAW(value: method)
        if let body {
            request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)))
            request.headers.add(name: "Content-Type", value: "application/json")
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let data = Data(try await response.body.collect(upTo: 64 << 20).readableBytesView)
        let answer = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let value = answer?["value"]
        if let error = (value as? [String: Any])?["error"] as? String {
            let message = (value as? [String: Any])?["message"] as? String ?? ""
            throw Failure(description: "\(method) \(url.path): \(error): \(message.prefix(300))")
        }
        return value
    }
}
