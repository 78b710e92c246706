/// Groups statements into the article-level policy changes a rule could be drafted from.
///
/// A measure is the article's news when its lead states it (the headline or the opening sentences),
/// it is decided, proposed or weighed rather than background (dated well before publication), and its
/// actor names itself. Every other measure its actors state as news is a frame of its own ("the regulator
/// lifted the freeze and set stricter conditions"); an article whose form reports no policy change
/// (opinion, interview, trial, launch, market report, a look back) has none, and neither has one whose headline only
/// advocates, reports words or sets a proceeding while the frame model doubts all its frames.
struct AnnouncementBuilder {
    var published: CalendarDay

    /// Statements of one actor and one action: the raw material of a frame.
    struct Candidate {
        var actorKey: String
        var action: PolicyAction
        var members: [Int]
    }

    /// The model that keeps the frames likely to be policy changes; nil keeps every frame the rules make (to fit a new
    /// model).
    var frameModel: FrameModel? = .shipped

    /// The model that weighs the activities a frame covers; nil keeps the rules' subjects (to fit a new model).
    var subjectModel: SubjectModel? = .shipped

    /// A frame and what the frame model reads in it (nothing for the frames it does not weigh: a headline's second
    /// measure, an article's lone warning), with the candidate activities the subject model weighs.
    struct WeighedFrame {
        var announcement: Announcement
        var features: [String]
        var subjectCandidates: [SubjectCandidate] = []
    }

    func announcements(
        from statements: [ReadStatement], in document: AnalyzedText, entities: EntityReading, context: ArticleContext, dates: [DateMention] = []
    ) -> [Announcement] {
        weighedFrames(from: statements, in: document, entities: entities, context: context, dates: dates).map(\.announcement)
    }

