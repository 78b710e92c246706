import Extractor
import Testing
@testable import Generator

@Suite struct ConfidenceTests {
    func evidence(_ quote: String, site: String, status: PolicyStatus = .announced) -> Evidence {
        Evidence(article: site, url: "https://\(slug(site)).example/a", site: site, published: "2031-01-01",
                 quote: quote, start: 0, end: quote.count, status: status)
    }

    @Test func independentOutletsRaiseConfidence() {
        let one = Confidence.score([evidence("Harbor bans lending.", site: "A")])
        let two = Confidence.score([evidence("Harbor bans lending.", site: "A"),
                                    evidence("Lending is banned by Harbor.", site: "B")])
        let sameOutletTwice = Confidence.score([evidence("Harbor bans lending.", site: "A"),
                                                evidence("Lending is banned by Harbor.", site: "A")])
        #expect(two > one)
        #expect(sameOutletTwice == one)
    }

    @Test(arguments: [
        "Harbor is reportedly planning to ban lending.",
        "Harbor is considering a lending ban.",
        "Harbor could ban lending next year, people familiar with the matter said.",
        "Harbor is said to be weighing a ban on lending.",
    ])
    func hedgingLowersConfidence(quote: String) {
        let firm = Confidence.score([evidence("Harbor bans lending.", site: "A")])
        #expect(Confidence.score([evidence(quote, site: "A")]) < firm)
    }

    @Test func firmerStatusesScoreHigher() {
        let statuses: [PolicyStatus] = [.considering, .proposed, .announced]
        let scores = statuses.map { Confidence.score([evidence("Harbor acts.", site: "A", status: $0)]) }
        #expect(scores == scores.sorted())
        #expect(Set(scores).count == 3)
    }

    @Test func theMonthOfMayIsNoHedge() {
        #expect(!Confidence.isHedged("Harbor bans lending from May 1."))
    }

    @Test func scoresStayBetweenZeroAndOne() {
        let many = (0..<30).map { evidence("Harbor bans lending.", site: "Outlet \($0)", status: .inEffect) }
        #expect(Confidence.score(many) <= 0.99)
        #expect(Confidence.score([]) >= 0.05)
    }
}
