import Foundation
import Testing
@testable import Fetcher

@Suite struct FeedDateTests {
    @Test(arguments: [
        ("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z"),
        ("Tue, 10 Jun 2003 04:00:00 +0200", "2003-06-10T02:00:00Z"),
        ("Tue, 10 Jun 2003 04:00:00 -05:30", "2003-06-10T09:30:00Z"),
        ("10 Jun 2003 04:00 EST", "2003-06-10T09:00:00Z"),
        ("Sun, 5 Jan 2025 23:15:00 PDT", "2025-01-06T06:15:00Z"),
        ("Mon, 06 Jan 25 08:00:00 UT", "2025-01-06T08:00:00Z"),
        ("Wed, 31 Dec 97 12:00:00 GMT", "1997-12-31T12:00:00Z"),
        ("Jun 10 2003 04:00:00 GMT", "2003-06-10T04:00:00Z"),
        ("Tue, 10 Jun 2003", "2003-06-10T00:00:00Z"),
        ("Tuesday, 10 June 2003 04:00:00 GMT+1", "2003-06-10T03:00:00Z"),
        ("01-Jan-2004 10:00:00 GMT", "2004-01-01T10:00:00Z"),
        ("2024-03-01T12:30:45Z", "2024-03-01T12:30:45Z"),
        ("2024-03-01T12:30:45.123+01:00", "2024-03-01T11:30:45Z"),
        ("2024-03-01T12:30+0100", "2024-03-01T11:30:00Z"),
        ("2024-03-01 12:30:45", "2024-03-01T12:30:45Z"),
        ("2024-03-01", "2024-03-01T00:00:00Z"),
        ("20240301T123045Z", "2024-03-01T12:30:45Z"),
        ("1700000000", "2023-11-14T22:13:20Z"),
    ])
    func parsesCommonAndBrokenForms(text: String, expected: String) {
        #expect(FeedDate.parse(text).map(FeedDate.iso8601) == expected)
    }

    @Test(arguments: [
        "", "yesterday", "Tue, 32 Jun 2003 04:00:00 GMT", "2024-13-01", "2023-02-29",
        "Tue, 10 Foo 2003 04:00:00 GMT", "10 Jun 2003 25:00:00 GMT", "10 Jun 2003 04:00:00 XYZT",
        "2024-03-01T12:30:45 garbage", "12345",
    ])
    func givesNothingRatherThanAWrongDate(text: String) {
        #expect(FeedDate.parse(text) == nil)
    }

    @Test func formatsBeforeTheEpochAndLeapDays() throws {
        #expect(FeedDate.iso8601(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(FeedDate.parse("2024-02-29T00:00:00Z").map(FeedDate.iso8601) == "2024-02-29T00:00:00Z")
    }
}