    func weighedFrames(
        from statements: [ReadStatement], in document: AnalyzedText, entities: EntityReading, context: ArticleContext, dates: [DateMention] = []
    ) -> [WeighedFrame] {
        let framing = ArticleFraming(document: document)
        if framing.genre == .opinion || framing.genre == .retrospective || !context.isAboutCrypto { return [] }
        let timing = MeasureTiming(published: published)
        let reader = FrameSubjects(document: document, leadEnd: framing.leadEnd)
        // A permission named only to describe the firm that holds it ("a fund manager licensed by the commission") is the
        // firm's standing, no news that makes or leads a frame; a frame made of other news still reads it for its activities.
        let timely = statements.map { isNews($0, timing) }
        // A penalty a rule threatens for breaking it ("operators face fines of up to ...") is a clause of the rule, no sanction
        // the article reports: it makes or leads no frame of its own.
        let news = statements.indices.map { index in
            timely[index] && !PermissionHolders.describesAHolder(statements[index], document)
                && !PenaltyClauses.threatensAPenalty(statements[index], document)
        }
        // What officials say at a forum, a summit or on a panel decides nothing unless the headline states a measure.
        if GatheringReports.reportsAGathering(statements, news: news, document, entities) { return [] }
        let candidates = mergingCountries(into: candidates(statements, document, context, leadEnd: framing.leadEnd, dates: dates), statements, news, context, framing)
        // A speech that reminds firms of the rules ("reiterated", "restating its long-held view") announces nothing.
        var leading = candidates.filter { candidate in
            (candidate.action != .warn || isStandaloneWarning(candidate, statements))
                && candidate.members.contains { news[$0] && framing.isInLead(statements[$0].sentence) && !restates(statements[$0], document) }
                && (candidate.members.contains { statements[$0].namesItsActor } || isPublic(candidate.actorKey, context))
        }
        // A court settling a dispute between companies makes no policy; a ruling is policy news when the lead names
        // a public party (a regulator, a prosecutor, a government) beside the court.
        let leadEnd = document.sentences.prefix(framing.leadEnd).last?.end ?? 0
        let leadNamesPublicParty = entities.mentions.contains { mention in
            mention.first < leadEnd && [.authority, .location].contains(mention.type) && isRegulator(mention.key, context)
                && context.typeByKey[mention.key] == .authority
        }
        // A court that sets a measure aside ("vacated the rule", "annulled the provision") makes policy news of its own. In
        // a criminal case the state is a party: what its court orders is settled below, with the rest of a trial report.
        if !leadNamesPublicParty, framing.genre != .trial {
            leading.removeAll { candidate in
                isJudicial(candidate.actorKey, context)
                    && !(candidate.action == .permit && candidate.members.contains { setsAsideAMeasure(statements[$0], document) })
            }
        }
        // A company's own terms ("caps purchases at $10,000", "requires a test") are product news; its policy news
        // closes, opens, limits or sets a condition on a service for a country ("delists the token for Canadian users",
        // "will require its customers in Kenya to upload a new proof of address").
        // A company that pauses services during a hack takes no policy measure, and a company that
        // offers something permits nothing unless it lifts its own ban ("will lift its ban on crypto ads").
        leading.removeAll { candidate in
            context.typeByKey[candidate.actorKey] == .organization
                && (framing.genre == .launch || context.isIncidentReport || !Self.companyPolicyActions.contains(candidate.action)
                    || !candidate.members.contains { news[$0] && namesPlace(statements[$0], document, entities) }
                    || candidate.action == .permit && !candidate.members.contains { Self.liftsABan(statements[$0], document) })
        }
        // An interview reports policy news only when its introduction does: an authority's decision stated
        // before the questions start ("The central bank on Sunday published rules ... We spoke to its director").
        if framing.genre == .interview {
            leading.removeAll { ![.authority, .location].contains(context.typeByKey[$0.actorKey]) }
        }
        // A feature opens with an anecdote and a market wrap with prices, and states its news a few paragraphs in: when
        // no actor of the lead states a measure, the first authority's or country's measure stated as news in the
        // opening stretch leads. A hack's news is the hack: the rules it names of the victim's licence are background
        // ("holds a licence under the regulation, which requires platforms to segregate client assets"), and only a
        // dated decision (below) makes it policy news. A police force investigating a scam makes no rule.
        if leading.isEmpty, framing.genre == .report || framing.genre == .marketReport, !context.isIncidentReport,
           !statements.contains(where: { framing.isInLead($0.sentence) && $0.namesItsActor }),
           let first = candidates.filter({ candidate in
               (candidate.action != .warn || isStandaloneWarning(candidate, statements)) && [.authority, .location].contains(context.typeByKey[candidate.actorKey])
                   && !isPoliceForce(candidate.actorKey, context)
                   && candidate.members.contains { news[$0] && statements[$0].sentence < framing.openingEnd && statements[$0].namesItsActor }
           }).min(by: { ($0.members.first ?? 0) < ($1.members.first ?? 0) }) {
            leading = [first]
        }
        // A price move, a results report, a funding round or a hack may report a policy change in a later paragraph: when
        // no actor of the lead states a measure, the first rule-maker's decision the article dates to a day of the last
        // weeks ("the commission on Thursday ordered exchanges to ...") leads wherever it stands; a rule in force the
        // article recalls gives no such day.
        let isDatedDecision = { (candidate: Candidate) in self.isDatedDecision(candidate, statements, news, document, context, dates) }
        if leading.isEmpty, Self.genresReportingOtherNews.contains(framing.genre), let first = candidates.first(where: isDatedDecision) {
            leading = [first]
        }
        // A market wrap or a results report is policy news only when its title line states the measure ("Crypto dips!
        // Regulator approves spot trading!": the title line may hold several sentences) or its news is a dated decision.
        let titleLineEnd = document.sentences.indices.dropFirst().first { document.tokens[document.sentences[$0].first].newlineBefore } ?? document.sentences.count
        if framing.genre == .marketReport || framing.genre == .earnings, !leading.contains(where: isDatedDecision),
           !statements.indices.contains(where: { news[$0] && statements[$0].sentence < titleLineEnd }) { return [] }
        // In a trial report, charges, rulings and orders of the court are proceedings, not policy, while its headline tells
        // the proceedings ("trial opens", "adjourned", "court told"); a headline that states the act of a prosecutor or a
        // court itself ("court orders sites blocked", "prosecutors charge founders") makes the act the news. A regulator's
        // own measure always is.
        if framing.genre == .trial, !leading.contains(where: { $0.action != .enforce && isRegulator($0.actorKey, context) }),
           Self.headlineTellsProceedings(document) || !leading.contains(where: { $0.members.contains { statements[$0].sentence == 0 } }) {
            return []
        }
        // Once the article is policy news, every measure its main actors state as news is a frame, and so is
        // any other authority's or country's measure that is news too (two countries acting, the rule a company reacts to),
        // and a company's own closing or limiting of a service in answer to it.
        let mainActors = Set(leading.map(\.actorKey))
        let headlineWeighs = document.sentences.first.map { headline in
            document.tokens[headline.first..<headline.end].contains { Self.weighingWords.contains($0) }
        } ?? false
        // One caution in other news is background; an authority's warning is news when it is repeated or headlined,
        // or when the lead has the main actor issue it beside its measure ("blocks the sites and warns investors").
        // An alert or a warning list the news has an authority issue on a day of its own ("published an alert on Tuesday",
        // "added five sites to its warning list on Friday") is an act of the news, once is enough.
        let selected = leading.isEmpty ? [] : candidates.filter { candidate in
            if candidate.action == .warn, !isStandaloneWarning(candidate, statements),
               !candidate.members.contains(where: { news[$0] && issuesWarningOnADay(statements[$0], document, dates) }),
               !leading.contains(where: { $0.actorKey == candidate.actorKey && $0.action != .warn })
                || !candidate.members.contains(where: { news[$0] && framing.isInLead(statements[$0].sentence) }) {
                return false
            }
            if mainActors.contains(candidate.actorKey) { return candidate.members.contains { news[$0] } }
            if reactsToTheMeasure(candidate, context, framing) { return candidate.members.contains { news[$0] && statements[$0].namesItsActor } }
            return [.authority, .location].contains(context.typeByKey[candidate.actorKey])
                && candidate.members.contains { news[$0] && statements[$0].namesItsActor }
        }
        var result: [Announcement] = []
        var frameFeatures: [[String]] = []
        for candidate in selected {
            let members = candidate.members.filter { timely[$0] }
            let evidence = FrameEvidence(
                candidate: candidate, news: members, leading: leading, selected: selected, statements: statements, document: document,
                framing: framing, context: context
            )
            // The lead says what the news is: its statements give the frame's status ("weighs a ban", though a
            // later sentence reads "instead of a ban, the government has chosen to tax").
            let inLead = members.filter { framing.isInLead(statements[$0].sentence) }
            // "Watchdog weighs registration for foreign exchanges": a headline that weighs makes its actor's draft a
            // deliberation, though the body speaks of "the draft under discussion".
            let hedged = headlineWeighs && mainActors.contains(candidate.actorKey)
            var frame = announcement(
                of: candidate, members, statusFrom: inLead.isEmpty ? members : inLead, statements, document, entities, context, timing, reader
            )
            if hedged, frame.status == .proposed { frame.status = .considering }
            // A company that only weighs or proposes a step beside another actor's measure ("the fund said it would consider a
            // small allocation", "the exchange is reviewing the order") takes none yet; its weighed step is a frame only when
            // it is the article's news.
            if context.typeByKey[candidate.actorKey] == .organization, !mainActors.contains(candidate.actorKey),
               frame.status == .proposed || frame.status == .considering {
                continue
            }
            // A warning or a sanction the article reports as done takes the day the article gives the act
            // ("in a circular issued on Monday", "in a judgment delivered on Wednesday").
            if frame.effective == nil, frame.status == .announced, frame.action == .warn || frame.action == .enforce {
                frame.effective = StatementDating(published: published, tokens: document.tokens).actDay(in: document.sentences, dates: dates)
            }
            // "Published an alert on Tuesday": a warning issued on a day of its own takes that day; one issued "the same
            // day" takes the day of the act reported before it.
            if frame.action == .warn, let issued = members.first(where: { reportsIssuingAWarning(statements[$0], document) }) {
                let sentence = document.sentences[statements[issued].sentence]
                frame.effective = recentDay(in: sentence, dates)
                    ?? (saysSameDay(sentence, document) ? result.last(where: { timing.isRecentStart($0.effective) })?.effective : nil)
                    ?? frame.effective
            }
            // A grace period or deadline still to come of the same actor is the enforcement side of its main measure;
            // a sanction already applied ("revoked a licence on Monday") is a measure of its own.
            if frame.action == .enforce, timing.isAhead(frame.effective), !imposesSanction(frame.statementIndices.map { statements[$0] }, document),
               let main = result.firstIndex(where: { $0.actor == frame.actor && $0.action != .enforce }) {
                result[main].enforcement = result[main].enforcement ?? frame.effective
                result[main].statementIndices = (result[main].statementIndices + frame.statementIndices).sorted()
                continue
            }
            result.append(frame)
            frameFeatures.append(evidence.features(of: frame, timing))
        }
        // The frames the rules make hold the article's background and the other sides of its change as well as the change
        // itself; the frame model keeps those likely to be a change of their own, and always the likeliest one.
        if let frameModel {
            let likely = frameModel.likelyFrames(among: frameFeatures)
            result = likely.map { result[$0] }
            frameFeatures = likely.map { frameFeatures[$0] }
            if Self.reportsNoDecision(likeliest: frameFeatures.map(frameModel.probability).max(), statements, news, document) { return [] }
        }
        // A measure is a frame because it is the article's news: one that took effect in the last weeks ("the resolution
        // took effect on Sunday", "said on Tuesday it had pushed back the date") is the news of its decision, unless the
        // news is a company's reaction to it ("an exchange stops serving local users after the central bank's ban").
        let companyReacts = candidates.contains { candidate in
            context.typeByKey[candidate.actorKey] == .organization
                && candidate.members.contains { news[$0] && framing.isInLead(statements[$0].sentence) }
        }
        if !companyReacts {
            for index in result.indices where result[index].status == .inEffect { result[index].status = .announced }
        }
        dateByStatedStart(&result, statements, document, context, dates, timing)
        Self.dateUndatedMeasures(&result)
        var unweighed: [Announcement] = []
        if result.isEmpty, framing.genre != .trial, let warning = issuedWarning(statements, document, entities, context, reader) { unweighed.append(warning) }
        unweighed += HeadlineMeasures(document: document, reader: reader).frames(adding: result + unweighed, statements: statements)
        let weighed = zip(result, frameFeatures).map { WeighedFrame(announcement: $0, features: $1) } + unweighed.map { WeighedFrame(announcement: $0, features: []) }
        guard !weighed.isEmpty else { return [] }
        // The subject model weighs each frame's candidate activities where the article names them.
        let evidence = SubjectEvidence(document: document, leadEnd: framing.leadEnd)
        return weighed.map { frame in
            var frame = frame
            let group = frame.announcement.statementIndices.map { statements[$0] }
            frame.subjectCandidates = evidence.candidates(
                chosen: frame.announcement.subjects, windows: reader.coverage(of: group, among: statements), action: frame.announcement.action,
                actorType: group.lazy.compactMap(\.actorKey).first.flatMap { context.typeByKey[$0] }
            )
            if let subjectModel, !frame.subjectCandidates.isEmpty {
                frame.announcement.subjects = subjectModel.subjects(among: frame.subjectCandidates)
            }
            frame.announcement.subjects = FrameSubjects.leavingTheCurrencysUses(frame.announcement.subjects)
            return frame
        }
    }

