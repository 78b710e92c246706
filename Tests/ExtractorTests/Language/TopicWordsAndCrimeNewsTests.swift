import Testing
@testable import Extractor

/// Words of a measure used in another sense, as real feed items use them: enforcement as the police or as a topic
/// ("law enforcement", "uneven enforcement", "sanctions risks"), "required" describing a noun ("the required rest
/// breaks"), arrests in a violent crime, and a digest's list of topics; beside sentences where the same words state an act.
@Suite struct TopicWordsAndCrimeNewsTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "Local law enforcement agencies asked the exchange for customer records.",
        "Uneven enforcement across the bloc is fuelling calls for a single supervisor.",
        "The network poses sanctions risks for banks that serve it.",
        "Sanctions compliance teams at the bank flagged the transfers.",
        "The supplier allegedly failed to give staff the required rest breaks.",
        "Five men were arrested after the kidnapping of a crypto investor.",
        "Two suspects were charged with murder over the robbery of a bitcoin trader.",
    ])
    func aWordOfAMeasureInAnotherSenseStatesNone(text: String) {
        #expect(action(text) == nil, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("The regulator stepped up enforcement against unlicensed brokers.", PolicyAction.enforce),
        ("The Treasury sanctioned three exchanges for laundering ransomware proceeds.", .enforce),
        ("Police arrested the founder of the exchange on fraud charges.", .enforce),
        ("Prosecutors indict four over a token mixer used by ransomware gangs", .enforce),
        ("A federal grand jury will indict the exchange's former chief executive on Friday, officials said.", .enforce),
        ("Exchanges are required to report every transfer.", .require),
        ("Applicants must upload the required documents by Friday.", .require),
        ("The agency said the firm lacked the required licence and fined it $2 million.", .enforce),
    ])
    func theSameWordsStillStateAnAct(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "Token Unlocks, Exchange Lawsuit & Treasury Reserve - Daily Markets Recap",
        "Today's headlines: the latest on ETF flows, the exchange lawsuit, miner margins and more.",
        "Weekend Recap: Mining Crackdown, Token Unlocks, ETF Outflows",
        "Evening headlines: exchange lawsuits, stablecoin supply and a new miner.",
        "Market wrap: the latest on the broker's lawsuit and the token's slide.",
    ])
    func aDigestsListOfTopicsStatesNone(text: String) {
        #expect(action(text) == nil, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("ETF Inflows Slow, Regulator Approves Spot Trading - Weekly Recap", PolicyAction.permit),
        ("Morning digest: the central bank bans crypto payments from June.", .prohibit),
        ("Weekly roundup: the watchdog fined two brokers and warned investors about meme coins.", .enforce),
        ("Daily Recap: Treasury sanctions three mixers, bitcoin rebounds", .enforce),
        ("The latest: the ministry will require exchanges to register by March.", .require),
    ])
    func aDigestItemWithAVerbStatesItsAct(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }
}
