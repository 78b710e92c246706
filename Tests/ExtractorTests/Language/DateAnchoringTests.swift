import Testing
@testable import Extractor

/// Dates the text anchors itself: a year-less month or day written elsewhere with its year takes that year when it
/// stays near publication and the sentence does not point the other way; weekdays after "next week" or labelling the
/// items under a heading that looks ahead fall in the days to come; a weekday bounding a period is the one of that
/// name named before; "January 1 of 2027" is one date. Sentences are our own.
@Suite struct DateAnchoringTests {
    private func dates(_ text: String, published: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).dates.map { "\($0.text)=\($0.value)" }
    }

    @Test(arguments: [
        // Headline and body name the same month; the body writes its year.
        ("Regulator delays custody rule to April\n\nThe rule will now apply from April 1, 2027.", "2026-10-14",
         ["April=2027-04", "April 1, 2027=2027-04-01"]),
        ("Watchdog sets March deadline for exchange fixes\n\nThe firm must show by March 31 next year that it complied.", "2026-11-25",
         ["March=2027-03", "March 31 next year=2027-03-31"]),
        ("The levy starts on 1 February 2027. Brokers said they could be ready by February.", "2026-09-30",
         ["1 February 2027=2027-02-01", "February=2027-02"]),
        ("Lawmakers expect the vote in January. It is set for January 20, 2027.", "2026-07-01",
         ["January=2027-01", "January 20, 2027=2027-01-20"]),
        ("The ban, in force since August 2026, was tightened in August.", "2027-03-02", ["August 2026=2026-08", "August=2026-08"]),
        // A year-less day takes the year written for the same day.
        ("Exchanges face a May 31 cut-off. The May 31, 2027 date is final.", "2026-11-20",
         ["May 31=2027-05-31", "May 31, 2027=2027-05-31"]),
    ])
    func aYearLessDateTakesTheYearWrittenForIt(_ text: String, _ published: String, _ expected: [String]) {
        #expect(dates(text, published: published) == expected)
    }

    @Test(arguments: [
        // The written year would put the month more than a season away: the nearest one stays.
        ("Minutes of the central bank's June meeting came out. The rule has applied since June 30, 2025.", "2026-07-09",
         ["June=2026-06", "June 30, 2025=2025-06-30"]),
        // The sentence looks back, the written date lies ahead.
        ("The exchange was hacked in December. Its licence runs to December 2026.", "2026-02-10",
         ["December=2025-12", "December 2026=2026-12"]),
        // Two years written for the month: no anchor.
        ("Tokens listed in March 2026 and March 2027 differ. Trading resumes in March.", "2026-11-10",
         ["March 2026=2026-03", "March 2027=2027-03", "March=2027-03"]),
        // Another month: no anchor.
        ("The rule takes effect in April 2027. Firms were told in May.", "2026-10-14", ["April 2027=2027-04", "May=2026-05"]),
        // The month says its year itself.
        ("Prices fell last April, and the rule starts in April 2027.", "2026-10-14", ["last April=2026-04", "April 2027=2027-04"]),
    ])
    func otherMonthsKeepTheirOwnYear(_ text: String, _ published: String, _ expected: [String]) {
        #expect(dates(text, published: published) == expected)
    }

    @Test(arguments: [
        ("COMING UP NEXT WEEK\n\n- Tuesday: central bank rate decision.\n\n- Thursday: securities regulator board meeting.", "2026-10-30",
         ["NEXT WEEK=2026-W45", "Tuesday=2026-11-03", "Thursday=2026-11-05"]),
        ("The week ahead. Next week is busy. Monday: the parliament debates the tax bill.", "2026-06-12",
         ["Next week=2026-W25", "Monday=2026-06-15"]),
        ("Lawmakers return next week. On Wednesday they will vote on the stablecoin bill.", "2026-03-06",
         ["next week=2026-W11", "Wednesday=2026-03-11"]),
    ])
    func weekdaysAfterNextWeekFallInThatWeek(_ text: String, _ published: String, _ expected: [String]) {
        #expect(dates(text, published: published) == expected)
    }

    @Test(arguments: [
        // No week named before the weekday, a past week, or a verb that looks back.
        ("On Tuesday the regulator fined the exchange.", "2026-10-30", ["Tuesday=2026-10-27"]),
        ("Last week was quiet. On Monday, the exchange reopened.", "2026-10-30", ["Last week=2026-W43", "Monday=2026-10-26"]),
        ("Hearings resume next week. On Tuesday, the committee said it had delayed them.", "2026-10-30",
         ["next week=2026-W45", "Tuesday=2026-10-27"]),
        // A date between the week and the weekday breaks the anchor.
        ("Talks resume next week. The law passed on 3 March 2026, and on Friday the bank spoke.", "2026-10-28",
         ["next week=2026-W45", "3 March 2026=2026-03-03", "Friday=2026-10-23"]),
        ("Next week the board meets; the exchange collapsed on Monday.", "2026-10-30", ["Next week=2026-W45", "Monday=2026-10-26"]),
    ])
    func otherWeekdaysKeepTheirNearestDay(_ text: String, _ published: String, _ expected: [String]) {
        #expect(dates(text, published: published) == expected)
    }

    /// Published on Wednesday 14 October 2026 (Monday is 12 October, Thursday 15 October, next Monday 19 October).
    @Test(arguments: [
        ("THE WEEK AHEAD\n\nThursday: the securities regulator publishes its staking rules.", ["Thursday=2026-10-15"]),
        ("COMING UP\n\n- Monday: lawmakers debate the crypto tax bill.\n\n- Tuesday: the central bank's board meets.",
         ["Monday=2026-10-19", "Tuesday=2026-10-20"]),
        ("On the calendar\n\n• Wednesday: an exchange hearing in parliament.", ["Wednesday=2026-10-21"]),
        ("UPCOMING\n\n1. Friday: comments on the stablecoin paper are due.", ["Friday=2026-10-16"]),
        // No heading that looks ahead, a heading that looks back, or a weekday that labels nothing: the nearest day.
        ("THE WEEK THAT WAS\n\n- Monday: the regulator fined an exchange.", ["Monday=2026-10-12"]),
        ("MARKETS\n\nMonday: bitcoin fell 4% as funds sold.", ["Monday=2026-10-12"]),
        ("COMING UP\n\nOn Monday the regulator fined an exchange.", ["Monday=2026-10-12"]),
    ])
    func aWeekdayLabellingAnItemUnderAHeadingThatLooksAheadIsTheNextOne(_ text: String, _ expected: [String]) {
        #expect(dates(text, published: "2026-10-14") == expected)
    }

    /// Published on Wednesday 14 October 2026 (Monday is 12 October, next Monday 19 October).
    @Test(arguments: [
        ("The ministry on Monday suspended new grid connections for miners. The suspension covers requests filed from Monday.",
         ["Monday=2026-10-12", "Monday=2026-10-12"]),
        ("The president signed the order on Monday. Machines installed before Monday may stay in service.",
         ["Monday=2026-10-12", "Monday=2026-10-12"]),
        ("The regulator fined the exchange on Monday and barred it from taking new clients for three months from Monday.",
         ["Monday=2026-10-12", "Monday=2026-10-12"]),
        // A bound that surely looks ahead, a weekday not bounding anything, or one named for the first time: its own day.
        ("The regulator said on Monday that the rules will apply from Monday.", ["Monday=2026-10-12", "Monday=2026-10-19"]),
        ("The exchange halted trading on Monday. The committee holds a hearing on Monday.",
         ["Monday=2026-10-12", "Monday=2026-10-19"]),
        ("The rules apply to requests filed from Monday.", ["Monday=2026-10-19"]),
    ])
    func aWeekdayBoundingAPeriodIsTheDayOfThatNameNamedBefore(_ text: String, _ expected: [String]) {
        #expect(dates(text, published: "2026-10-14") == expected)
    }

    @Test(arguments: [
        ("Banks may offer custody from January 1 of 2027.", "2026-10-08", ["January 1 of 2027=2027-01-01"]),
        ("The rules apply from 1 of March of 2027.", "2026-10-08", ["1 of March of 2027=2027-03-01"]),
        ("The decree of June 5 of 2025 still stands.", "2026-10-08", ["June 5 of 2025=2025-06-05"]),
        ("Exchanges filed reports on March 3 of this year.", "2026-10-08", ["March 3 of this year=2026-03-03"]),
        // "of" before anything but a year leaves the day alone.
        ("On May 4 of each year the fees are due.", "2026-10-08", ["May 4=2026-05-04"]),
        ("By March 10 of next week's schedule, nothing moved.", "2026-02-01", ["March 10=2026-03-10", "next week=2026-W06"]),
    ])
    func aYearAfterOfBelongsToTheDate(_ text: String, _ published: String, _ expected: [String]) {
        #expect(dates(text, published: published) == expected)
    }

    @Test(arguments: [
        ("The regulator sets March deadline for fixes.", "2026-11-25", ["March=2027-03"]),
        ("Exchanges miss May deadline for audits.", "2026-06-10", ["May=2026-05"]),
        ("Banks face the June review of their reserves.", "2026-06-10", ["June=2026-06"]),
        ("Lawmakers eye March vote on the bill.", "2026-01-20", ["March=2026-03"]),
        // A name before the noun, or no dated noun after the word: no month.
        ("Analysts at Theresa May deadline desk disagreed.", "2026-06-10", []),
        ("Protesters will march on the ministry.", "2026-06-10", []),
        ("Supporters March Deadline Group said no.", "2026-06-10", []),
        ("It may deadline the launch.", "2026-06-10", []),
    ])
    func anAmbiguousMonthBeforeADatedNounIsTheMonth(_ text: String, _ published: String, _ expected: [String]) {
        #expect(dates(text, published: published) == expected)
    }

    /// Published on Wednesday 14 October 2026 (Monday is 12 October, next Monday 19 October).
    @Test(arguments: [
        // An act reported as done whose start "with effect from" names a weekday: the weekday of this week.
        ("The regulator has suspended the licence of Corvid Exchange with effect from Monday.", "Monday=2026-10-12"),
        ("The regulator has reinstated the licence of Corvid Exchange, a mid-sized platform, with effect from Tuesday.", "Tuesday=2026-10-13"),
        ("The central bank has lifted its cap on crypto purchases with effect from Monday, after a review of the market.", "Monday=2026-10-12"),
        ("Corvid Exchange has been struck off the register of crypto firms with effect from Tuesday.", "Tuesday=2026-10-13"),
        // A start still to come, or an act not reported as done: the weekday ahead.
        ("The regulator will suspend the licence of Corvid Exchange with effect from Monday.", "Monday=2026-10-19"),
        ("The licence of Corvid Exchange is to be suspended with effect from Monday.", "Monday=2026-10-19"),
        ("The regulator has said the licence would be suspended with effect from Monday.", "Monday=2026-10-19"),
        ("The regulator suspends the licence of Corvid Exchange with effect from Monday.", "Monday=2026-10-19"),
    ])
    func aWeekdayAnActDoneTookEffectFromIsOfThisWeek(_ text: String, _ expected: String) {
        #expect(dates(text, published: "2026-10-14") == [expected])
    }
}