    /// The actions of a company's own measure that make policy news: closing, opening, limiting or setting a condition
    /// on a service (a warning or a sanction is an authority's).
    static let companyPolicyActions: [PolicyAction] = [.prohibit, .restrict, .permit, .require]

    /// The kinds of article whose main news may be something else than the policy change they report.
    static let genresReportingOtherNews: [ArticleFraming.Genre] = [.report, .marketReport, .earnings, .launch]

    /// "The commission on Thursday ordered exchanges to suspend deposits": a rule-maker (not a court, not a prosecutor,
    /// not a police force: "officers said on Friday they had opened an inquiry") that names itself decides a
    /// measure on a day of the last weeks the sentence gives, not restating it.
    private func isDatedDecision(
        _ candidate: Candidate, _ statements: [ReadStatement], _ news: [Bool], _ document: AnalyzedText, _ context: ArticleContext, _ dates: [DateMention]
    ) -> Bool {
        guard candidate.action != .warn, isRegulator(candidate.actorKey, context), !isPoliceForce(candidate.actorKey, context) else { return false }
        return candidate.members.contains { index in
            let read = statements[index]
            return news[index] && read.statement.status == .announced && read.namesItsActor && !restates(read, document)
                && recentDay(in: document.sentences[read.sentence], dates) != nil
        }
    }

    /// "Think tank urges a flat crypto tax", "Regulator's deputy says stablecoin questions come first", "Court to hear
    /// exchange's challenge in March": an article whose headline advocates, reports words or sets a proceeding states
    /// no decision of its own, and when no news in the headline or the sentence after it names its actor ("Interview: the
    /// central bank on its new rules. The central bank on Monday published rules that ...") and the frame model doubts
    /// even the likeliest frame, the measures it names are background, and the article reports no policy change. A
    /// doubted article whose headline restates or denies a decision ("reminds firms", "takes no decision", "leaves the
    /// rules unchanged") or guides the reader through the rules in force ("what to sort out before you lodge")
    /// reports none either, though its headline names the actor.
    static func reportsNoDecision(likeliest: Double?, _ statements: [ReadStatement], _ news: [Bool], _ document: AnalyzedText) -> Bool {
        guard let likeliest, likeliest < doubtedArticleProbability, let headline = document.sentences.first else { return false }
        let words = document.tokens[headline.first..<headline.end].map(\.lower)
        // "Regulator reminds firms the transition ends in June", "court adjourns the case without ruling", "rules stay
        // unchanged", "what to check before you file": a headline that says the news changes nothing needs no other sign,
        // whoever it names.
        if words.contains(where: restatingWords.contains) || deniesADecision(words) || guidesTheReader(words) { return true }
        let openingNewsNamesItsActor = statements.indices.contains { news[$0] && statements[$0].sentence <= 1 && statements[$0].namesItsActor }
        return !openingNewsNamesItsActor && words.contains(where: noDecisionHeadlineWords.contains)
    }

    /// "takes no decision", "without ruling", "no new timeline", "has not changed", "sets no date for ruling": a word of
    /// denial with a word of deciding or changing at most three words after it.
    static func deniesADecision(_ words: [String]) -> Bool {
        words.indices.contains { index in
            denialWords.contains(words[index]) && words[(index + 1)..<min(words.count, index + 4)].contains(where: decidingWords.contains)
        }
    }

