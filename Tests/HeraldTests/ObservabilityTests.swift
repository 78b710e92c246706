import Foundation
import Logging
import Testing
@testable import herald

@Suite struct LogLineTests {
    let time = Date(timeIntervalSince1970: 1_790_000_000)

    @Test(arguments: [
        ("feed done", ["feed": "Coin Meridian", "new": "3"] as Logger.Metadata),
        ("a message with \"quotes\" and a\nnewline", ["reason": "HTTP 503 from http://example.com/feed"]),
        ("", [:]),
        ("nested", ["list": .array(["a", "b"]), "map": .dictionary(["k": "v"])]),
    ])
    func aJSONLineIsOneObjectWithTheMessageAndItsMetadata(message: String, metadata: Logger.Metadata) throws {
        let line = LogLine.json(time: time, level: .warning, label: "herald.run", message: message,
                                metadata: metadata)
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["message"] as? String == message)
        #expect(object["level"] as? String == "warning")
        #expect(object["label"] as? String == "herald.run")
        #expect((object["time"] as? String)?.hasPrefix("2026-") == true)
        for key in metadata.keys {
            #expect(object[key] != nil, "\(key)")
        }
    }

    @Test func metadataCannotOverwriteTheStandardFields() throws {
        let line = LogLine.json(time: time, level: .info, label: "l", message: "real", metadata: ["message": "fake"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["message"] as? String == "real")
    }

    @Test func aHumanLineQuotesValuesWithSpacesAndSortsKeys() {
        let line = LogLine.human(time: time, level: .info, label: "herald.daemon", message: "feed polled",
                                 metadata: ["new": "2", "feed": "The Ledger Post", "next": "900s"])
        #expect(line.hasSuffix("info herald.daemon: feed polled feed=\"The Ledger Post\" new=2 next=900s"))
        let quoted = LogLine.human(time: time, level: .error, label: "x", message: "m", metadata: ["why": "a \"b\""])
        #expect(quoted.hasSuffix(#"why="a \"b\"""#))
    }
}

@Suite struct ProgressLineTests {
    @Test func theLineShowsFeedsArticlesRateAndTimeLeft() {
        let line = ProgressLine(feedsDone: 10, totalFeeds: 40, articles: 200, elapsed: .seconds(20)).text
        #expect(line == "feeds 10/40 · 200 articles · 10.0 articles/s · ETA 1m00s")
    }

    @Test func thereIsNoEstimateBeforeTheFirstFeedIsDone() {
        let line = ProgressLine(feedsDone: 0, totalFeeds: 40, articles: 3, elapsed: .seconds(2))
        #expect(line.eta == nil)
        #expect(!line.text.contains("ETA"))
    }

    @Test(arguments: [(0.4, "0s"), (59.0, "59s"), (61.0, "1m01s"), (3_599.0, "59m59s"), (7_260.0, "2h01m")])
    func timesAreShort(seconds: Double, expected: String) {
        #expect(ProgressLine.format(seconds) == expected)
    }
}

@Suite struct MetricsAddressTests {
    @Test(arguments: [
        ("127.0.0.1:9464", "127.0.0.1", 9464), ("localhost:0", "localhost", 0), ("[::1]:9464", "::1", 9464),
    ])
    func validAddresses(text: String, host: String, port: Int) {
        #expect(MetricsAddress(text) == MetricsAddress(host: host, port: port))
    }

    @Test(arguments: ["9464", ":9464", "127.0.0.1:", "127.0.0.1:99999", "127.0.0.1:port", ""])
    func invalidAddresses(text: String) {
        #expect(MetricsAddress(text) == nil)
    }
}
