import Extractor
import Foundation
import Testing
@testable import Generator

@Suite struct RulebookTests {
    @Test func readsTheDesignFormatWithPlainDates() throws {
        let yaml = """
        - id: cn-tradewind-mining-hardware
          title: Tradewind prohibits the sale of mining hardware
          action: prohibit
          subjects: [mining-hardware, crypto-sales]
          jurisdiction: CN
          issuer: Tradewind
          effective: 2031-10-08
          enforcement: 2031-10-15
          status: active
          sources:
            - url: https://example.org/a
              published: 2031-09-28
              quote: "will stop selling mining machines"
        """
        let book = try Rulebook(yaml: yaml)
        let rule = try #require(book.rule(id: "cn-tradewind-mining-hardware"))
        #expect(rule.effective == "2031-10-08")
        #expect(rule.subjects == [.miningHardware, .cryptoSales])
        #expect(rule.sources.first?.published == "2031-09-28")
        #expect(try Rulebook(yaml: book.yaml()) == book)
    }

    @Test func anEmptyFileIsAnEmptyRulebook() throws {
        #expect(try Rulebook(yaml: "").rules.isEmpty)
        #expect(try Rulebook(yaml: Rulebook().yaml()).rules.isEmpty)
    }

    @Test(arguments: [
        "- id: x\n  action: outlaw\n  subjects: []",
        "- id: x\n  subjects: [mining]",
        "not: [a, list",
        "- id: x\n  action: prohibit\n- id: x\n  action: warn",
    ])
    func invalidRulebooksAreRefusedWithAReason(yaml: String) {
        #expect(throws: RulebookFormatError.self) { try Rulebook(yaml: yaml) }
    }

    @Test func historyRoundTrips() throws {
        var rule = Rule(id: "a", title: "A", action: .warn, subjects: [], jurisdiction: nil, issuer: nil)
        rule.history = [RuleHistoryEntry(draft: "a-add", change: .add, approved: Date(timeIntervalSince1970: 0),
                                         reviewer: "ana", changes: ["title: ∅ → A"])]
        let book = Rulebook(rules: [rule])
        #expect(try Rulebook(yaml: book.yaml()) == book)
    }
}

@Suite struct NamingTests {
    @Test(arguments: [
        ("Alibaba.com", "alibaba-com"), ("People's Bank of China", "peoples-bank-of-china"),
        ("  U.S. SEC ", "u-s-sec"), ("Bank—of—Korea", "bank-of-korea"),
        ("Comissão de Valores Mobiliários", "comissao-de-valores-mobiliarios"), ("Banque de France", "banque-de-france"),
    ])
    func slugs(name: String, expected: String) {
        #expect(slug(name) == expected)
    }

    @Test func shortAndFullCompanyNamesMatch() {
        #expect(IssuerName("Alibaba").matches(IssuerName("Alibaba.com")))
        #expect(IssuerName("Binance Holdings Ltd.").matches(IssuerName("Binance")))
        #expect(IssuerName("the SEC").matches(IssuerName("SEC")))
        #expect(!IssuerName("Bank of Korea").matches(IssuerName("Bank of Japan")))
        #expect(!IssuerName("U.S.").matches(IssuerName("U.S. SEC")))
        #expect(!IssuerName("Bank").matches(IssuerName("Bank of England")))
        #expect(!IssuerName("").matches(IssuerName("")))
    }

    @Test func laterComparesAtTheSharedPrecision() {
        #expect(isLater("2031-09-01", than: "2031-07-01"))
        #expect(!isLater("2031-07", than: "2031-07-15"))
        #expect(isLater("2031-08", than: "2031-07-15"))
        #expect(isLater("2032-Q1", than: "2031-12-01"))
        #expect(isLater("2031-01-01", than: nil))
    }
}