    /// "Crypto gains and the tax return: what to sort out before you lodge", "Filing your crypto taxes? The old rules
    /// still apply": a headline that speaks to the reader and names nothing new is a guide to the rules in force. One that
    /// tells the reader of a change ("What the new cap means for you", "The tax office now wants a look at your crypto")
    /// is news.
    static func guidesTheReader(_ words: [String]) -> Bool {
        words.contains(where: readerWords.contains) && !words.contains(where: noveltyWords.contains)
    }

    static let readerWords: WordSet = ["you", "your", "yours", "yourself"]
    static let noveltyWords: WordSet = [
        "new", "now", "plan", "plans", "proposed", "proposal", "proposals", "draft", "latest", "change", "changes", "changed",
    ]

    static let denialWords: WordSet = ["no", "not", "without", "n't"]
    static let decidingWords: WordSet = [
        "decision", "decided", "decide", "ruling", "change", "changes", "changed", "new", "extension", "plans", "timeline", "commitments",
    ]

    /// Below this, the frame model doubts an article's likeliest frame: chosen on the committed sets, each held out of
    /// a fit of both models in turn (`Tests/Benchmarks/README.md`).
    static let doubtedArticleProbability = 0.5

    /// Headline words of advocacy ("urges", "lobby"), of pledges ("candidate vows to scrap the licence", "promises a tax
    /// holiday"), of reported words ("says", "interview", "profile") and of
    /// proceedings that decide nothing yet ("hearing", "adjourns", "debates", "survey finds", "preview"). Not the
    /// words an authority orders or warns with ("tells banks to close", "asks exchanges to delist", "warns investors").
    static let noDecisionHeadlineWords: WordSet = [
        "urges", "urge", "calls", "call", "lobby", "lobbies", "lobbying", "campaign", "fight", "push", "pushes", "petition",
        "vows", "vow", "vowed", "pledges", "pledge", "pledged", "promises", "promise", "promised",
        "says", "say", "said", "speech", "interview", "profile", "op", "ed", "op-ed", "opinion", "q&a",
        "hear", "hearing", "hears", "adjourns", "adjourned", "debates", "debate", "survey", "finds", "study", "preview",
    ]

    /// "The regulator on Tuesday barred leveraged trading for retail clients ... The rules take effect on May 4": an
    /// authority's new rule, licence, ban or limit that the frame dates by the day it was decided or issued (a day of the
    /// two weeks up to publication) starts on the day the article names as a start ("from", "takes effect on", "applies
    /// from", "enters into force on"), when it names exactly one still to come. A sanction or a warning keeps the day of
    /// the act, and so do a court's order, a company's own step (the start it reacts to is the authority's) and a measure
    /// taken back ("withdrew the letter", "lifts its freeze"), which end on the day they are decided.
    private func dateByStatedStart(
        _ frames: inout [Announcement], _ statements: [ReadStatement], _ document: AnalyzedText, _ context: ArticleContext, _ dates: [DateMention],
        _ timing: MeasureTiming
    ) {
        let starts = StatementDating(published: published, tokens: document.tokens).startDays(dates)
        let ahead = Set(starts.filter(timing.startsAfterPublication))
        guard ahead.count == 1, let start = ahead.first else { return }
        for index in frames.indices where frames[index].status == .announced && Self.startingActions.contains(frames[index].action) {
            let group = frames[index].statementIndices.map { statements[$0] }
            // An undated rule, ban or limit starts then too; an undated licence or approval is granted at once.
            guard frames[index].effective.map({ Self.isDayOfTheDecision($0, timing) }) ?? (frames[index].action != .permit),
                  let key = group.lazy.compactMap(\.actorKey).first, [.authority, .location].contains(context.typeByKey[key]),
                  !Self.namesACourt(frames[index].actor), !group.contains(where: { Self.takesBack(cue: document.tokens[$0.cueIndex].lower) }) else { continue }
            frames[index].effective = start
        }
    }

    /// The actions whose measure starts on a day of its own, later than the day it was decided.
    static let startingActions: [PolicyAction] = [.prohibit, .restrict, .permit, .require]

    /// A day of the two weeks up to publication, publication day included: the day a measure was decided or issued.
    static func isDayOfTheDecision(_ value: String, _ timing: MeasureTiming) -> Bool {
        guard value.count == 10, let days = MeasureTiming.days(of: value) else { return false }
        return (0...14).contains(timing.published.daysSinceEpoch - days.lowerBound)
    }

    /// "Upper Tribunal", "U.S. Court of Appeals for the Eighth Circuit": an actor's name that names a court.
    static func namesACourt(_ name: String?) -> Bool {
        guard let name else { return false }
        return name.lowercased().split { !$0.isLetter }.contains { PolicyCues.courtWords.contains(String($0)) || $0 == "circuit" }
    }

    /// "withdrew its 2022 letter", "lifts the cap", "reinstated the licence": a statement's cue (lowercased) that takes
    /// back a measure.
    static func takesBack(cue: String) -> Bool {
        PolicyCues.liftWords.contains(cue) || PolicyCues.withdrawalWords.contains(cue) || reinstatingWords.contains(cue)
    }

    /// Verbs that put back what an earlier act took away ("reinstated the licence", "restores the exemption").
    static let reinstatingWords: WordSet = ["reinstate", "reinstates", "reinstated", "reinstating", "restore", "restores", "restored", "restoring"]

    /// "The bureau will supervise wallet providers from Jan. 1 ... Each of them will have to register": a measure the
    /// article gives its actor with no date of its own starts with the actor's other announced measures, when they
    /// all start on one date (a warning, a carve-out, has no start); a sanction with no day of its own was imposed
    /// on the day of the article's other sanctions, when they share one.
    static func dateUndatedMeasures(_ frames: inout [Announcement]) {
        var startsByActor: [String: Set<String>] = [:]
        for frame in frames where frame.status == .announced && frame.action != .warn {
            guard let actor = frame.actor, let start = frame.effective else { continue }
            startsByActor[actor, default: []].insert(start)
        }
        // "One government froze the broker's assets on Monday ... a second one listed the broker too": sanctions the news
        // reports together are one day's acts, whichever authority imposed them.
        let sanctionDays = Set(frames.filter { $0.status == .announced && $0.action == .enforce }.compactMap(\.effective))
        for index in frames.indices where frames[index].effective == nil && frames[index].status == .announced && frames[index].action != .warn {
            if let actor = frames[index].actor, let starts = startsByActor[actor], starts.count == 1 {
                frames[index].effective = starts.first
            } else if frames[index].action == .enforce, sanctionDays.count == 1 {
                frames[index].effective = sanctionDays.first
            }
        }
    }

    /// "Published an alert on Tuesday urging exchanges to flag payments", "published an alert on the same day", "added
    /// five sites to its warning list on Friday": the sentence reports issuing a warning, and the day it was issued.
    private func issuesWarningOnADay(_ read: ReadStatement, _ document: AnalyzedText, _ dates: [DateMention]) -> Bool {
        guard reportsIssuingAWarning(read, document) else { return false }
        let sentence = document.sentences[read.sentence]
        return saysSameDay(sentence, document) || recentDay(in: sentence, dates) != nil
    }

    /// "the same day": the day of the act the article reported just before.
    private func saysSameDay(_ sentence: Sentence, _ document: AnalyzedText) -> Bool {
        let words = document.tokens[sentence.first..<sentence.end].map(\.lower)
        return zip(words, words.dropFirst()).contains { $0 == "same" && $1 == "day" }
    }

    /// An issuing verb with a warning noun after it: "issued an alert", "added the sites to its warning list".
    private func reportsIssuingAWarning(_ read: ReadStatement, _ document: AnalyzedText) -> Bool {
        let sentence = document.sentences[read.sentence]
        let words = document.tokens[sentence.first..<sentence.end].map(\.lower)
        return words.indices.contains { index in
            Self.issuingVerbs.contains(words[index]) && words[(index + 1)..<min(words.count, index + 9)].contains(where: Self.warningNouns.contains)
        }
    }

    /// The first day of the month up to publication that the sentence names ("on Thursday", "on Nov. 18").
    private func recentDay(in sentence: Sentence, _ dates: [DateMention]) -> String? {
        let timing = MeasureTiming(published: published)
        return dates.slice(in: sentence.first..<sentence.end, position: \.first).first { date in
            date.end <= sentence.end && !date.isVague && date.value.count == 10 && timing.isRecentStart(date.value)
        }?.value
    }

    static let issuingVerbs: WordSet = ["issued", "issues", "published", "publishes", "added", "adds"]
    static let warningNouns: WordSet = ["alert", "alerts", "warning", "warnings", "list", "blacklist"]

    /// The statement's cue lifts a ban or resumes a service ("lifts its ban", "will resume accepting").
    private static func liftsABan(_ read: ReadStatement, _ document: AnalyzedText) -> Bool {
        let cue = document.tokens[read.cueIndex].lower
        return PolicyCues.liftWords.contains(cue) || ["resume", "resumes", "resumed", "resuming"].contains(cue)
    }

    /// The statement's sentence names a country or a people ("in Canada", "Chinese users").
    private func namesPlace(_ read: ReadStatement, _ document: AnalyzedText, _ entities: EntityReading) -> Bool {
        let sentence = document.sentences[read.sentence]
        // A dateline ("TOKYO —") or a company's description ("one of Japan's largest exchanges") scopes no measure.
        return entities.mentions(in: sentence.first..<sentence.end).contains { mention in
            mention.type == .location && !EntityRecognizer.isDateline(mention.first..<mention.end, tokens: document.tokens)
                && !(mention.end < document.tokens.count && document.tokens[mention.end].isPossessive)
        }
            || !entities.demonyms.slice(in: sentence.first..<sentence.end, position: \.index).isEmpty
    }

    /// An authority other than a court or a prosecutor: one that makes rules.
    /// A company that closes or limits a service in answer to an authority's order or settlement ("will stop
    /// taking new customers", "will close the product to retail clients") takes a measure of its own.
    private func reactsToTheMeasure(_ candidate: Candidate, _ context: ArticleContext, _ framing: ArticleFraming) -> Bool {
        context.typeByKey[candidate.actorKey] == .organization && [.prohibit, .restrict].contains(candidate.action)
            && framing.genre != .launch && !context.isIncidentReport
    }

    private func isRegulator(_ key: String, _ context: ArticleContext) -> Bool {
        guard context.typeByKey[key] == .authority || context.typeByKey[key] == .location else { return false }
        return !isJudicial(key, context) && !nameHas(key, context, Self.judicialWords)
    }

    /// A police force: it enforces the law on a crime's suspects but makes no rules of its own.
    private func isPoliceForce(_ key: String, _ context: ArticleContext) -> Bool {
        context.typeByKey[key] == .authority && nameHas(key, context, ["police"])
    }

    /// A court, a tribunal or a judge.
    private func isJudicial(_ key: String, _ context: ArticleContext) -> Bool {
        context.typeByKey[key] == .authority && nameHas(key, context, ["court", "tribunal", "judge", "justice"])
    }

    private func nameHas(_ key: String, _ context: ArticleContext, _ words: Set<String>) -> Bool {
        (context.nameByKey[key] ?? key).lowercased().split(whereSeparator: { !$0.isLetter }).contains { words.contains(String($0)) }
    }

    /// The statement lifts a measure by setting it aside or halting it: "vacated the rule", "struck down the ban", "threw out
    /// the order", "paused the custody regulation".
    private func setsAsideAMeasure(_ read: ReadStatement, _ document: AnalyzedText) -> Bool {
        let cue = document.tokens[read.cueIndex].lower
        return read.statement.action == .permit && (PolicyCues.setAsideCueWords.contains(cue) || PolicyCues.haltVerbs.contains(cue))
    }

    /// The sentence restates a rule rather than deciding one: "reminded firms", "reiterated", "restating its long-held view".
    private func restates(_ read: ReadStatement, _ document: AnalyzedText) -> Bool {
        let sentence = document.sentences[read.sentence]
        return document.tokens[sentence.first..<sentence.end].contains { Self.restatingWords.contains($0) }
    }

    /// "Four on trial over fake platform", "trial adjourned to October", "court sets date for first hearing", "investor
    /// tells court": the headline reports a step of the proceedings, not an act that ends in an order or a charge.
    static func headlineTellsProceedings(_ document: AnalyzedText) -> Bool {
        guard let headline = document.sentences.first else { return false }
        return document.tokens[headline.first..<headline.end].contains { proceedingWords.contains($0) }
    }

    /// Words of a trial's course and outcome: its sittings, its witnesses, its delays and its verdict.
    static let proceedingWords: WordSet = [
        "trial", "trials", "jury", "jurors", "juror", "hear", "hears", "hearing", "hearings", "testified", "testifies", "testify",
        "testimony", "witness", "witnesses", "adjourn", "adjourns", "adjourned", "verdict", "convicted", "acquitted", "guilty",
        "plead", "pleads", "pleaded", "sentenced", "sentencing", "jailed", "told", "tells", "deny", "denies", "cross-examination",
    ]

    /// Verbs of a headline that weighs a measure rather than decides or drafts it.
    static let weighingWords: WordSet = [
        "weighs", "weighing", "mulls", "mulling", "considers", "considering", "eyes", "eyeing", "explores", "exploring",
        "mull", "weigh", "ponders", "contemplates", "studies", "mulled", "weighed",
    ]

    static let restatingWords: WordSet = [
        "reiterated", "reiterates", "reiterating", "reminded", "reminds", "reminding", "restated", "restates", "restating",
        "reaffirmed", "reaffirms", "reaffirming", "long-held", "longstanding", "long-standing", "unchanged",
    ]

    static let judicialWords: Set<String> = ["court", "tribunal", "judge", "justice", "prosecutor", "prosecutors", "attorney", "department"]

    /// A statement reports news: proposed or weighed, decided and not dated well before publication,
    /// or in effect since a day of the last month.
    private func isNews(_ read: ReadStatement, _ timing: MeasureTiming) -> Bool {
        switch read.statement.status {
        case .inEffect: return timing.isRecentStart(read.statement.effective)
        case .announced: return !timing.isPast(read.statement.effective)
        // The date of a proposal is that of its filing or of the vote, no sign of age.
        case .proposed, .considering: return true
        }
    }

    /// One candidate per actor and action, in order of first statement. Warnings count only when an
    /// authority issues them with a word of warning or the article reports their issue on a day ("published an alert on
    /// Tuesday"): a carve-out is no measure of its own.
    private func candidates(_ statements: [ReadStatement], _ document: AnalyzedText, _ context: ArticleContext, leadEnd: Int, dates: [DateMention]) -> [Candidate] {
        var order: [String] = []
        var groups: [String: Candidate] = [:]
        for (index, read) in statements.enumerated() {
            guard let actor = read.actorKey ?? describedActor(read, document, context) ?? grantor(of: read, leadEnd: leadEnd, document, context) else { continue }
            if read.statement.action == .warn, !PolicyCues.warnWords.contains(document.tokens[read.cueIndex].lower),
               !issuesWarningOnADay(read, document, dates) { continue }
            let key = actor + "|" + read.statement.action.rawValue
            if groups[key] == nil { order.append(key) }
            groups[key, default: Candidate(actorKey: actor, action: read.statement.action, members: [])].members.append(index)
        }
        return order.compactMap { groups[$0] }
    }

    /// "The regulator said it will cap leverage", "the central bank ordered banks": a statement the reader left
    /// without actor whose subject is a description of an authority is the article's leading authority's, and
    /// "the government" or "the cabinet" is the article's country.
    private func describedActor(_ read: ReadStatement, _ document: AnalyzedText, _ context: ArticleContext) -> String? {
        let sentence = document.sentences[read.sentence]
        let words = document.tokens[sentence.first..<min(sentence.end, max(sentence.first, read.cueIndex))].map(\.lower)
        // "the regulator", "the central bank", "the securities watchdog".
        guard let noun = words.indices.first(where: { index in
            Self.describedAuthorities.contains(words[index]) && words[max(0, index - 2)..<index].contains("the")
        }) else {
            return nil
        }
        if ["government", "cabinet"].contains(words[noun]) {
            return context.dominantCountry.flatMap(context.countryKey)
        }
        return context.leadingAuthority()?.key
    }

    /// "Five crypto firms win approval to become trust banks", "the subsidiary was authorized to offer the service": a
    /// permission of the lead that names its grantees, not its grantor, is granted by the authority the article names most.
    private func grantor(of read: ReadStatement, leadEnd: Int, _ document: AnalyzedText, _ context: ArticleContext) -> String? {
        guard read.statement.action == .permit, read.sentence < leadEnd else { return nil }
        let sentence = document.sentences[read.sentence]
        let words = document.tokens[sentence.first..<sentence.end].map(\.lower)
        // "wins shareholder approval", "gets court approval", "approval from its board": a private party's or a court's
        // consent is no authority's permission.
        let byPrivateParty = words.indices.contains { index in
            Self.privateApprovers.contains(words[index])
                && (words[(index + 1)..<min(words.count, index + 3)].contains(where: Self.grantNouns.contains)
                    || words[max(0, index - 2)..<index].contains("from"))
        }
        let receives = !byPrivateParty && words.indices.contains { index in
            Self.receivingVerbs.contains(words[index])
                && words[(index + 1)..<min(words.count, index + 6)].contains(where: Self.grantNouns.contains)
        }
        // "authorized to offer", "cleared to begin": the grantee is the subject of a passive permission.
        let granted = zip(words, words.dropFirst()).contains { Self.grantedParticiples.contains($0) && $1 == "to" }
        guard receives || granted && !byPrivateParty else { return nil }
        return context.leadingAuthority()?.key
    }

    static let receivingVerbs: WordSet = [
        "win", "wins", "won", "winning", "secure", "secures", "secured", "securing", "get", "gets", "got", "receive", "receives",
        "received", "obtain", "obtains", "obtained", "gain", "gains", "gained", "land", "lands", "landed", "clinch", "clinches",
        "clinched", "earn", "earns", "earned", "bag", "bags", "bagged",
    ]
    static let grantNouns: WordSet = [
        "approval", "approvals", "nod", "licence", "licences", "license", "licenses", "charter", "charters", "authorization",
        "authorizations", "authorisation", "authorisations", "registration", "go-ahead", "clearance", "permit", "permits",
        "light", "exemption", "exemptions",
    ]
    static let privateApprovers: WordSet = [
        "shareholder", "shareholders", "stockholder", "stockholders", "board", "directors", "court", "courts", "judge", "creditor",
        "creditors", "bondholder", "bondholders", "investor", "investors", "member", "members", "voter", "voters", "parent",
    ]
    static let grantedParticiples: WordSet = [
        "authorized", "authorised", "approved", "cleared", "licensed", "allowed", "permitted",
    ]

    static let describedAuthorities: WordSet = [
        "regulator", "watchdog", "supervisor", "authority", "commission", "ministry", "government", "cabinet", "bank", "agency",
    ]

    /// An authority or a country: "the government decided", "the watchdog struck three firms off its register" lead
    /// though the sentence leaves the actor to the article.
    private func isPublic(_ key: String, _ context: ArticleContext) -> Bool {
        [.authority, .location].contains(context.typeByKey[key])
    }

    /// An authority's warning that is news by itself: repeated, or stated in the headline.
    private func isStandaloneWarning(_ candidate: Candidate, _ statements: [ReadStatement]) -> Bool {
        candidate.members.count >= 2 || candidate.members.contains { statements[$0].sentence == 0 }
    }

    /// "Spain orders residents to declare crypto" and "the Ministry of Finance will require": a country's
    /// measure is its authority's when an authority of that country states the same action as news in the lead.
    private func mergingCountries(
        into candidates: [Candidate], _ statements: [ReadStatement], _ news: [Bool], _ context: ArticleContext, _ framing: ArticleFraming
    ) -> [Candidate] {
        var merged = candidates
        var removed: Set<Int> = []
        for (index, candidate) in candidates.enumerated() where context.typeByKey[candidate.actorKey] == .location {
            // A measure in effect that the country restates is background of its own ("China reiterated its ban").
            guard candidate.members.contains(where: { news[$0] && statements[$0].statement.status != .inEffect }),
                  let country = context.jurisdictionByKey[candidate.actorKey] ?? context.dominantCountry,
                  let target = candidates.indices.first(where: { other in
                      other != index && candidates[other].action == candidate.action
                          && context.typeByKey[candidates[other].actorKey] == .authority
                          && context.jurisdictionByKey[candidates[other].actorKey] == country
                          && candidates[other].members.contains { news[$0] && framing.isInLead(statements[$0].sentence) }
                  }) else { continue }
            merged[target].members = (merged[target].members + candidate.members).sorted()
            removed.insert(index)
        }
        let kept = merged.indices.filter { !removed.contains($0) }.map { merged[$0] }
        return kept.sorted { ($0.members.first ?? 0) < ($1.members.first ?? 0) }
    }

    private func announcement(
        of candidate: Candidate, _ members: [Int], statusFrom telling: [Int], _ statements: [ReadStatement], _ document: AnalyzedText,
        _ entities: EntityReading, _ context: ArticleContext, _ timing: MeasureTiming, _ reader: FrameSubjects
    ) -> Announcement {
        let group = members.map { statements[$0] }
        let status = Self.status(of: telling.map { statements[$0] })
        // The frame's start comes from statements of its own status ("fined on June 11", not the earlier fine of 2023);
        // a proposal or a deliberation starts only on a day still to come (the day of a vote or a filing is no start).
        let sameStatus = group.filter { $0.statement.status == status }
        let starts = sameStatus.compactMap(\.statement.effective)
            .filter { status == .announced || status == .inEffect || timing.isAhead($0) }
        let actorName = group.first { $0.actorKey == candidate.actorKey }?.statement.actor ?? context.nameByKey[candidate.actorKey]
        // A frame whose own sentences name no activity ("lifts ban with draft law") takes the activities
        // of its actor's other news.
        var subjects = reader.subjects(in: reader.coverage(of: group, among: statements))
        if subjects.isEmpty {
            // A carve-out names what the measure leaves alone ("trading remains legal"), never what it covers.
            subjects = reader.subjects(of: statements.filter {
                $0.actorKey == candidate.actorKey && $0.statement.status == status && $0.statement.action != .warn
            })
        }
        let sanction = imposesSanction(group, document)
        // "Penalised the crypto exchange over gaps in its anti-money-laundering checks": a sanction of a provider
        // strikes its business of providing crypto services, whatever failing it punishes.
        if candidate.action == .enforce, sanction, reader.namesCryptoProvider(group), !subjects.contains(.exchangeServices) {
            subjects.append(.exchangeServices)
        }
        subjects = reader.completed(subjects, actor: actorName)
        var effective = Self.leadDate(of: sameStatus, among: starts, headlineFirst: !sanction) ?? Self.mostCommon(starts)
        let isSanction = candidate.action == .enforce && (sanction || refusesLicence(group, document))
        effective = Self.dayOfTheAct(dated: effective, among: starts, isSanction: isSanction, timing)
        effective = Self.dayToComply(dated: effective, among: starts, isOrder: candidate.action == .require && status == .announced, timing)
        return Announcement(
            actor: actorName, action: candidate.action, status: status,
            subjects: subjects,
            jurisdiction: jurisdiction(of: candidate.actorKey, group, document, entities, context),
            effective: refined(effective, by: statements.filter { $0.actorKey == candidate.actorKey && $0.statement.status == status }),
            enforcement: nil, statementIndices: members
        )
    }

    /// "Struck the broker off its register on Friday ... its clients may move their tokens elsewhere until March 3": a
    /// sanction is dated by its act, the first day of the last weeks its statements give; a day after publication is the sanctioned firm's
    /// deadline to wind down, not the sanction's. Any other measure, or a sanction with no such day, keeps `day`.
    static func dayOfTheAct(dated day: String?, among starts: [String], isSanction: Bool, _ timing: MeasureTiming) -> String? {
        guard isSanction, let day, timing.startsAfterPublication(day) else { return day }
        return starts.first(where: timing.isRecentStart) ?? day
    }

    /// "The authority on Thursday told wallet providers to screen every withdrawal ... Screening must be in place by
    /// October 15": a duty announced as news is dated by the day it must be met, the first day after publication its statements
    /// give, not by the day it was issued. Any other measure, or a duty with no later day (a later year is no deadline), keeps
    /// `day`.
    static func dayToComply(dated day: String?, among starts: [String], isOrder: Bool, _ timing: MeasureTiming) -> String? {
        guard isOrder, let day, timing.isRecentStart(day) else { return day }
        return starts.first { value in value.count == 10 && timing.startsAfterPublication(value) } ?? day
    }

    /// "Pushes back the rule to March 2027 ... It will now apply from March 1, 2027": a month, quarter or year the
    /// actor's own news later gives as a day is that day.
    private func refined(_ effective: String?, by statements: [ReadStatement]) -> String? {
        guard let effective else { return nil }
        return statements.lazy.compactMap(\.statement.effective).first { MeasureTiming.isPeriod(effective, holding: $0) } ?? effective
    }

    /// The statements impose a sanction ("cancelled the registration", "fined", "revoked"), an act of its own rather
    /// than the deadline or grace period of another measure ("will not sanction sellers until June 15").
    private func imposesSanction(_ group: [ReadStatement], _ document: AnalyzedText) -> Bool {
        group.contains { read in
            let tokens = document.tokens
            let cue = tokens[read.cueIndex].lower
            let sentence = document.sentences[read.sentence]
            let before = tokens[max(sentence.first, read.cueIndex - 3)..<read.cueIndex].map(\.lower)
            let negated = before.contains { ["not", "n't", "'t", "\u{2019}t", "never", "no"].contains($0) }
            let grace = tokens[sentence.first..<sentence.end].contains { PenaltyClauses.deadlineWords.contains($0) }
            return Self.sanctionStems.contains { cue.hasPrefix($0) } && !negated && !grace
        }
    }

    /// "Refused the start-up a custody licence", "rejects the broker's application": an authority's refusal, up to its statement's
    /// cue, is an act of its own like a sanction, whatever deadline it gives the refused firm.
    private func refusesLicence(_ group: [ReadStatement], _ document: AnalyzedText) -> Bool {
        group.contains { read in
            let sentence = document.sentences[read.sentence]
            let cue = min(max(read.cueIndex, sentence.first), sentence.end - 1)
            return document.tokens[max(sentence.first, cue - 3)...cue].contains { Self.refusalWords.contains($0.lower) }
        }
    }

    /// The verbs of refusing a licence or an application.
    static let refusalWords: WordSet = ["refuse", "refuses", "refused", "refusing", "reject", "rejects", "rejected", "rejecting"]

    static let sanctionStems = ["revok", "cancel", "fine", "sanction", "penal", "struck", "strike", "seiz", "arrest", "sue", "sued", "charg"]

    /// An article whose news is an authority's warning (at least two announced warnings of one
    /// authority, not carve-outs) has that warning as its announcement.
    private func issuedWarning(
        _ statements: [ReadStatement], _ document: AnalyzedText, _ entities: EntityReading, _ context: ArticleContext, _ reader: FrameSubjects
    ) -> Announcement? {
        var counts: [String: [Int]] = [:]
        var order: [String] = []
        for (index, read) in statements.enumerated() where read.statement.action == .warn && read.statement.status == .announced {
            guard let key = read.actorKey, context.typeByKey[key] == .authority,
                  PolicyCues.warnWords.contains(document.tokens[read.cueIndex].lower) else { continue }
            if counts[key] == nil { order.append(key) }
            counts[key, default: []].append(index)
        }
        guard let key = order.max(by: { counts[$0, default: []].count < counts[$1, default: []].count }), let members = counts[key], members.count >= 2,
              members.contains(where: { statements[$0].namesItsActor }), let first = members.first else { return nil }
        let group = members.map { statements[$0] }
        return Announcement(
            actor: statements[first].statement.actor, action: .warn, status: .announced,
            subjects: reader.completed(reader.subjects(of: group), actor: statements[first].statement.actor),
            jurisdiction: jurisdiction(of: key, group, document, entities, context),
            effective: Self.mostCommon(group.compactMap(\.statement.effective)), enforcement: nil, statementIndices: members
        )
    }

    /// The news first: announced or proposed measures, else considered ones, else older ones. A measure
    /// the article reports as news keeps its frame though it mentions the actor's older acts of the same kind.
    private static func status(of group: [ReadStatement]) -> PolicyStatus {
        let statuses = group.map(\.statement.status)
        let news = statuses.filter { $0 == .announced || $0 == .proposed }
        let considered = statuses.filter { $0 == .considering }
        let ranked = !news.isEmpty ? news : !considered.isEmpty ? considered : statuses
        return mostCommon(ranked.map(\.rawValue)).flatMap(PolicyStatus.init(rawValue:)) ?? .announced
    }

    /// The frame's date is its lead's: the day its headline gives the measure ("regulator wants wallet checks in place by
    /// June 30", "investors have until May 15 to report gains"), else the first dated statement of the body (its start, the day of
    /// the act or the end of the period to comply, its own or the one the article gives its measure), when its date is
    /// one of the frame's starts. A sanction's headline may give the sanctioned firm a deadline; the act's day is the
    /// body's, so its headline gives no day (`headlineFirst` false).
    private static func leadDate(of group: [ReadStatement], among starts: [String], headlineFirst: Bool) -> String? {
        if headlineFirst, let headlineDay = group.first(where: { $0.sentence == 0 })?.statement.effective,
           headlineDay.count == 10, starts.contains(headlineDay) {
            return headlineDay
        }
        return group.first { $0.sentence > 0 && $0.statement.effective != nil }
            .flatMap(\.statement.effective).flatMap { starts.contains($0) ? $0 : nil }
    }

    /// The most frequent value, the first one on a tie.
    private static func mostCommon(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return values.first { counts[$0] == counts.values.max() }
    }

    private func jurisdiction(
        of actorKey: String, _ group: [ReadStatement], _ document: AnalyzedText, _ entities: EntityReading, _ context: ArticleContext
    ) -> String? {
        if let country = context.jurisdictionByKey[actorKey] { return country }
        var tally = CountryTally()
        for read in group {
            let sentence = document.sentences[read.sentence]
            for mention in entities.mentions(in: sentence.first..<sentence.end) {
                if mention.type == .location, let code = mention.code ?? mention.country { tally.count(code, at: mention.first) }
            }
            for demonym in entities.demonyms.slice(in: sentence.first..<sentence.end, position: \.index) where demonym.code.count == 2 {
                tally.count(demonym.code, at: demonym.index)
            }
        }
        return tally.leader ?? context.dominantCountry
    }
}
