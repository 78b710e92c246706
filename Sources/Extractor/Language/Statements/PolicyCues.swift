/// The words that make a sentence state a policy, and how they decide its action and status.
enum PolicyCues {
    /// A policy cue found in a sentence: what it does and the token where it stands.
    struct Cue {
        var action: PolicyAction?
        var index: Int
    }

    /// Finds the sentence's policy cue, by priority: lifting a ban, carve-outs, sanctions, bans,
    /// restrictions, obligations, permissions, crackdowns, warnings, then words that only say a
    /// measure exists ("comes into force", "the proposal": `action` nil, taken from the article).
    /// Words at `skipping` (inside a name such as "Tax Agency", or a role such as "tax adviser") are no cues.
    /// In an article about a central bank digital currency, `aboutCBDC` makes a pilot or rollout a permission.
    static func cue(in words: [String], from start: Int, skipping: Set<Int> = [], aboutCBDC: Bool = false) -> Cue? {
        cue(in: HashedWords(words), from: start, skipping: skipping, aboutCBDC: aboutCBDC)
    }

    /// `cue(in:from:skipping:aboutCBDC:)` of a sentence's words with their hashes: the word lists asked at each word and in the
    /// windows around it probe with the stored hashes instead of hashing the same words again.
    static func cue(in sentence: HashedWords, from start: Int, skipping: Set<Int> = [], aboutCBDC: Bool = false) -> Cue? {
        let words = sentence.words
        let count = words.count
        func negated(_ index: Int) -> Bool { isNegated(index, in: sentence, from: start) }
        func isPassiveOrTo(_ index: Int) -> Bool {
            (index > start && ["be", "is", "are", "was", "were", "been", "being", "remain", "remains"].contains(words[index - 1]))
                || (index + 1 < count && words[index + 1] == "to")
        }
        // (`targets` is a named set or a short list written at the call; a list is read word by word, not made a set on
        // each call.)
        func within<Targets: Sequence<String>>(_ index: Int, _ distance: Int, _ targets: Targets) -> Bool {
            guard index + 1 < count else { return false }
            return words[(index + 1)..<min(count, index + 1 + distance)].contains { targets.contains($0) }
        }
        func before<Targets: Sequence<String>>(_ index: Int, _ distance: Int, _ targets: Targets) -> Bool {
            words[max(start, index - distance)..<index].contains { targets.contains($0) }
        }
        // (A named set is probed with the words' stored hashes.)
        func within(_ index: Int, _ distance: Int, _ targets: WordSet) -> Bool {
            guard index + 1 < count else { return false }
            return targets.containsAny(of: sentence, in: (index + 1)..<min(count, index + 1 + distance))
        }
        func before(_ index: Int, _ distance: Int, _ targets: WordSet) -> Bool {
            targets.containsAny(of: sentence, in: max(start, index - distance)..<index)
        }
        // "may not onboard new retail clients", "barred from taking on new customers", "must not open new
        // accounts", "will no longer sign new electricity supply contracts": a ban on new business only, existing clients
        // and contracts kept, restricts.
        func newCustomersOnly(_ index: Int) -> Bool {
            guard let new = words[min(count, index + 1)..<min(count, index + 10)].firstIndex(of: "new") else { return false }
            // (The nouns of the phrase "new" opens: "the sale of new tokens to investors" bans a sale.)
            return words[(new + 1)..<min(count, new + 4)].prefix { !nonObjectPrepositions.contains($0) }.contains { newBusinessNouns.contains($0) }
        }
        // "President Bukele sanctioned the reform to the law", "the president sanctions law of virtual assets": to sanction
        // a law is to enact it, its content decides the action ("was sanctioned under the act", "sanctioned for breaching the
        // law" punish).
        func enactsBySanction(_ index: Int) -> Bool {
            guard sanctionVerbs.contains(wordAt: index, of: sentence), !before(index, 2, ["be", "is", "are", "was", "were", "been", "being"]),
                  let law = words[min(count, index + 1)..<min(count, index + 7)].firstIndex(where: { enactedLawNouns.contains($0) }) else { return false }
            return !words[(index + 1)..<law].contains { ["under", "for", "over", "by", "against"].contains($0) }
        }
        // The words after `index`, where a name's words ("a Reserve Bank of Ruritania directive") count as one.
        func withinPastNames(_ index: Int, _ distance: Int, _ targets: WordSet) -> Bool {
            var position = index + 1
            var counted = 0
            while position < count, counted < distance {
                if skipping.contains(position) { position += 1; continue }
                if targets.contains(wordAt: position, of: sentence) { return true }
                counted += 1
                position += 1
            }
            return false
        }
        // (Read only at the words that ask.)
        lazy var hasForceWord = forceWords.containsAny(of: sentence, in: start..<count)
        lazy var hasProcedureWord = words[start..<count].contains { ["proposal", "proposed", "vote", "draft", "bill"].contains($0) }
        // "shareholders approved the merger", "approved a funding round": a corporate decision, not a permission
        // (a regulator's board approving a fund for investors stays one).
        func isCorporateDecision(_ index: Int) -> Bool {
            before(index, 3, ["shareholders", "shareholder"]) || within(index, 5, corporateWords)
        }
        // "the court ruled", "Justice Roe found that ...": a ruling.
        lazy var isCourtContext = courtWords.containsAny(of: sentence, in: start..<count)
        var best: (priority: Int, cue: Cue)?
        func offer(_ priority: Int, _ action: PolicyAction?, _ index: Int) {
            // "... after it previously barred such loans": background to the sentence's news.
            let background = before(index, 3, backgroundMarkers) && action != nil
            // "must file by the end of June, or they will have to cease trading": the ban befalls those who do not comply.
            if action == .prohibit, isAlternativeToADuty(words, at: index, from: start) { return }
            let rank = background ? priority - 60 : priority
            if best == nil || rank > best!.priority { best = (rank, Cue(action: action, index: index)) }
        }
        for index in start..<count {
            let word = words[index]
            guard relevantWords.contains(wordAt: index, of: sentence), !skipping.contains(index) else { continue }
            // "lifted its ban on", and in the passive "the ban on mining was lifted"; "lifted the Bank of Ruritania's ban on",
            // "lifts its 2019 bar on", "lifted a 2024 order that kept lenders from ...": the measure a lift verb takes as its
            // object, past names and a year (not when the lift is denied).
            if liftWords.contains(wordAt: index, of: sentence), !before(index, 3, refusalWords),
               within(index, 6, banNouns) || before(index, 6, banNouns) || !negated(index) && liftsANamedMeasure(words, at: index, from: start, skipping: skipping) {
                offer(100, negated(index) ? .warn : .permit, index)
            }
            // "stays the regulator's notice", "the directive is stayed", "cancels the watchdog's curb", "reinstates the broker's
            // licence", "annuls the ministry's power to close": a court halting, cancelling or annulling a measure, or giving back
            // a licence, lifts it.
            if undoesAMeasure(words, at: index, from: start, skipping: skipping), !negated(index), !before(index, 3, refusalWords) {
                offer(100, .permit, index)
            }
            // "Tribunal pauses the custody regulation", "a judge blocked the treasury's new cap", "a writ suspending the
            // directive": a court that halts a measure lifts it ("petitioned for a writ suspending the directive" halts nothing).
            // (The halt first: the sentence is searched for a court only at a verb of halting.)
            if haltsAMeasure(words, at: index, from: start, skipping: skipping), isCourtContext, !negated(index),
               !before(index, 3, refusalWords), !before(index, 6, haltRequestWords) {
                offer(100, .permit, index)
            }
            // "postpones the deadline", "has postponed to March the date on which ...", "deferred the start of its order",
            // "pushed the start back by a year": more time to comply is a grace period.
            if postponesAStart(words, at: index, from: start), !negated(index) {
                offer(89, .enforce, index)
            }
            // "drops the requirement to seek approval", "will remove the ¥1 million limit", "scraps the purchase cap", and in the
            // passive "the cap was scrapped": a duty or a ceiling taken away is lifted.
            if liftsAConstraint(words, at: index, from: start), !negated(index), !before(index, 3, refusalWords) {
                offer(100, .permit, index)
            }
            if stillBannedWords.contains(wordAt: index, of: sentence), before(index, 3, ["remain", "remains", "still"]) {
                offer(95, .warn, index)
            }
            // ("amounts below the threshold, which are currently exempt": a relative clause describing the object.)
            // ("remain tax-free", "leaves self-hosted wallets untouched", "are spared from the ban".)
            let carvedOut = carvedOutWords.contains(wordAt: index, of: sentence)
                || word == "free" && index >= start + 2 && words[index - 1] == "-" && ["tax", "duty", "levy", "vat"].contains(words[index - 2])
            if carvedOut || word == "affected" && negated(index), !before(index, 4, ["which", "that", "who"]) {
                // ("would be exempt from state licensing", "exempted from registration": a firm let operate without a
                // licence is permitted, and so is one an authority relieves of a rule.)
                let relieves = within(index, 6, licensingRegimeNouns) || Self.relievesOfARule(words, at: index, from: start)
                offer(95, word.hasPrefix("exempt") && !negated(index) && relieves ? .permit : .warn, index)
            }
            // "will not penalise exchanges for breaches until March 31": no sanction until a day is a grace period.
            // ("law enforcement" is the police; "sanctions risks", "uneven enforcement": nouns of a topic, no act.)
            if enactsBySanction(index) {
                offer(55, nil, index)
            } else if enforceWords.contains(wordAt: index, of: sentence) && (!negated(index) || word.hasPrefix("sanction") || within(index, 8, ["until", "till", "before"])),
               !namesEnforcementAsATopic(words, at: index, from: start) {
                offer(90, .enforce, index)
            }
            // "may fine unlicensed providers up to 5%", "will be able to fine operators", "pay an administrative fine of $750,000",
            // "each day of further sales carries a fine of R$50,000": a fine, threatened or set, is a sanction.
            if isPenaltyFine(words, at: index, from: start), !negated(index) { offer(90, .enforce, index) }
            if word == "grace", index + 1 < count, words[index + 1] == "period" { offer(90, .enforce, index) }
            // "extended the deadline", "extends the transition period": more time to comply is a grace period.
            if extendWords.contains(wordAt: index, of: sentence), within(index, 4, ["deadline", "deadlines", "transition", "window", "period"]) { offer(89, .enforce, index) }
            // "gives firms more time to apply", "will not grant a further extension".
            // "firms get six more months before they need a licence": more time is a grace period.
            if periodWords.contains(wordAt: index, of: sentence), before(index, 1, ["more", "extra", "additional", "further"]),
               before(index, 5, ["get", "gets", "got", "given", "have", "has", "grant", "grants", "granted", "give", "gives", "gave"]) {
                offer(86, .enforce, index)
            }
            // "no more than 2,000 customers", "not more than 10%": a ceiling.
            if word == "more", before(index, 1, ["no", "not"]), within(index, 1, ["than"]) { offer(70, .restrict, index) }
            // "off limits", "off-limits": forbidden.
            if word == "off", within(index, 2, ["limits"]) { offer(80, .prohibit, index) }
            if word == "time", before(index, 1, ["more", "extra", "additional"]), within(index, 1, ["to"]),
               before(index, 5, ["give", "gives", "gave", "given", "grant", "grants", "granted", "get", "gets", "allow", "allows"]) { offer(86, .enforce, index) }
            if word == "extension" || word == "extensions", before(index, 2, ["further", "another", "deadline", "grace"]) { offer(86, .enforce, index) }
            // "charged with fraud", "settled with the regulator", "agreed to pay $4 million".
            if chargeOrSettleWords.contains(wordAt: index, of: sentence), within(index, 4, ["with", "against"]) { offer(88, .enforce, index) }
            // "brokers need a licence to serve clients": a licence is required.
            // "an issuer will need a dedicated stablecoin licence".
            if needVerbs.contains(wordAt: index, of: sentence), within(index, 4, licenceNouns), !negated(index) { offer(60, .require, index) }
            // "may invest at most 10,000 euros": a limit.
            if word == "most", before(index, 1, ["at"]), before(index, 5, ["may", "can", "allowed", "permitted"]) { offer(70, .restrict, index) }
            // ("agreed last week to pay a $9 million penalty": a day or a place may stand between.)
            if word == "pay", index > start + 1, words[index - 1] == "to", words[max(start, index - 6)..<(index - 1)].contains(where: { $0.hasPrefix("agree") }) {
                offer(88, .enforce, index)
            }
            // "Payment stablecoins would stay outside the bill's scope", "swaps remain outside the tax", "leave mining outside
            // the licensing regime": what a measure leaves outside its reach is a carve-out ("keep reserves outside the
            // country" places something; "issuers that fall outside the regime must still register" describes them).
            if word == "outside", before(index, 3, leftOutsideVerbs), within(index, 4, reachNouns), !before(index, 3, ["which", "that", "who"]) {
                offer(76, .warn, index)
            }
            // "ordered the exchange to pay $38 million": a sum ordered paid is a penalty ("ordered banks to pay interest" is a duty).
            if word == "pay", index > start + 1, words[index - 1] == "to", before(index, 8, ["ordered", "orders"]), within(index, 4, penaltySumWords) {
                offer(88, .enforce, index)
            }
            if investigationWords.contains(wordAt: index, of: sentence) { offer(42, .enforce, index) }
            if let licensing = LicensingCues.reading(at: index, in: words, from: start) { offer(licensing.priority, licensing.action, index) }
            if let scope = ScopeCues.reading(at: index, in: words, from: start) { offer(scope.priority, scope.action, index) }
            if let access = AccessCues.reading(at: index, in: words, from: start) { offer(access.priority, access.action, index) }
            if let act = EnforcementActs.reading(at: index, in: words, from: start) { offer(act.priority, act.action, index) }
            if let figure = PermissionFigures.reading(at: index, in: words, from: start) { offer(figure.priority, figure.action, index) }
            // "raises the capital bar for exchanges", "halves the capital floor": a capital level to hold obliges.
            if let floor = CapitalFloorCues.reading(at: index, in: words, from: start) { offer(floor.priority, floor.action, index) }
            // "households may move up to 2 million rand a year offshore", "each customer can keep up to 3,000 euros": a ceiling
            // on what each may do or hold restricts.
            if let ceiling = AllowanceCeilingCues.reading(at: index, in: words, from: start) { offer(ceiling.priority, ceiling.action, index) }
            // "only accredited investors may buy": a restriction.
            // "were allowed to hold crypto only for their own operations": a permission with a bound.
            if word == "only", within(index, 12, ["may", "can", "allowed", "permitted", "eligible"]) || before(index, 10, onlyPermissionWords)
                || before(index, 6, ["may", "can", "must"]) {
                offer(70, .restrict, index)
            }
            // "only licensed exchanges may offer trading", "may be offered only by firms registered with the board": an
            // activity reserved for licence holders obliges.
            if let reserved = ReservedActivityCues.reading(at: index, in: words, from: start) { offer(reserved.priority, reserved.action, index) }
            // "ordered telecoms to block access to exchange websites": the service is cut off.
            // ("instructed banks to block payments to the app", "blocked transfers to the exchange".)
            if blockVerbs.contains(wordAt: index, of: sentence), within(index, 2, ["access", "payments", "transactions", "transfers", "websites", "sites"]) {
                offer(80, .prohibit, index)
            }
            // "Access to the exchanges has been blocked", "the sites must be blocked", "payments will be blocked from March 1":
            // what is blocked is cut off ("a blocked transaction", "the list of blocked persons" only describe).
            if word == "blocked", before(index, 2, ["be", "been", "is", "are", "was", "were", "being"]) { offer(80, .prohibit, index) }
            // "will treat staking rewards as income", "are classified as taxable gains": a tax status obliges.
            if treatAsVerbs.contains(wordAt: index, of: sentence),
               let asIndex = words[(index + 1)..<min(count, index + 8)].firstIndex(of: "as"),
               words[(asIndex + 1)..<min(count, asIndex + 4)].contains(where: { ["income", "taxable", "gains", "salary", "earnings", "revenue"].contains($0) }) {
                offer(60, .require, index)
            }
            // "must return all client assets by June 30", "will have to close existing positions within 60 days", "such
            // positions must be closed by May 31": clients' holdings given back or closed out by a deadline wind a business
            // down, a grace period.
            if windDownVerbs.contains(wordAt: index, of: sentence), within(index, 6, clientHoldingNouns) || before(index, 6, clientHoldingNouns),
               within(index, 12, ["by", "within"]) {
                offer(74, .enforce, index)
            }
            // "ordered the firm to wind down its business": all of it ends; "a general licence lets firms wind down their
            // dealings until June 5": the time to end them is a grace period.
            if word == "wind", within(index, 1, ["down"]) { offer(80, within(index, 8, ["until", "till"]) ? .enforce : .prohibit, index) }
            // "the agency would license and supervise exchanges": a licensing regime obliges.
            if licensingRegimeVerbs.contains(wordAt: index, of: sentence), !negated(index),
               before(index, 1, ["will", "would", "shall"]) || before(index, 1, ["to"]) && before(index, 6, authorityNouns) {
                offer(65, .require, index)
            }
            if word == "shut" || word == "closed" || word == "shutdown", within(index, 3, ["by"]) { offer(90, .enforce, index) }
            // "the bar is higher now": the noun is no ban.
            // "barred users with less than a year of history from borrowing": a ban on only some is a restriction.
            if banWords.contains(wordAt: index, of: sentence), !(word == "bar" && before(index, 1, ["the", "a", "this", "that"])), !isBanStoppedShortOf(words, at: index, from: start) {
                let limited = within(index, 12, partialBanWords) || newCustomersOnly(index)
                offer(80, disqualifiesPeople(words, at: index) ? .enforce : limited ? .restrict : .prohibit, index)
            }
            // "tells platforms to drop the two meme tokens", "has to remove every pair quoted in the coin": tokens taken off a
            // market are delisted.
            if dropsTokens(words, at: index), !negated(index) { offer(80, .prohibit, index) }
            // "an act that bars towns from prohibiting home mining", "shields node operators from municipal bans": a ban on
            // banning an activity guarantees it.
            if bansBanning(words, at: index) { offer(85, .permit, index) }
            // "broke securities laws", "for breaching anti-money-laundering rules": a finding of a breach.
            if breachWords.contains(wordAt: index, of: sentence), within(index, 8, lawNouns) { offer(85, .enforce, index) }
            if rulingWords.contains(wordAt: index, of: sentence), isCourtContext, !within(index, 1, ["in", "of", "for"]) || word == "ruled" {
                offer(66, .enforce, index)
            }
            // "show-cause notices", "a cease-and-desist order" (hyphens are tokens of their own).
            if word == "cause" && before(index, 2, ["show"]) || word == "desist" && before(index, 4, ["cease"]) { offer(88, .enforce, index) }
            // "set the circular aside", "struck down the ban": a court lifts a measure.
            if word == "aside", before(index, 7, ["set", "sets"]) { offer(60, .permit, index) }
            if word == "quashed" || word == "down" && before(index, 1, ["struck", "strikes"]) { offer(60, .permit, index) }
            // "A federal judge vacated the rule", "annuls the regulator's order", "threw out the ban", "the rule was
            // struck down": a measure set aside is lifted ("declined to vacate the order" lifts nothing).
            // ("The court set aside a Reserve Bank directive that barred ...", "set that circular aside".)
            let setsAside = annulmentWords.contains(wordAt: index, of: sentence) || word == "out" && before(index, 1, ["throw", "throws", "threw", "thrown", "throwing"])
                || word == "down" && before(index, 1, ["strike", "strikes", "struck", "striking"])
                || word == "aside" && before(index, 3, ["set", "sets", "setting"])
            // "withdraws its 2017 warning", "drops the opinion that told banks to keep away": a caution or guidance that
            // held an activity back, withdrawn, lifts it.
            if withdrawalWords.contains(wordAt: index, of: sentence), within(index, 5, withdrawnGuidanceNouns), !negated(index), !before(index, 3, refusalWords) {
                offer(100, .permit, index)
            }
            // "withdraws a bill that would have required ...", "drops its plan to make platforms withhold tax", "shelved the
            // proposal": a measure taken back before it was made lifts what it would have imposed.
            if withdrawalWords.contains(wordAt: index, of: sentence) || setDownPlanVerbs.contains(wordAt: index, of: sentence), within(index, 5, withdrawnPlanNouns) || setDownPlanVerbs.contains(wordAt: index, of: sentence) && within(index, 5, withdrawnGuidanceNouns),
               !negated(index), !before(index, 3, refusalWords), !isCorporateDecision(index), !Self.namesAListing(words, near: index) {
                offer(100, .permit, index)
            }
            // (In the passive the measure may stand further back: "the rule requiring brokers to ... was vacated".)
            let passive = before(index, 1, passiveAuxiliaries)
            if setsAside, withinPastNames(index, 6, annulledMeasureNouns) || before(index, passive ? 12 : 6, annulledMeasureNouns),
               !negated(index), !before(index, 3, refusalWords) {
                offer(100, .permit, index)
            }
            // "allowed banks to open the accounts, reversing a 2021 directive that had ordered them closed", "repealed the
            // decree": a measure reversed or repealed is lifted ("will reverse failed payments" reverses no measure).
            if reversalWords.contains(wordAt: index, of: sentence), withinPastNames(index, 4, annulledMeasureNouns), !negated(index), !before(index, 3, refusalWords) {
                offer(100, .permit, index)
            }
            // "the exchange withdrew from the market", "will exit Canada": all services in a market end.
            if exitWords.contains(wordAt: index, of: sentence), within(index, 5, ["market", "markets", "country", "region"]) || within(index, 1, ["from"]) && !within(index, 3, ["account", "accounts", "funds"]) {
                offer(80, .prohibit, index)
            }
            // "passed the travel rule", "voted to approve the regulation": the law's content decides the action.
            if lawMakingWords.contains(wordAt: index, of: sentence), within(index, 8, lawNouns) { offer(55, nil, index) }
            // A CBDC pilot, launch or rollout is a permission.
            if cbdcLaunchWords.contains(wordAt: index, of: sentence), !negated(index), aboutCBDC || mentionsCBDC(words[start..<count]) { offer(56, .permit, index) }
            if word == "available", before(index, 5, ["make", "makes", "made", "making"]) { offer(52, .permit, index) }
            if word == "available" || word == "legal" || word == "open", before(index, 2, ["remain", "remains", "stay", "stays"]) { offer(95, .warn, index) }
            // "Holding stablecoins is still permitted", "trading will remain allowed", "is allowed to continue": an
            // activity that stays allowed is a carve-out of the new measure.
            if stillAllowedWords.contains(wordAt: index, of: sentence), !negated(index),
               before(index, 3, ["still", "remain", "remains", "remained"]) || within(index, 2, ["continue"]) {
                offer(95, .warn, index)
            }
            // "the order does not ban Filipinos from owning crypto", "the rules will not prohibit holding": an issuer's
            // negated ban is a carve-out ("may not", "cannot" and "must not" forbid instead).
            if banWords.contains(wordAt: index, of: sentence), index >= start + 2, ["not", "n't"].contains(words[index - 1]),
               ["does", "do", "did", "will", "would", "wo", "doesn", "don", "didn"].contains(words[index - 2]) {
                offer(94, .warn, index)
            }
            // "are not covered by the change", "do not need to be declared", "will not apply to", "merchants will not be
            // obliged to accept them": a carve-out ("are not only required to verify clients but ..." adds a duty).
            if notApplyingWords.contains(wordAt: index, of: sentence) || obligationParticiples.contains(wordAt: index, of: sentence) && within(index, 1, ["to"]),
               negated(index), !before(index, 2, ["longer"]), !before(index, 1, ["only", "just", "merely"]),
               // ("transfers to providers that do not apply the rules must be blocked": a relative clause describing them,
               // its verb with an object; "those that do not apply will have to stop" is left to the main verb.)
               !(index >= start + 3 && ["which", "that", "who"].contains(words[index - 3]) && ["do", "does", "did"].contains(words[index - 2])
                 && index + 1 < count && words[index + 1].first?.isLetter == true && !ClauseReader.isAuxiliary(words[index + 1])) {
                offer(94, .warn, index)
            }
            // "does not license or supervise exchanges", "at their own risk": a statement of legal status.
            if supervisionWords.contains(wordAt: index, of: sentence), before(index, 3, ["not", "n't", "never"]) || within(index, 1, ["no"]) { offer(62, .warn, index) }
            if word == "risk", before(index, 2, ["own"]) { offer(58, .warn, index) }
            // "The new ceiling will apply from April 1": a measure's start, action from the article.
            // ("The withdrawal takes effect on Monday": an act that starts may state its own action.)
            if applyingWords.contains(wordAt: index, of: sentence), within(index, 2, ["from", "on", "starting"]) {
                offer(20, startedActAction(words, at: index, from: start), index)
            }
            // "may not settle", "can no longer accept", "will no longer be allowed to": a prohibition.
            // A prohibition with a condition or a limit ("may not ... unless", "on their own account", "above 2x") restricts.
            // ("may not exceed 10% of net assets", "shall not exceed 1 million yen": a ceiling.)
            lazy var limited = within(index, 20, limitWords) || within(index, 20, ["own"]) && within(index, 20, ["account"]) || within(index, 2, ceilingVerbs)
                || newCustomersOnly(index)
            // ("must close loans that no longer carry enough collateral": a relative clause describing what the measure
            // covers.)
            let describesTheObject = word == "longer" && index >= start + 2 && ["that", "which", "who"].contains(words[index - 2])
            if word == "not" || word == "longer", index > start, !describesTheObject,
               ["may", "must", "can", "cannot", "shall", "no"].contains(words[index - 1]) || word == "not" && words[index - 1] == "can" {
                // "will no longer be charged VAT", "no longer need to register": an obligation lifted.
                // ("no longer serve clients and have until June": "have" lifts an obligation only as "have to".)
                let lifted = words[(index + 1)..<min(count, index + 5)].indices.contains { position in
                    liftedObligationWords.contains(wordAt: position, of: sentence) && (words[position] != "have" || position + 1 < count && words[position + 1] == "to")
                }
                if word == "longer", lifted {
                    offer(79, .permit, index)
                } else {
                    offer(78, limited || lastsUntil(words, after: index) ? .restrict : .prohibit, index)
                }
            }
            if word == "cannot" || word == "mustn't" { offer(78, limited ? .restrict : .prohibit, index) }
            // "No crypto payments at merchants from February 1": a headline's ban.
            // (after an opening quotation mark too: "No interest, no lending, no ...")
            if word == "no", index == start || index == start + 1 && ["\"", "\u{201C}"].contains(words[start]) && words.filter({ $0 == "no" }).count >= 2, count - start > 3, !["longer", "one", "doubt"].contains(words[index + 1]) { offer(60, .prohibit, index) }
            // "the watchdog launched a regulatory sandbox for token issuers", "introduces a framework for token
            // offerings": a sandbox, framework or regime set up opens a way to operate (a licensing or a levy word in the
            // sentence outranks it).
            if introductionVerbs.contains(wordAt: index, of: sentence), !negated(index), within(index, 6, ["sandbox", "framework", "regime"]) {
                offer(50, .permit, index)
            }
            if word == "able", index > start, ["be", "been"].contains(words[index - 1]), !negated(index), !isProductFeature(words, from: start, at: index) {
                offer(50, .permit, index)
            }
            // "South Korea to let listed companies trade crypto" (a headline's subject, then "to"), "the rules will let banks
            // hold tokens", "the regulator will let firms deal" (a company that will let shoppers pay offers a product).
            if word == "let" || word == "lets", !negated(index), !isProductFeature(words, from: start, at: index),
               before(index, 1, ["to"]) && index - start <= 4 || before(index, 1, ["will", "would", "shall", "'ll", "now"]) && before(index, 8, authorityNouns.subtracting(["bank"]).union(lawNouns).union(["central", "government"])) {
                offer(52, .permit, index)
            }
            // "a regulation that lets licensed brokers hold tokens for clients", "the bill would allow lenders to take bitcoin as
            // collateral", "the decree lets exchanges list tokenised bonds": what a measure lets its addressees do is a
            // permission, over the licence, limit or ban words that describe them or their activity.
            if measureLets(words, at: index, from: start) { offer(82, .permit, index) }
            // "approved a bill that legalises crypto mining and taxes it", "vote to legalise crypto and tax it", "would legalise the
            // trading of crypto-assets now banned": making an activity lawful is the measure, over the tax, licence or ban
            // words beside it.
            if legalisingVerbs.contains(wordAt: index, of: sentence), !negated(index), !before(index, 3, refusalWords) { offer(84, .permit, index) }
            if permitWords.contains(wordAt: index, of: sentence), negated(index), !word.hasPrefix("licen"), !word.hasPrefix("approv") { offer(78, .prohibit, index) }
            // "merchants have until June 15 to stop": a grace period.
            // "banks have until the end of the month to send their policies": a deadline for a new duty to deliver.
            // "gives crypto exchanges until March to segregate client coins": the deadline a measure sets.
            // "may no longer serve clients and have until Jan. 15 to return funds": the time a ban stated first leaves is its grace.
            // (Read only at "until" and at a period word, before either offers.)
            lazy var graceOfABan = best.map { $0.cue.action == .prohibit && $0.cue.index < index } ?? false
                // ("traders have until Friday's close to roll their positions", "the fund has six months to deploy its
                // capital": a deadline is a measure's only when what it leaves time for is complying, stopping or delivering.)
                || !compliesInTime(words, after: index)
            if word == "until", !graceOfABan, index > start, ["have", "has", "had", "get", "gets", "given"].contains(words[index - 1])
                || before(index, 5, ["gives", "give", "gave", "giving", "granted", "grants"]) && within(index, 8, ["to"]), !isPersonalDeadline(words, from: start, at: index) {
                offer(85, deliversSomething(words, after: index) ? .require : .enforce, index)
            }
            // "firms will have six months to apply for a licence": a grace period.
            if periodWords.contains(wordAt: index, of: sentence), !graceOfABan, index >= start + 2, within(index, 1, ["to"]), !isPersonalDeadline(words, from: start, at: index),
               ["have", "has", "had", "get", "gets", "given"].contains(words[index - 2]) || index >= start + 3 && ["have", "has", "had", "get", "gets", "given"].contains(words[index - 3]) && words[index - 2] == "further"
                || before(index, 6, ["gives", "give", "gave", "giving", "grants", "granted"]) {
                offer(85, deliversSomething(words, after: index) ? .require : .enforce, index)
            }
            // "can keep running", "may continue to operate": a carve-out.
            // ("We will continue to monitor the case": an observer's watch, no carve-out.)
            if goOnVerbs.contains(wordAt: index, of: sentence), index > start, ["can", "may", "will", "still"].contains(words[index - 1]), !words.contains("ban"),
               !within(index, 2, watchingVerbs) {
                // "may keep operating until July 1": a transition period, which ends.
                // ("may keep running while their files are reviewed", "pending a decision": the same.)
                // ("may keep trading derivatives, but leverage will be capped at ten times": an activity that goes on under a
                // new ceiling is restricted.)
                offer(72, within(index, 6, ["until", "till", "while", "pending"]) ? .enforce : continuesUnderACeiling(words, after: index) ? .restrict : .warn, index)
            }
            // "can still withdraw their coins", "may still hold them for clients", "will still be able to trade": what a measure
            // leaves its addressees free to do is a carve-out.
            if word == "still", let verb = activityLeftFree(words, at: index, from: start) { offer(74, .warn, verb) }
            // "users can take out their balances until March 3", "leases already agreed may run until 2029", "may serve banks
            // only until April 2", "has to let savers move their tokens until Friday": what clients or firms may still take
            // out or keep doing until a day is a wind-down's or a transition's grace period, over the ban, delisting, limit
            // or duty the sentence also names.
            if leavesTimeUntilADay(words, at: index, from: start) { offer(84, .enforce, index) }
            // "will be allowed to keep trading for nine months", "has let brokers on the old list keep serving
            // customers until June 1", "may go on running kiosks for three months": a business let go on for a stated
            // time is a transition period.
            if keepsGoingForATime(words, at: index, from: start) { offer(84, .enforce, index) }
            // "Adverts already running may stay up until 30 April", "machines installed before Monday can remain in service
            // until 2028": what may stay until a day has a transition period ("may stay under state supervision until they
            // grow" waits for no day).
            if word == "stay" || word == "remain", before(index, 1, ["can", "may"]),
               let until = words[(index + 1)..<min(count, index + 6)].firstIndex(where: { ["until", "till"].contains($0) }),
               until + 1 < count, !pronouns.contains(words[until + 1]) {
                offer(72, .enforce, index)
            }
            if word == "illegal" || word == "unlawful", before(index, 3, ["are", "is", "be", "been", "was", "were", "considered", "deemed", "declared", "make", "makes", "made", "as"]) {
                offer(80, .prohibit, index)
            }
            // "stop allowing users to register" limits new users; "stop servicing users" ends a service.
            // ("stops short of a lending ban": no stop, nor a ban.)
            if stopWords.contains(wordAt: index, of: sentence), !within(index, 1, ["short"]) {
                if within(index, 10, newUserWords) { offer(75, .restrict, index) }
                else if within(index, 5, serviceWords) { offer(80, .prohibit, index) }
            }
            if closureWords.contains(wordAt: index, of: sentence), hasForceWord {
                offer(78, .prohibit, index)
            }
            // "said it would close its lending product", "closes the derivatives desk": an offering ended; closed "to
            // retail clients", it is limited to the others. ("gives banks until June to close their accounts": the
            // time left is the measure.)
            if let limitedTo = Self.closedOffering(words, at: index), !negated(index), !before(index, 16, ["until", "till"]) {
                offer(72, limitedTo ? .restrict : .prohibit, index)
            }
            // "studios tighten spending": tightening is a measure only of rules, limits or oversight.
            let tightensRules = !word.hasPrefix("tighten") || within(index, 4, tightenedNouns) || before(index, 4, tightenedNouns)
            // ("report every blocked transaction": a participle before its noun describes it.)
            let describesBlocked = word == "blocked" && index > start && (attributiveMarkers.contains(wordAt: index - 1, of: sentence) || ["every", "any", "each"].contains(words[index - 1]))
            // "the proposals will limit adoption", "rules that curb innovation": an effect a measure is said to have.
            let limitsAnEffect = index + 1 < count && effectNouns.contains(wordAt: index + 1, of: sentence)
            if restrictWords.contains(wordAt: index, of: sentence) && !(word == "limit" && index + 1 < count && ["order", "orders"].contains(words[index + 1])), tightensRules, !describesBlocked,
               !limitsAnEffect,
               !(word == "cap" && index > start && words[index - 1] == "market"),
               !["limited", "restricted"].contains(word) || isPassiveOrTo(index) {
                offer(70, .restrict, index)
            }
            if freezeWords.contains(wordAt: index, of: sentence), let action = freezeAction(words, at: index, from: start) { offer(70, action, index) }
            // "must halve their consumption", "ordered miners to cut their electricity use", "will have to power down when the
            // grid is stressed", "must disconnect from the grid from July 9 to Sept. 22": drawing less power, or none for a
            // season, is a curtailment, which restricts.
            if curtailsPowerUse(words, at: index) { offer(76, .restrict, index) }
            // "tax receipts rose", "tax revenue", "the 2025 tax year", "tax advisers": figures, periods and people of a tax state no measure.
            let haveTo = (word == "have" || word == "has" || word == "had") && index + 1 < count && words[index + 1] == "to"
            // "will let residents pay state taxes in stablecoins": a tax paid in a crypto-asset permits the asset's use.
            if taxWords.contains(wordAt: index, of: sentence), isTaxPaidInCrypto(words, at: index, from: start) {
                offer(60, .permit, index)
            } else if requireWords.contains(wordAt: index, of: sentence) && !(taxWords.contains(wordAt: index, of: sentence) && within(index, 1, taxFigureWords)) && !isAttributiveRequired(words, at: index, from: start)
                || haveTo && !negated(index) {
                offer(60, .require, index)
            }
            // "won't have to register", "do not have to report": no obligation, a carve-out.
            if haveTo, negated(index) { offer(94, .warn, index) }
            // "sellers will pay 0.5%": a rate to pay is a levy.
            if word == "pay" || word == "pays", before(index, 2, ["will", "must", "shall", "would"]), within(index, 3, ["%", "percent", "per"]) {
                offer(60, .require, index)
            }
            let procedural = word.hasPrefix("approv") && hasProcedureWord
            // A licence noun is a permission only when it is granted, issued or won.
            let bareLicence = word.hasPrefix("licen") && !words[start..<count].contains { grantWords.contains($0) }
            // "presenting themselves as licensed", "is licensed by": a description, not a grant.
            // "the surcharge on licensed mining farms": a participle before its noun describes it.
            // "licensed providers include ...": before a noun for firms, and after no auxiliary, it describes them.
            let describesFirms = index + 1 < count && ClauseSense.firmNouns.contains(wordAt: index + 1, of: sentence) && words[index + 1] != "as"
                && !(index > start && ClauseReader.isAuxiliary(words[index - 1]))
            let describedAsLicensed = word == "licensed" && (describesFirms || before(index, 2, ["as", "is", "are", "be", "been", "being", "falsely"])
                || (index == start || attributiveMarkers.contains(wordAt: index - 1, of: sentence)) && index + 1 < count && words[index + 1].first?.isLetter == true
                    && !["by", "under", "in", "to", "as", "for"].contains(words[index + 1]))
            // "operating under a transitional permit", "holds special permits": the noun names a licence, granted or not.
            // ("permit holders", "permit applications": a noun before another.)
            let permitNoun = (word == "permit" || word == "permits")
                && (index > start && permitNounMarkers.contains(wordAt: index - 1, of: sentence) || within(index, 1, ["holders", "holder", "application", "applications", "fees", "regime"]))
            // "Withdrawals resumed on Wednesday": a service that restarts by itself is operations, not a lifted ban.
            // ("holders resumed purchases": market participants resuming their own buying.)
            let serviceRestarts = word.hasPrefix("resum") && (before(index, 4, restartingServices) || within(index, 4, marketActivities))
            if permitWords.contains(wordAt: index, of: sentence), !procedural, !bareLicence, !describedAsLicensed, !permitNoun, !serviceRestarts, !negated(index), !before(index, 2, stopWords),
               !isProductFeature(words, from: start, at: index),
               !(word.hasPrefix("approv") && isCorporateDecision(index)) {
                offer(50, .permit, index)
            }
            // "will issue licences to three exchanges": licences handed out.
            if word == "licences" || word == "licenses", before(index, 3, ["issue", "issuing", "grant", "granting", "award", "awarding"]), !negated(index) {
                offer(50, .permit, index)
            }
            if word == "legal", index + 1 < count, words[index + 1] == "tender" { offer(55, .warn, index) }
            // "taking the firms off the list does not mean the regulator approves them", "the trial does not mean the central
            // bank will issue a digital currency": what a measure is said not to mean is a caution about it, over the licence, ban or
            // launch words it denies ("that doesn't mean the sedan is dead", "did not mean much" say nothing of the kind).
            if word == "mean", before(index, 2, ["not", "n't", "'t"]), before(index, 6, deniedMeaningSubjects),
               !within(index, 1, ["much", "anything", "everything", "being"]) {
                offer(96, .warn, index)
            }
            if crackdownWords.contains(wordAt: index, of: sentence) || (word == "crack" || word == "clamp" || word == "cracking" || word == "clamping") && within(index, 1, ["down"]) {
                offer(40, .enforce, index)
            }
            if warnWords.contains(wordAt: index, of: sentence), !(word == "guidance" && before(index, 1, ["revenue", "earnings", "profit"])) { offer(30, .warn, index) }
            if (word == "force" || word == "effect") && before(index, 2, ["into", "take", "takes", "took", "taking"]) {
                offer(20, startedActAction(words, at: index, from: start), index)
            }
            if proposalWords.contains(wordAt: index, of: sentence) { offer(10, nil, index) }
        }
        guard var found = best?.cue else { return nil }
        // "Gains held under a year are taxed at 28%, while longer holdings remain exempt", "Ruritania taxes gains at a flat 30%,
        // and losses cannot be set against them": a tax levied at a rate is the sentence's measure, and the carve-out, ceiling or
        // ban beside it a detail of the tax.
        if [.warn, .prohibit, .restrict].contains(found.action), let levy = taxLevyAtARate(sentence, from: start) {
            found = Cue(action: .require, index: levy)
        }
        // "to allow staking from April 1, with a 25% cap for retail clients", "have been permitted to handle them, subject to
        // a transfer limit": a ceiling that bounds a permission is its condition; the permission is the measure.
        if found.action == .restrict, let bound = boundingPhrase(words, from: start, before: found.index),
           let permission = cue(in: sentence.prefix(bound), from: start, skipping: skipping, aboutCBDC: aboutCBDC), permission.action == .permit {
            return permission
        }
        // "Country to let firms trade crypto, tightens travel rule": a sentence coordinating two measures states the first
        // (the second is the headline's further frame).
        // ("Regulator registers two exchanges, caps retail buying": where no cue word states the first measure, its verb does.)
        if let boundary = measureCoordination(words, from: start, before: found.index) {
            if let first = cue(in: sentence.prefix(boundary), from: start, skipping: skipping, aboutCBDC: aboutCBDC), first.action != nil {
                return first
            }
            if let verb = firstMeasurePredicate(words, from: start, before: boundary) { return Cue(action: MeasureVerbs.actionByVerb[words[verb]], index: verb) }
        }
        // "If the watchdog removed the exchange from its register, customers would lose access": a measure inside a
        // condition is a hypothetical; the clause before the condition may state one of its own ("intends to make the
        // currency available ... if the pilot meets its targets").
        if found.action != nil, let condition = (start..<found.index).last(where: { words[$0] == "if" }), !words[condition..<found.index].contains(",") {
            return condition > start + 1 ? cue(in: sentence.prefix(condition), from: start, skipping: skipping, aboutCBDC: aboutCBDC) : nil
        }
        // "She declined to say whether the firm met the requirement": a measure named in what someone would not say.
        if let declined = (start..<found.index).first(where: { declineWords.contains(wordAt: $0, of: sentence) }), declined + 2 < count, words[declined + 1] == "to",
           speechVerbs.contains(wordAt: declined + 2, of: sentence) {
            return nil
        }
        // "a four-month ban", "ordered to halt operations for the summer": a measure with an end is a pause.
        if found.action == .prohibit, isTemporary(sentence, from: start), !exitWords.contains(wordAt: found.index, of: sentence) {
            found.action = .restrict
        }
        return found
    }

    // (The word tests of `cue(in:from:skipping:aboutCBDC:)` run at each word of each sentence: they ask these sets, so
    // that no list of words is built and freed at each word.)

    /// The verbs by which a head of state sanctions, that is enacts, a law.
    static let sanctionVerbs: WordSet = ["sanction", "sanctions", "sanctioned"]
    /// Words before a measure that make it background to the sentence's news ("after it previously barred").
    static let backgroundMarkers: WordSet = ["after", "previously", "following", "since"]
    /// Ban words that, after "remain" or "still", say an activity stays banned.
    static let stillBannedWords: WordSet = ["banned", "prohibited", "illegal", "restricted", "forbidden"]
    /// Words that leave an activity or a group outside a measure ("remain exempt", "leaves wallets untouched").
    static let carvedOutWords: WordSet = ["unaffected", "exempt", "exempts", "exempted", "untouched", "spared", "untaxed"]
    /// Words of a charge brought or a case settled ("charged with fraud", "settled with the regulator").
    static let chargeOrSettleWords: WordSet = ["charged", "charges", "settled", "settle", "settles"]
    /// The forms of "need", which with a licence noun state a licence required.
    static let needVerbs: WordSet = ["need", "needs", "needed"]
    /// The forms of "block", which with access, payments or sites cut a service off.
    static let blockVerbs: WordSet = ["block", "blocks", "blocking", "blocked"]
    /// Verbs that give a holding a tax status ("treated as income", "classified as taxable gains").
    static let treatAsVerbs: WordSet = ["treat", "treats", "treated", "treating", "classify", "classifies", "classified", "classifying"]
    /// Verbs by which an agency licenses or oversees firms ("would license and supervise exchanges").
    static let licensingRegimeVerbs: WordSet = ["license", "licence", "regulate", "supervise"]
    /// Words of a court's ruling or finding.
    static let rulingWords: WordSet = ["ruled", "rules", "ruling", "found", "finds"]
    /// The auxiliaries before a participle that make a passive ("was vacated", "is struck down").
    static let passiveAuxiliaries: WordSet = ["was", "were", "been", "be", "is", "are"]
    /// Words that, after "still" or "remain", say an activity stays allowed.
    static let stillAllowedWords: WordSet = ["permitted", "allowed", "lawful"]
    /// Words that, negated, leave something outside a measure ("are not covered", "will not apply", "do not need").
    static let notApplyingWords: WordSet = ["covered", "apply", "applies", "need", "needs"]
    /// Words that, before "from", "on" or "starting", state the day a measure starts.
    static let applyingWords: WordSet = ["apply", "applies", "effective"]
    /// Verbs by which an authority sets up a sandbox, framework or regime.
    static let introductionVerbs: WordSet = ["launched", "launches", "introduced", "introduces"]
    /// Verbs of an activity going on ("can keep running", "may continue to operate").
    static let goOnVerbs: WordSet = ["keep", "continue", "continues"]
    /// Words of a closure, which a measure coming into force orders.
    static let closureWords: WordSet = ["close", "closed", "closure", "shut"]
    /// Words that name a measure only proposed.
    static let proposalWords: WordSet = ["proposal", "proposed", "draft", "rulemaking"]

    /// "The withdrawal takes effect on Monday", "the revocation will take effect on May 4": what starts, named as the
    /// subject of the start at `index`, may be an act that states its own action (lifting a measure or granting a licence
    /// permits, taking a licence away enforces); nil when it names a measure whose action the article gives ("the law
    /// takes effect on July 1").
    static func startedActAction(_ words: [String], at index: Int, from start: Int) -> PolicyAction? {
        guard let subject = words[start..<index].lastIndex(where: { !startVerbGroupWords.contains($0) }) else { return nil }
        return startedActs[words[subject]]
    }

    /// The words of a start's verb group, between its subject and "effect", "force" or "from".
    static let startVerbGroupWords: WordSet = [
        "will", "would", "shall", "should", "now", "also", "only", "then", "take", "takes", "took", "taking", "taken", "to", "come", "comes",
        "came", "enter", "enters", "entered", "into", "full", "apply", "applies", "became", "become", "becomes",
    ]
    /// Acts whose start states their action: lifting a measure or granting a licence or relief permits, taking a licence
    /// away enforces.
    static let startedActs: [String: PolicyAction] = [
        "withdrawal": .permit, "annulment": .permit, "repeal": .permit, "lifting": .permit, "exemption": .permit, "relief": .permit,
        "licence": .permit, "license": .permit, "licences": .permit, "licenses": .permit, "authorisation": .permit, "authorization": .permit,
        "revocation": .enforce, "revocations": .enforce, "cancellation": .enforce, "cancellations": .enforce,
        "deregistration": .enforce, "deregistrations": .enforce,
    ]

    /// Whether a word of denial stands among the three words before `index` ("will not ban", "has never licensed", "no
    /// new permits", "without a licence"): the cue readers' one test that a cue is denied.
    static func isNegated(_ index: Int, in words: [String], from start: Int) -> Bool {
        words[max(start, index - 3)..<index].contains { negations.contains($0) }
    }

    /// `isNegated(_:in:from:)` of a sentence's words, probed with their stored hashes.
    static func isNegated(_ index: Int, in sentence: HashedWords, from start: Int) -> Bool {
        negations.containsAny(of: sentence, in: max(start, index - 3)..<index)
    }

    static let negations: WordSet = ["not", "n't", "'t", "never", "no", "without"]

    /// "a regulation that lets licensed brokers hold tokens for clients", "the bill would allow lenders to take bitcoin as
    /// collateral", "the decree lets exchanges list tokenised bonds", "rules that for once let insurers hold crypto": a
    /// verb of letting whose subject is a measure (a measure noun within eight words before it, with nothing between them or
    /// a relative pronoun, a modal or "to") and someone it lets. Left to the other cues: a letting denied ("does not let",
    /// "nothing in the act allows"), one an obligation holds ("have to let users cap their deposits"), what is let only to
    /// some or only until a day ("lets brokers sell tokens only to funds", "lets dealers keep trading until March"), and an
    /// authority let act ("would let prosecutors seize wallets", "would let it cap fees", "lets the supervisor fine firms").
    static func measureLets(_ words: [String], at index: Int, from start: Int) -> Bool {
        guard measureLettingVerbs.contains(words[index]), !isNegated(index, in: words, from: start),
              let noun = words[max(start, index - 8)..<index].lastIndex(where: { lettingMeasureNouns.contains($0) }) else { return false }
        let between = words[(noun + 1)..<index]
        guard between.isEmpty || between.contains(where: { ["that", "which", "would", "will", "to"].contains($0) }),
              !between.contains(where: { ["must", "should", "nothing"].contains($0) }), !words[start..<index].contains("nothing") else { return false }
        // ("the longest period the act allows", "which the code allows for two years": no one is let.)
        guard index + 1 < words.count, words[index + 1].first?.isLetter == true, !["for", "it", "in", "on", "by"].contains(words[index + 1]) else { return false }
        let grantees = words[(index + 1)..<min(words.count, index + 4)]
        let after = words[(index + 1)..<min(words.count, index + 13)]
        return !grantees.contains { authorityNouns.contains($0) || actingAuthorityNouns.contains($0) } && !after.contains { boundedLettingWords.contains($0) }
            && !after.prefix(10).contains { enforceWords.contains($0) || $0 == "fine" }
    }

    /// Verbs of letting, the finite forms and the gerund.
    static let measureLettingVerbs: WordSet = ["let", "lets", "letting", "allow", "allows", "allowing"]
    /// The measures whose letting is a permission: laws and rules, and the decisions, circulars and proposals that make them.
    static let lettingMeasureNouns = WordSet(Set(lawNouns).union(["decision", "circular", "resolution", "proposal", "changes", "laws", "decrees"]))
    /// Authorities let act by a measure: the act, not the letting, is the measure.
    static let actingAuthorityNouns: WordSet = ["police", "authorities", "regulators", "prosecutors", "courts", "government", "ministry"]
    /// What bounds a letting to some ("only") or to a time ("until"), or lets an existing business go on ("continue", "keep").
    static let boundedLettingWords: WordSet = ["only", "until", "till", "continue", "keep"]

    /// "lifted the Bank of Ruritania's ban", "lifts its 2019 bar on", "lifted its sanctions on", "has lifted a 2024 order that kept
    /// lenders from ...": a lift verb whose object, within eight words past names (`skipping`) and with no preposition before it, is
    /// a measure ("lifts the tax to 33%" raises a rate; "lifted by 5% after the ban" has no measure for object).
    static func liftsANamedMeasure(_ words: [String], at index: Int, from start: Int, skipping: Set<Int>) -> Bool {
        guard liftWords.contains(words[index]), !["end", "ends", "ended", "ending"].contains(words[index]) else { return false }
        return objectNoun(words, after: index, within: 8, skipping: skipping).map { liftedMeasureNouns.contains(words[$0]) } ?? false
    }

    /// The measures a lift verb takes away: bans and curbs, the rules and orders that set them, sanctions.
    static let liftedMeasureNouns = WordSet(Set(banNouns).union(annulledMeasureNouns).union(["bar", "sanctions"]).subtracting(["tax", "levy"]))

    /// The first noun of a measure or a licence (or of what `isObject` accepts) after the verb at `index`, within
    /// `distance` words not counting names (`skipping`), that no preposition, clause break or word of `moreBreaks`
    /// separates from the verb; nil when there is none.
    static func objectNoun(
        _ words: [String], after index: Int, within distance: Int, skipping: Set<Int>,
        isObject: (String) -> Bool = isMeasureOrLicenceNoun, moreBreaks: WordSet = []
    ) -> Int? {
        var position = index + 1
        var counted = 0
        while position < words.count, counted < distance {
            defer { position += 1 }
            if skipping.contains(position) { continue }
            let word = words[position]
            if isObject(word) { return position }
            if nonObjectPrepositions.contains(word) || [",", ";", ":", ".", "that", "which", "and"].contains(word) { return nil }
            if moreBreaks.contains(word) { return nil }
            counted += 1
        }
        return nil
    }

    /// A noun of a measure lifted, undone or annulled, or of a licence: what `objectNoun` looks for unless told.
    static func isMeasureOrLicenceNoun(_ word: String) -> Bool {
        liftedMeasureNouns.contains(word) || undoneMeasureNouns.contains(word) || annulledPowerNouns.contains(word)
            || LicensingCues.licenceNouns.contains(word)
    }

    /// "Judge stays watchdog directive", "stayed an order that kept brokers from ...", "the directive is stayed pending
    /// appeal", "cancels the agency's six-week curb", "cancelled a suspension of trading", "reinstates the broker's
    /// licence", "annuls the ministry's power to close exchanges", "set aside the revocation of the permit": a measure
    /// halted, cancelled or annulled, or a licence given back. ("The cap stays in place", "the duty stays in the new law":
    /// no object; "cancelled the registration of": a licence cancelled is revoked; "reinstate the caps": a ceiling put back.)
    static func undoesAMeasure(_ words: [String], at index: Int, from start: Int, skipping: Set<Int>) -> Bool {
        let word = words[index]
        if stayVerbs.contains(word) {
            // (In the passive, "is stayed", "remains stayed", the measure stands before: "The directive is stayed".)
            if word == "stayed", index > start, ClauseReader.beForms.contains(words[index - 1]) || ["remain", "remains", "remained"].contains(words[index - 1]) {
                return words[max(start, index - 8)..<index].contains { undoneMeasureNouns.contains($0) }
            }
            return objectNoun(words, after: index, within: 6, skipping: skipping).map { undoneMeasureNouns.contains(words[$0]) } ?? false
        }
        if cancelVerbs.contains(word) {
            return objectNoun(words, after: index, within: 8, skipping: skipping).map { cancelledMeasureNouns.contains(words[$0]) } ?? false
        }
        if reinstateVerbs.contains(word) {
            return objectNoun(words, after: index, within: 8, skipping: skipping).map { LicensingCues.licenceNouns.contains(words[$0]) } ?? false
        }
        // "annuls the ministry's power to close", "set aside the revocation of the permit by the agency".
        let setsAside = annulmentWords.contains(word) || word == "aside" && index > start && ["set", "sets", "setting"].contains(words[index - 1])
        return setsAside && (objectNoun(words, after: index, within: 6, skipping: skipping).map { annulledPowerNouns.contains(words[$0]) } ?? false)
    }

    /// "pauses the custody regulation", "blocked the treasury's new cap", "suspending the directive": a finite verb or
    /// a participle of halting whose object, within six words past names (`skipping`) and with no preposition or clause break
    /// before it, is a measure. Not an infinitive ("reluctant to suspend the rules", "moved to block the cap"): what someone
    /// would halt is not halted; nor a noun's modifier ("a challenge to the blocking order"). ("blocked 14 websites",
    /// "suspended the licence", "paused withdrawals" halt no measure.)
    static func haltsAMeasure(_ words: [String], at index: Int, from start: Int, skipping: Set<Int>) -> Bool {
        guard haltVerbs.contains(words[index]), index == start || words[index - 1] != "to" else { return false }
        if words[index].hasSuffix("ing"), index + 1 < words.count, haltedMeasureNouns.contains(words[index + 1]) { return false }
        return objectNoun(
            words, after: index, within: 6, skipping: skipping, isObject: haltedMeasureNouns.contains, moreBreaks: haltObjectBreaks
        ) != nil
    }

    /// Words that end the search for what a court halts, beside the clause breaks ("halted sales for a month", "paused
    /// by the agency").
    static let haltObjectBreaks: WordSet = ["for", "by"]

    /// The verbs of a court halting a measure ("pause" and "block" alone are too often a firm's or an authority's own act,
    /// whose object decides).
    static let haltVerbs: WordSet = [
        "pauses", "paused", "pausing", "blocks", "blocked", "blocking", "suspends", "suspended", "suspending", "halts", "halted", "halting",
    ]
    /// The measures a court's halt lifts: the rules and orders an authority made, and the limits and bans they set.
    static let haltedMeasureNouns: WordSet = [
        "rule", "rules", "regulation", "regulations", "law", "circular", "directive", "decree", "provision", "provisions", "order",
        "ban", "cap", "limit", "requirement", "requirements", "mandate",
    ]
    /// The words of a party asking a court to halt a measure ("petitioned the tribunal for a writ suspending the directive").
    static let haltRequestWords: WordSet = [
        "request", "requests", "requested", "asked", "asks", "asking", "seeks", "sought", "seeking", "application", "applied", "motion",
        "petition", "petitioned", "bid",
    ]

    /// The verb forms of a court's stay ("stay" alone is too often "remain").
    static let stayVerbs: WordSet = ["stays", "stayed", "staying"]
    static let cancelVerbs: WordSet = ["cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling"]
    static let reinstateVerbs: WordSet = ["reinstate", "reinstates", "reinstated", "reinstating"]
    /// The measures a court stays: the rules and orders an authority issued.
    static let undoneMeasureNouns: WordSet = [
        "circular", "circulars", "rule", "rules", "regulation", "regulations", "order", "orders", "directive", "decree", "notification",
        "ban", "prohibition", "suspension", "revocation", "curb", "curbs", "restriction", "restrictions", "moratorium", "decision",
    ]
    /// The measures a cancellation lifts: curbs and suspensions, not the licences and registrations it revokes.
    static let cancelledMeasureNouns: WordSet = ["curb", "curbs", "suspension", "ban", "prohibition", "restriction", "restrictions", "moratorium", "freeze"]
    /// What an annulment takes from an authority: its power, a revocation or a refusal it made.
    static let annulledPowerNouns: WordSet = ["power", "powers", "revocation", "refusal", "suspension", "curb", "curbs"]

    /// "postpones by six months the filing deadline", "has postponed to March the date on which the duty applies",
    /// "deferred the start of its order", "pushed the start back by a year": a finite verb of postponing whose first noun of
    /// a measure or a step, within twelve words, is a start or a deadline ("postponed its ban" keeps the ban's action,
    /// "delays its decision on the fund" is a review, "postponed the hearing" a court's calendar). Not the noun ("during the
    /// delay"), an adjunct ("..., pushing back a deadline"), an object relative clause ("a tax, which lawmakers have
    /// postponed twice, ...") or what someone asks for ("will ask the agency to push back the deadline").
    static func postponesAStart(_ words: [String], at index: Int, from start: Int) -> Bool {
        let word = words[index]
        let pushedBack = (word == "pushes" || word == "pushed") && words[(index + 1)..<min(words.count, index + 6)].contains("back")
        guard postponeVerbs.contains(word) || pushedBack, index == start || !delayNounMarkers.contains(words[index - 1]) else { return false }
        let lookBack = words[max(start, index - 8)..<index]
        if let relative = lookBack.lastIndex(where: { ["which", "that", "who"].contains($0) }),
           !words[(relative + 1)..<index].allSatisfy(ClauseReader.isAuxiliary) { return false }
        if let to = lookBack.lastIndex(of: "to"), words[max(start, to - 6)..<to].contains(where: { requestVerbs.contains($0) }) { return false }
        guard let noun = words[(index + 1)..<min(words.count, index + 13)].first(where: { postponedStartNouns.contains($0) || heldBackStepNouns.contains($0) }) else { return false }
        return postponedStartNouns.contains(noun)
    }

    /// The finite and infinitive forms of postponing ("postponing" opens an adjunct).
    static let postponeVerbs: WordSet = ["postpone", "postpones", "postponed", "defer", "defers", "deferred", "delay", "delays", "delayed"]
    /// Words before "delay" or "deferral" that make it a noun ("during the delay", "a further delay").
    static let delayNounMarkers: WordSet = ["the", "a", "an", "its", "their", "this", "any", "further", "another", "during", "of"]
    /// Verbs of asking someone else to act.
    static let requestVerbs: WordSet = ["ask", "asks", "asked", "urge", "urges", "urged", "request", "requests", "requested", "lobby", "lobbied", "petition", "petitioned", "call", "called"]
    /// What a postponement moves when it gives time to comply.
    static let postponedStartNouns: WordSet = [
        "deadline", "deadlines", "date", "start", "effect", "entry", "implementation", "rollout", "requirement", "requirements",
        "obligation", "obligations", "application", "regime", "licensing", "registration",
    ]
    /// What a postponement may move instead: a measure that keeps its own action, a decision, a hearing.
    static let heldBackStepNouns: WordSet = [
        "ban", "bans", "prohibition", "tax", "levy", "cap", "decision", "ruling", "hearing", "vote", "review", "launch", "blocking",
    ]

    /// "can still trade", "may still be paid for referrals", "will still be able to withdraw": the verb of an activity a
    /// measure leaves standing, after "can" or "may" (one of `freeActivityVerbs`), or "will be able". Nil for a run-off
    /// ("can still withdraw until June 30"), a ban or a duty kept ("may still not hold", "can still tax gains", "will still
    /// have to report"), a duty the sentence goes on to set ("may still advertise, but every ad must carry a warning"), a
    /// state ("can still be wrong") and what is no market's activity ("can still influence the board").
    static func activityLeftFree(_ words: [String], at index: Int, from start: Int) -> Int? {
        guard index > start, index + 2 < words.count,
              !words[(index + 1)...].contains(where: { ["until", "till", "must"].contains($0) || obligationParticiples.contains($0) }) else { return nil }
        switch words[index - 1] {
        case "can", "may":
            guard words[index + 1] == "be" else { return freeActivityVerbs.contains(words[index + 1]) ? index + 1 : nil }
            let participle = words[index + 2]
            return !keptDutyWords.contains(participle) && (participle.hasSuffix("ed") || participle.hasSuffix("en") || irregularParticiples.contains(participle))
                ? index + 2 : nil
        case "will", "would":
            return words[index + 1] == "be" && ["able", "allowed", "permitted"].contains(words[index + 2]) ? index + 2 : nil
        default:
            return nil
        }
    }

    /// "can take out their balances until March 3", "will be able to unwind them until the 20th", "has to let savers move or
    /// redeem their tokens until Friday", "may keep quoting prices until April", "leases already agreed may run until 2029":
    /// a verb of taking assets out, closing positions or going on, after "can", "may", "able to" or "let" (within three
    /// words, as in "can still" or "can sell and withdraw"), with "until" or "till" within twelve words after it. Left to the
    /// other cues: one denied ("cannot redeem tokens until June", "may not advise savers until it is licensed"), one
    /// bounded to some clients ("may serve only banks until 2028"; "only until" bounds the time, not the clients), one that
    /// lasts until its addressees change ("may stay with the local regulator until they grow"), and one in a clause after
    /// "but" or after "and" and a modal.
    static func leavesTimeUntilADay(_ words: [String], at index: Int, from start: Int) -> Bool {
        guard timeLeftVerbs.contains(words[index]), index > start,
              let modal = words[max(start, index - 3)..<index].firstIndex(where: { ["can", "may", "able", "let", "lets"].contains($0) }),
              !isNegated(index, in: words, from: start), !words[max(start, index - 3)..<index].contains("cannot") else { return false }
        // ("takes no new miners, but those connected may go on drawing power until their leases end", "must file by March 1
        // and may carry on until the board rules": the time left in a second clause is no measure of its own.)
        guard !words[start..<index].contains("but"), !(modal > start && words[modal - 1] == "and") else { return false }
        let after = words[(index + 1)..<min(words.count, index + 13)]
        guard let until = after.firstIndex(where: { $0 == "until" || $0 == "till" }), until + 1 < words.count,
              !pronouns.contains(words[until + 1]) else { return false }
        // ("may trade on the app but cannot move coins out until June": the day ends a bar, which restricts.)
        let between = (index + 1)..<until
        return !between.contains { words[$0] == "only" && !["until", "till"].contains(words[$0 + 1]) }
            && !between.contains { words[$0] == "cannot" || ["can", "may", "must", "will"].contains(words[$0]) && ["not", "no", "n't"].contains(words[$0 + 1]) }
    }

    /// "will be allowed to keep trading for nine months once the act applies", "allowed brokers to keep serving
    /// customers while their files were pending", "has let brokers on the old list keep serving customers until June
    /// 1", "could keep operating under the old rules for twelve months", "may go on running kiosks for three months":
    /// "keep", "continue" or "go on" after a permission ("can", "may", "could", "allowed to", "permitted to", or "let"
    /// within six words before), bounded within six words by a time ("until", "while", "pending", "for" a number of
    /// months, "during" a transition). After a bare modal the verb must go on doing something ("could keep operating";
    /// "outflows could continue until" is a forecast). Left to the other cues: one denied ("will not be allowed to
    /// continue"), one with no time ("were allowed to keep their licences"), a duty to keep something ("must keep
    /// records for five years"), and one in a clause after "but" ("stops new contracts, but existing ones may continue
    /// until they expire" restricts).
    static func keepsGoingForATime(_ words: [String], at index: Int, from start: Int) -> Bool {
        let word = words[index]
        let count = words.count
        guard word == "keep" || word == "continue" || word == "go" && index + 1 < count && words[index + 1] == "on",
              index > start, !isNegated(index, in: words, from: start), !words[start..<index].contains("but") else { return false }
        let lead = words[max(start, index - 6)..<index]
        let letGoOn = words[index - 1] == "to" && lead.contains(where: { ["allowed", "permitted"].contains($0) })
            || lead.contains(where: { ["let", "lets"].contains($0) })
        let verb = word == "go" ? index + 1 : index
        let goesOnDoing = verb + 1 < count && words[verb + 1] == "to"
            || words[(verb + 1)..<min(count, verb + 4)].contains { $0.hasSuffix("ing") && !["during", "pending"].contains($0) }
        guard !lead.contains(where: { ["not", "n't", "never", "no", "cannot"].contains($0) }),
              letGoOn || ["can", "may", "could"].contains(words[index - 1]) && goesOnDoing else { return false }
        let after = Array(words[(verb + 1)..<min(count, verb + 7)])
        return after.indices.contains { position in
            let next = after[(position + 1)..<min(after.count, position + 4)]
            return ["until", "till", "while", "pending"].contains(after[position])
                || after[position] == "for" && next.contains(where: periodWords.contains)
                || after[position] == "during" && next.contains(where: transitionNouns.contains)
        }
    }

    /// What "during" names when it bounds a business let go on.
    static let transitionNouns: WordSet = ["transition", "transitional", "period"]

    /// Taking one's assets out of a firm or closing one's positions there, and going on with a business or a contract.
    static let timeLeftVerbs: WordSet = [
        "withdraw", "transfer", "sell", "redeem", "move", "close", "reduce", "cash",
        "keep", "continue", "run", "operate", "operating", "serve", "serving", "trade", "trading", "stay", "remain", "carry",
    ]

    /// The activities of a market that "can still" or "may still" leaves free ("can still withdraw", "may still trade");
    /// other verbs tell what someone is still able to do or think ("can still influence the board", "may still believe").
    static let freeActivityVerbs: WordSet = [
        "trade", "buy", "sell", "hold", "withdraw", "use", "access", "offer", "operate", "serve", "transfer", "send",
        "deposit", "invest", "stake", "lend", "borrow", "mine", "pay", "redeem", "list", "advertise", "promote", "apply",
        "keep", "run", "open", "accept", "provide", "issue", "convert", "move", "cash", "receive", "register", "sponsor",
        "market", "custody", "store", "exchange", "swap", "mint", "bet", "play", "join", "sign", "file", "continue",
        "recover", "reclaim", "claim",
    ]
    /// Words after "can still" or "may still" that keep a ban or a duty rather than leave an activity free.
    static let keptDutyWords: WordSet = [
        "not", "no", "never", "tax", "taxed", "charged", "barred", "banned", "prohibited", "required", "obliged", "fined", "face", "have", "has",
    ]
    /// Participles that end in neither "-ed" nor "-en" ("can still be paid", "may still be sold").
    static let irregularParticiples: WordSet = ["paid", "sold", "held", "kept", "made", "sent", "run", "bought", "able"]

    /// "may keep trading derivatives, but leverage will be capped at ten times", "may continue to trade, but with leverage of
    /// no more than two times", "can keep withdrawing, but deposits above $5,000 will be held": what may go on is bounded by a
    /// ceiling the "but" brings. (The "but" stands at most fifteen words after the verb, the ceiling at most ten after it.)
    static func continuesUnderACeiling(_ words: [String], after index: Int) -> Bool {
        let count = words.count
        guard let but = words[min(count, index + 1)..<min(count, index + 16)].firstIndex(of: "but") else { return false }
        return ((but + 1)..<min(count, but + 11)).contains { position in
            ceilingNouns.contains(words[position]) || ["capped", "above", "exceeding", "maximum"].contains(words[position])
                || words[position] == "more" && ["no", "not"].contains(words[position - 1])
        }
    }

    /// "may not offer staking until the regulator approves a separate application", "may not offer leverage until the
    /// second half of 2027": a ban that holds until a condition is met or a day comes limits the activity for a time ("may
    /// no longer serve clients and have until June 30 to return their funds" gives time to wind down instead). (The "until"
    /// stands at most twenty words after the ban.)
    static func lastsUntil(_ words: [String], after index: Int) -> Bool {
        ((index + 1)..<min(words.count, index + 21)).contains { position in
            words[position] == "until" && !["have", "has", "had", "get", "gets", "given"].contains(words[position - 1])
        }
    }

    /// The word that levies a tax at a rate: "are taxed at 12%", "taxes gains on coins held under a year at 28%", "have been
    /// taxed at the owner's marginal rate", "will levy 2% on fee income", "pay a 30% tax on gains"; nil where the sentence
    /// only names a tax ("exempt from the 30% tax") or denies one ("are no longer taxed at 30%"). (The rate stands at most
    /// eight words after "at", "at" at most twelve after the tax; a levy's rate right after it; a tax paid at most four
    /// words after "pay".)
    static func taxLevyAtARate(_ sentence: HashedWords, from start: Int) -> Int? {
        let words = sentence.words
        let count = words.count
        func isRate(_ position: Int) -> Bool {
            ["%", "percent", "rate", "flat"].contains(words[position]) || words[position] == "per" && position + 1 < count && words[position + 1] == "cent"
        }
        func ratedWithin(_ range: Range<Int>) -> Bool { range.clamped(to: 0..<count).contains(where: isRate) }
        return (start..<count).first { index in
            let word = words[index]
            // (Only a tax verb or "pay" levies one; the words before it are read only then. The verb is probed with the word's
            // stored hash.)
            let isTaxVerb = leviedTaxWords.contains(wordAt: index, of: sentence)
            guard isTaxVerb || word == "pay" || word == "pays",
                  !words[max(start, index - 3)..<index].contains(where: { ["not", "n't", "no", "never", "longer"].contains($0) }) else { return false }
            if isTaxVerb,
               let at = words[(index + 1)..<min(count, index + 13)].prefix(while: { ![",", ";", ":"].contains($0) }).firstIndex(of: "at") {
                return ratedWithin((at + 1)..<(at + 9))
            }
            if ["levy", "levies"].contains(word), index + 2 < count, Double(words[index + 1]) != nil { return isRate(index + 2) }
            if ["pay", "pays"].contains(word) {
                return words[(index + 1)..<min(count, index + 6)].contains(where: { taxWords.contains($0) }) && ratedWithin((index + 1)..<(index + 5))
            }
            return false
        }
    }

    /// "halve their consumption", "cut their power use", "halve their power draw", "ration power to miners", "power down",
    /// "disconnect from the national grid from Nov. 15 to March 15": a user of power told to draw less of it, or none for a
    /// while ("cut power to any premises found running rigs" and "switch off their machines by then" end it instead).
    /// (The noun of power use stands at most four words after the verb; the grid at most five after "disconnect", and
    /// the season's end after the grid.)
    static func curtailsPowerUse(_ words: [String], at index: Int) -> Bool {
        let word = words[index]
        let ahead = words[min(words.count, index + 1)..<min(words.count, index + 5)]
        if curtailVerbs.contains(word) {
            // ("paid for cutting their power use": after a preposition the cutting is a circumstance, no order.)
            guard index == 0 || !circumstancePrepositions.contains(words[index - 1]) else { return false }
            return ahead.indices.contains { position in
                powerDrawNouns.contains(words[position])
                    || powerUseNouns.contains(words[position]) && position > index + 1 && powerWords.contains(words[position - 1])
            }
        }
        if powerDownVerbs.contains(word) { return ahead.first == "down" }
        if rationVerbs.contains(word) { return ahead.prefix(2).contains { powerWords.contains($0) } }
        guard disconnectVerbs.contains(word), let grid = words[min(words.count, index + 1)..<min(words.count, index + 6)].firstIndex(of: "grid") else { return false }
        let after = words[(grid + 1)...]
        guard let from = after.firstIndex(of: "from") else { return after.contains { ["until", "till", "during", "between"].contains($0) } }
        return words[(from + 1)...].contains { ["to", "until", "till", "through"].contains($0) }
    }

    static let curtailVerbs: WordSet = [
        "halve", "halves", "halved", "halving", "cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing", "curtail",
        "curtails", "curtailed", "curtailing", "lower", "lowers", "lowered", "lowering", "trim", "trims", "trimmed",
    ]
    /// Nouns that name a draw of power by themselves ("their consumption", "their load").
    static let powerDrawNouns: WordSet = ["consumption", "draw", "load", "loads"]
    /// Nouns that name a draw of power after a word for power ("power use", "electricity demand").
    static let powerUseNouns: WordSet = ["use", "usage", "demand", "intake"]
    static let powerWords: WordSet = ["power", "electricity", "energy"]
    /// Prepositions before a verb of cutting that make it a circumstance ("paid for cutting", "by reducing").
    static let circumstancePrepositions: WordSet = ["for", "by", "of", "after", "from", "on", "in", "without", "about", "before", "through"]
    static let rationVerbs: WordSet = ["ration", "rations", "rationed", "rationing"]
    /// The forms of "power", which before "down" cut a machine's power use.
    static let powerDownVerbs: WordSet = ["power", "powers", "powered", "powering"]
    static let disconnectVerbs: WordSet = ["disconnect", "disconnects", "disconnected", "disconnecting", "unplug", "unplugs", "unplugged"]

    /// "fine" as a penalty threatened or set: the verb after a modal or "to" ("may fine", "will be able to fine operators",
    /// "whether to fine influencers", with its object: "more willing to fine." fines no one), or the noun with its sum after
    /// "a" ("pay an administrative fine of $750,000", "carries a fine of R$50,000"). The fine an article reports ("the fine
    /// was the largest", "paid its fine") and the adjective ("the fine print") are no cue of their own.
    static func isPenaltyFine(_ words: [String], at index: Int, from start: Int) -> Bool {
        guard words[index] == "fine", index > start, index + 1 < words.count else { return false }
        // ("ordered it to fix its systems by Jan. 30, or pay a conditional fine", "will become a criminal offence, punishable by
        // up to seven years in prison and a fine": a fine that befalls those who miss a duty, or punishes an offence, leaves
        // the duty or the ban the measure.)
        let lookBack = words[start..<index]
        if lookBack.suffix(4).contains("or") || lookBack.contains(where: { offenceWords.contains($0) }) { return false }
        if fineModals.contains(words[index - 1]) { return words[index + 1].first?.isLetter == true }
        return words[index + 1] == "of" && words[max(start, index - 3)..<index].contains { ["a", "an"].contains($0) }
    }

    /// Words that make what a sentence punishes an offence.
    static let offenceWords: WordSet = ["offence", "offense", "offences", "offenses", "crime", "crimes", "criminal"]
    /// The words before "fine" that make it the verb of a penalty to come.
    static let fineModals: WordSet = ["may", "can", "could", "will", "would", "shall", "must", "might", "to"]

    /// The verb forms of taxing and levying ("taxed", "taxes", "levied").
    static let leviedTaxWords: WordSet = ["tax", "taxes", "taxed", "taxing", "levy", "levies", "levied", "levying"]

    /// "declined to ban memecoins", "declined on Wednesday to ban", "stops short of a ban", "stopped short of banning
    /// lending": a ban someone would not impose is no ban; the sentence's other words give what was chosen instead ("...,
    /// limits retail loans", "choosing instead to require a test"). (Refusal and ban stand at most five words apart.)
    static func isBanStoppedShortOf(_ words: [String], at index: Int, from start: Int) -> Bool {
        let lookBack = words[max(start, index - 5)..<index]
        if index > start, words[index - 1] == "to", lookBack.contains(where: { refusalWords.contains($0) || declineWords.contains($0) }) { return true }
        guard let of = lookBack.lastIndex(of: "of"), of > start, words[of - 1] == "short" else { return false }
        return !words[(of + 1)..<index].contains { [",", ";", "and", "but", "or"].contains($0) }
    }

    /// "barred the exchange's two former directors from ...", "bars her from serving as an officer of a listed company",
    /// "banned its chief executive from holding management positions": a ban on certain people in their roles at firms
    /// disqualifies them, a sanction ("bars directors of licensed firms from trading tokens" is a rule for every director,
    /// "bars firms from paying their executives in tokens" one for firms; "an executive order barring agencies" names no
    /// person). After "from", only a role held ("as a director", "management positions") is one. (The role stands at most
    /// eight words after the ban, its marker of certain people at most three before the role.)
    static func disqualifiesPeople(_ words: [String], at index: Int) -> Bool {
        let end = min(words.count, index + 9)
        let from = words[(index + 1)..<end].firstIndex(of: "from") ?? end
        return (index + 1..<end).contains { position in
            let next = position + 1 < words.count ? words[position + 1] : ""
            if words[position] == "management", ["positions", "roles", "posts"].contains(next) { return true }
            guard firmRoleNouns.contains(words[position]), !["order", "orders"].contains(next) else { return false }
            let markers = words[max(index + 1, position - 3)..<position]
            return position > from ? markers.contains("as")
                : markers.contains { certainPeopleMarkers.contains($0) || Int($0) != nil || numberWords.contains($0) }
        }
    }

    /// "Kiosk operators must obtain a permit or stop selling tokens", "lenders would need a local licence, or face a ban on
    /// their services": a ban after "or" that follows a duty is the consequence of not meeting it; the duty is the measure.
    /// (The "or" stands at most six words before the ban, the duty at most fifteen before the "or".)
    static func isAlternativeToADuty(_ words: [String], at index: Int, from start: Int) -> Bool {
        guard let or = words[max(start, index - 6)..<index].lastIndex(of: "or") else { return false }
        let duty = words[max(start, or - 15)..<or]
        return duty.contains { ["must", "need", "needs", "needed", "require", "requires", "required"].contains($0) }
            || zip(duty, duty.dropFirst()).contains { ["have", "has", "had"].contains($0) && $1 == "to" }
    }

    /// "A judge froze the defendants' wallets", "ordered a freeze on every account the ring holds": freezing someone's
    /// assets is an enforcement act. A freeze the sentence makes a duty of firms ("custodians will have to freeze wallets
    /// that investigators flag", "need to be able to freeze client wallets") obliges, and a freeze on new business ("a
    /// freeze on new sign-ups") restricts. Nil for "frozen" before its noun ("disclose frozen balances"), which names what
    /// an earlier act holds ("have frozen the assets" is the act).
    static func freezeAction(_ words: [String], at index: Int, from start: Int) -> PolicyAction? {
        if words[index] == "frozen", index + 1 < words.count, words[index + 1].first?.isLetter == true,
           !(index > start && ClauseReader.isAuxiliary(words[index - 1])),
           !["by", "at", "for", "until", "in", "since", "on", "and", "or", "as", "under", "after", "without"].contains(words[index + 1]) {
            return nil
        }
        if let new = words[(index + 1)..<min(words.count, index + 5)].firstIndex(of: "new"), new + 1 < words.count,
           newBusinessNouns.contains(words[new + 1]) || newUserWords.contains(words[new + 1])
            || ["licences", "licenses", "accounts", "applications", "entries"].contains(words[new + 1]) {
            return .restrict
        }
        let lookBack = words[max(start, index - 10)..<index]
        let dutyBefore = zip(lookBack, lookBack.dropFirst()).contains { first, second in
            ["have", "has", "had", "able", "need", "needs"].contains(first) && second == "to"
        } || lookBack.contains { ["must", "require", "requires", "requiring", "obliged", "obliges", "mandatory"].contains($0) }
        return dutyBefore ? .require : .enforce
    }

    /// The first third-person verb of a measure before `end` ("registers", "lets"), not a plural noun before a preposition
    /// ("sets of rules"), nor a verb that stops short of a measure ("stops short of a ban").
    static func firstMeasurePredicate(_ words: [String], from start: Int, before end: Int) -> Int? {
        (start..<end).first { index in
            words[index].hasSuffix("s") && MeasureVerbs.actionByVerb[words[index]] != nil && index + 1 < end
                && !["on", "of", "for", ",", ".", "and", "short"].contains(words[index + 1])
        }
    }

    /// The comma that opens a phrase bounding what comes before it by the ceiling at `cue` (", with a US$2,000 cap per
    /// transfer", ", under monthly caps", ", subject to a transfer limit"); nil when the ceiling stands elsewhere.
    static func boundingPhrase(_ words: [String], from start: Int, before cue: Int) -> Int? {
        guard ceilingNouns.contains(words[cue]) else { return nil }
        guard cue >= start + 3 else { return nil }
        return stride(from: cue - 2, through: max(start + 1, cue - 8), by: -1).first { comma in
            words[comma] == "," && (["with", "under"].contains(words[comma + 1]) || words[comma + 1] == "subject" && words[comma + 2] == "to")
        }
    }

    /// A ceiling as a noun.
    static let ceilingNouns: WordSet = ["cap", "caps", "limit", "limits", "ceiling", "ceilings"]

    /// A verb of lifting, withdrawing, removing or waiving (not "end": "by the end of the year, the cap ...") whose object is a
    /// duty or a ceiling ("dropped its prior-notice requirement", "removing the need for a second licence"), or whose passive
    /// subject is one ("the cap was scrapped"). ("withdraw up to the daily limit": a limit after a preposition is no object;
    /// "a drop below the cap": a noun.)
    static func liftsAConstraint(_ words: [String], at index: Int, from start: Int) -> Bool {
        guard constraintLiftingVerbs.contains(words[index]), index == start || !["a", "an", "the"].contains(words[index - 1]) else { return false }
        if let noun = ((index + 1)..<min(words.count, index + 7)).first(where: { constraintNouns.contains(words[$0]) || words[$0] == "need" && words[$0 - 1] == "the" }),
           !words[(index + 1)..<noun].contains(where: { nonObjectPrepositions.contains($0) }),
           !(noun + 1 < words.count && ["order", "orders"].contains(words[noun + 1])) {
            return true
        }
        return index >= start + 2 && ["was", "were", "been", "be", "is", "are"].contains(words[index - 1])
            && words[max(start, index - 5)..<(index - 1)].contains(where: constraintNouns.contains)
    }

    /// Verbs that take a duty or a ceiling away.
    static let constraintLiftingVerbs = WordSet(Set(liftWords).subtracting(["end", "ends", "ended", "ending"]).union(withdrawalWords)
        .union(["remove", "removes", "removed", "removing", "waive", "waives", "waived", "waiving"]))
    /// The duties and ceilings a measure may take away.
    static let constraintNouns = WordSet(Set(ceilingNouns).union(["requirement", "requirements", "obligation", "obligations"]))
    /// Prepositions that put a noun outside a verb's object ("withdraw up to the limit", "remove funds above the cap").
    static let nonObjectPrepositions: WordSet = ["to", "up", "above", "below", "beyond", "under", "within", "over", "from", "of", "on", "in", "at"]

    /// The comma, semicolon or "and" that opens a second measure with a finite verb of its own ("..., tightens the travel
    /// rule", "and strikes off a fourth"), before `cue`; nil when the sentence coordinates no measures there.
    static func measureCoordination(_ words: [String], from start: Int, before cue: Int) -> Int? {
        guard cue > start + 2 else { return nil }
        for index in (start + 2)..<cue where [",", ";", "and"].contains(words[index]) {
            var next = index + 1
            while next < cue, ["and", "also", "it", "then", "separately"].contains(words[next]) { next += 1 }
            guard next <= cue, next + 1 < words.count else { continue }
            let verb = words[next]
            // Third-person verbs of measures ("tightens", "bans", "strikes off"): a headline's second predicate.
            if verb.hasSuffix("s"), MeasureVerbs.actionByVerb[verb] != nil || MeasureVerbs.particleVerbs[verb] != nil,
               !["on", "of", "for", ",", "."].contains(words[next + 1]) {
                return index
            }
        }
        return nil
    }

    /// "... until June 30 to stop", "six months to apply for a licence", "until March to segregate client coins": the
    /// infinitive after a deadline complies with a measure, stops an activity or delivers something to the authority.
    static func compliesInTime(_ words: [String], after index: Int) -> Bool {
        guard let to = words[(index + 1)..<min(words.count, index + 10)].firstIndex(of: "to"), to + 1 < words.count else { return false }
        return deliveryVerbs.contains(words[to + 1]) || graceVerbs.contains(words[to + 1])
    }

    /// What a grace period leaves time for: stopping, winding down, complying, applying, returning or disposing.
    static let graceVerbs: WordSet = [
        "stop", "cease", "wind", "comply", "apply", "file", "move", "obtain", "get", "seek", "return", "withdraw", "close", "exit",
        "leave", "divest", "dispose", "sell", "unwind", "meet", "align", "adapt", "adjust", "upgrade", "complete", "finish",
        "convert", "become", "secure", "refund", "delist", "remove", "phase", "bring", "end", "halt", "suspend", "liquidate",
        "shut", "offboard", "relocate", "restructure", "implement", "dismantle", "decommission", "unplug", "switch", "power",
        "redeem", "cash", "do", "settle", "repay", "reimburse", "quit", "abandon", "deregister",
    ]

    /// "... until June 30 to submit their reports": the infinitive after a deadline delivers something.
    static func deliversSomething(_ words: [String], after index: Int) -> Bool {
        guard let to = words[(index + 1)..<min(words.count, index + 10)].firstIndex(of: "to"), to + 1 < words.count else { return false }
        // "to move client coins into segregated wallets" sets something up; "to move their holdings off the platforms" winds down.
        if words[to + 1] == "move" { return words[(to + 1)..<min(words.count, to + 8)].contains("into") }
        // "to file their applications": applying for a licence is what a grace period is for.
        return deliveryVerbs.contains(words[to + 1])
            && !words[(to + 1)..<min(words.count, to + 5)].contains { ["application", "applications", "registration"].contains($0) }
    }

    /// "... until March to segregate client coins", "until September to register", "until June to update their systems": a
    /// deadline to register, to set up, update or deliver something new is that duty's; one to apply for a licence, comply,
    /// file what is outstanding, move holdings away, stop or wind down is a grace period.
    static let deliveryVerbs: WordSet = [
        "send", "submit", "report", "provide", "disclose", "declare", "publish", "notify", "inform", "hand", "deliver", "present", "pay", "lodge",
        "transfer", "segregate", "migrate", "implement", "install", "appoint", "upgrade", "update", "connect", "register",
    ]

    /// "law enforcement", "sanctions risks", "sanctions compliance", "uneven enforcement across the bloc": the words of
    /// enforcement as the name of the police or as a topic, a modifier of another noun or a noun judged by an adjective,
    /// state no act ("were sanctioned", "enforcement action against the exchange", "stricter enforcement" still do).
    static func namesEnforcementAsATopic(_ words: [String], at index: Int, from start: Int) -> Bool {
        let word = words[index]
        let previous = index > start ? words[index - 1] : ""
        let next = index + 1 < words.count ? words[index + 1] : ""
        if word == "enforcement" { return previous == "law" || judgingAdjectives.contains(previous) }
        return ["sanctions", "sanction"].contains(word) && sanctionTopicNouns.contains(next)
    }

    /// Adjectives that judge how enforcement is done, making it a topic of discussion.
    static let judgingAdjectives: WordSet = ["uneven", "inconsistent", "lax", "patchy", "weak", "fragmented", "selective", "lenient", "sporadic", "haphazard"]
    /// Nouns that "sanctions" modifies as a topic ("sanctions risks", "sanctions compliance").
    static let sanctionTopicNouns: WordSet = [
        "risk", "risks", "exposure", "compliance", "screening", "evasion", "concerns", "experts", "expert", "lawyers", "lawyer",
    ]

    /// "residents will be able to pay state taxes and fees in stablecoins", "would accept the token for all tax payments",
    /// "has accepted bitcoin for some taxes since 2019": a tax settled in a crypto-asset, which the measure lets people pay
    /// with ("pay the tax in May", "pay tax on crypto gains" and "registrations made with tax authorities" settle nothing
    /// in crypto). The asset stands within three words after "in" or "with" at most five words after the tax, or the tax
    /// at most three words after "for" that follows a verb of accepting by at most six.
    static func isTaxPaidInCrypto(_ words: [String], at index: Int, from start: Int) -> Bool {
        let count = words.count
        if let means = words[min(count, index + 1)..<min(count, index + 6)].firstIndex(where: { ["in", "with"].contains($0) }),
           words[(means + 1)..<min(count, means + 4)].contains(where: namesACryptoAsset) {
            return true
        }
        guard let purpose = words[max(start, index - 3)..<index].lastIndex(of: "for") else { return false }
        return words[max(start, purpose - 6)..<purpose].contains { acceptingVerbs.contains($0) }
    }

    /// A crypto-asset by its own name or kind: "bitcoin", "stablecoins", "cryptocurrency", "tokens".
    static func namesACryptoAsset(_ word: String) -> Bool {
        ArticleContext.cryptoWords.contains(word) && !["blockchain", "blockchains", "custodian", "custodians", "staking", "wallet", "wallets", "mica"].contains(word)
            || word.hasPrefix("crypto") || word.hasPrefix("stablecoin")
    }

    /// Verbs of taking a payment in some means.
    static let acceptingVerbs: WordSet = ["accept", "accepts", "accepted", "accepting", "take", "takes", "took", "taking"]

    /// "provide employees with required meal breaks", "the required documents": "required" between a determiner or a
    /// preposition and its noun describes the noun; it obliges no one ("are required to", "as required by law" do).
    static func isAttributiveRequired(_ words: [String], at index: Int, from start: Int) -> Bool {
        guard words[index] == "required", index > start, index + 1 < words.count, attributiveMarkers.contains(words[index - 1]) else { return false }
        let next = words[index + 1]
        return next.first?.isLetter == true && !["to", "by", "under", "for", "of", "in", "from", "as", "that", "and", "or"].contains(next)
    }

    /// "The app now allows creators to receive tips", "users will be able to earn yield", "the update lets holders swap
    /// tokens": a product that lets its own users do something is a feature, not a permission, when the sentence names no
    /// authority, law or ban ("the rules allow users to ..." and "the central bank will let customers ..." stay permissions).
    static func isProductFeature(_ words: [String], from start: Int, at index: Int) -> Bool {
        let word = words[index]
        let grantees: ArraySlice<String>
        switch word {
        case "allow", "allows", "allowing", "let", "lets", "letting", "enable", "enables", "enabling":
            grantees = words[min(words.count, index + 1)..<min(words.count, index + 4)]
        case "able":
            grantees = words[max(start, index - 5)..<index]
        default:
            return false
        }
        guard grantees.contains(where: endUserNouns.contains) else { return false }
        return !words[start...].contains {
            authorityNouns.contains($0) || lawNouns.contains($0) || banNouns.contains($0) || ["government", "central", "licence", "license", "licensed"].contains($0)
        }
    }

    /// The people a product serves.
    static let endUserNouns: WordSet = [
        "users", "user", "customers", "customer", "creators", "holders", "players", "members", "subscribers", "shoppers",
        "buyers", "sellers", "developers", "gamers", "fans", "viewers", "listeners", "traders", "clients",
    ]

    /// "He has 28 days to lodge an appeal", "the bank has until Friday to appeal": a party's time to appeal is procedure.
    static func isPersonalDeadline(_ words: [String], from start: Int, at index: Int) -> Bool {
        let subject = words[start..<index]
        return subject.contains { ["he", "she", "i", "his", "her"].contains($0) }
            || words[(index + 1)..<min(words.count, index + 8)].contains { ["appeal", "appeals", "rehearing"].contains($0) }
    }

    /// Verbs of watching a matter rather than acting on it.
    static let watchingVerbs: WordSet = ["monitor", "monitoring", "watch", "watching", "follow", "following", "track", "tracking", "assess", "review", "study", "engage"]
    /// A refusal to speak: "declined to comment", "refused to say".
    static let declineWords: WordSet = ["declined", "declines", "decline", "refused", "refuses", "refuse"]
    static let speechVerbs: WordSet = [
        "comment", "say", "elaborate", "confirm", "discuss", "disclose", "specify", "answer", "respond", "name", "identify", "detail", "explain",
    ]
    static let attributiveMarkers: WordSet = [
        "the", "a", "an", "its", "their", "by", "of", "for", "to", "with", "all", "only", "other", "fully", "locally", "duly", "on", "from", "at", "as",
    ]

    /// Words that say a measure is temporary.
    static let temporaryWords: WordSet = ["temporary", "temporarily", "interim"]
    /// The seasons a measure may last for ("for the summer").
    static let seasonWords: WordSet = ["summer", "winter"]

    /// "temporarily", "a three-month ban", "for the summer", "for 90 days": the measure has an end.
    /// (The words from `start` on; each word's three look-ups probe with its stored hash.)
    static func isTemporary(_ sentence: HashedWords, from start: Int) -> Bool {
        var previous = ""
        var beforePrevious = ""
        for index in start..<sentence.words.count {
            if temporaryWords.contains(wordAt: index, of: sentence) { return true }
            if periodWords.contains(wordAt: index, of: sentence),
               previous == "-" || (beforePrevious == "for" && (Int(previous) != nil || numberWords.contains(previous))) {
                return true
            }
            if seasonWords.contains(wordAt: index, of: sentence), previous == "the", beforePrevious == "for" { return true }
            beforePrevious = previous
            previous = sentence.words[index]
        }
        return false
    }

    /// The status the sentence's own words give, if any.
    /// The status the sentence's own words give, if any; `cue` places "already" and "remain" before the measure.
    static func status(in words: [String], cue: Cue? = nil) -> PolicyStatus? {
        var proposed = false
        var existing = false
        for (index, word) in words.enumerated() {
            // "weighs on prices" is no deliberation.
            if consideringWords.contains(word), !(word.hasPrefix("weigh") && index + 1 < words.count && ["on", "in", "heavily"].contains(words[index + 1])) {
                return .considering
            }
            // "sources say", "people familiar with the matter": an unconfirmed plan.
            if word == "sources", index + 1 < words.count, ["say", "said", "says", "told", "suggest"].contains(words[index + 1]) { return .considering }
            if word == "familiar", index + 1 < words.count, words[index + 1] == "with", index >= 1, ["people", "persons", "sources"].contains(words[index - 1]) {
                return .considering
            }
            // "came into force in 2021", "has been in place since": the measure already applies.
            if word == "force" || word == "place", index >= 2,
               word == "force" && ["came", "entered"].contains(words[index - 2]) && words[index - 1] == "into"
                || word == "place" && words[index - 1] == "in" && ["been", "remains", "remained"].contains(words[index - 2]) {
                existing = true
            }
            // "is on the table", "no final decision has been taken".
            if word == "table", index >= 2, words[index - 2] == "on" { return .considering }
            if word == "decision", index >= 2, words[index - 2] == "no" || words[index - 1] == "no" { return .considering }
            // "already requires", "banks remain barred", "banks were reminded": the rule existed before the news.
            // ("may still be executed until July", "can still withdraw": what a new measure leaves allowed.)
            if let cue, cue.action != .warn, (cue.index - 3...cue.index).contains(index) || word == "reminded",
               existingWords.contains(word) && !(word == "still" && index > 0 && ClauseReader.modals[words[index - 1]] != nil)
                || ["remain", "remains", "remained"].contains(word) && !words.contains("will") {
                existing = true
            }
            if word == "plans" || word == "plan" || word == "planning", index + 1 < words.count, words[index + 1] == "to",
               index == 0 || !["the", "a", "an", "its", "their", "this", "that", "no"].contains(words[index - 1]),
               !words.contains("draft"), !isAnotherPartysPlan(words, at: index), !isAPlanToHandIn(words, at: index) { return .considering }
            // "signed the Tax Laws (Amendment) Bill into law", "as Parliament passes platform bill": a bill enacted.
            if proposedWords.contains(word), !(["bill", "bills", "draft"].contains(word) && isEnacted(words, at: index)),
               !isAnEarlierStep(words, at: index) { proposed = true }
            if word == "if", index + 1 < words.count, words[index + 1] == "passed" || words[index + 1] == "approved" { proposed = true }
        }
        // "The rules, first proposed in 2023, take effect on Monday": a measure that starts is no proposal.
        if proposed, takesEffect(words), !words.contains("would"), !words.contains("if") { proposed = false }
        if proposed { return .proposed }
        return existing ? .inEffect : nil
    }

    /// "follow a consultation that closed in June", "dropping an earlier proposal", "after last year's consultation": a
    /// proposal the measure came out of, not the measure's own status.
    static func isAnEarlierStep(_ words: [String], at index: Int) -> Bool {
        guard ["proposal", "proposals", "consultation", "draft"].contains(words[index]) else { return false }
        let before = words[max(0, index - 3)..<index]
        if before.contains(where: { earlierStepWords.contains($0) }) { return true }
        let after = words[(index + 1)..<min(words.count, index + 4)]
        return after.contains { ["closed", "ended", "concluded"].contains($0) }
    }

    static let earlierStepWords: WordSet = [
        "earlier", "previous", "initial", "original", "after", "following", "follow", "follows", "followed",
    ]

    /// "contracts that the exchange plans to list", "Exchanges planning to offer the service must notify ...": a plan in a
    /// relative clause, or in a participle that qualifies a noun, describes who or what the measure is about.
    /// ("is reportedly planning to ban": a progressive of the clause's own plan.)
    static func isAnotherPartysPlan(_ words: [String], at index: Int) -> Bool {
        if words[max(0, index - 3)..<index].contains(where: { ["that", "which", "who", "whose"].contains($0) }) { return true }
        guard words[index] == "planning" else { return false }
        return ClauseReader.wordBefore(index, in: words).map { !ClauseReader.beForms.contains($0) } ?? false
    }

    /// "must explain by June how they plan to adapt", "must file a wind-down plan to the watchdog": a plan asked
    /// of the regulated, in a question it must answer ("how", "when", "whether" shortly before) or handed to someone ("plan
    /// to the", "plan to its"), is a term of the measure, not an intention of its issuer.
    static func isAPlanToHandIn(_ words: [String], at index: Int) -> Bool {
        if index + 2 < words.count, handedToWords.contains(words[index + 2]) { return true }
        return words[max(0, index - 4)..<index].contains { ["how", "when", "whether"].contains($0) }
    }

    /// Words after "plan to" that make "to" a preposition: the plan goes to someone.
    static let handedToWords: WordSet = ["the", "a", "an", "its", "their", "his", "her", "our", "regulators", "supervisors"]

    /// Whether the bill at `index` is enacted: "into law" in the sentence ("signed the bill into law"), or a verb of
    /// passing or signing in the four words before it, unless the bill only "would" do what it says ("MPs passed a
    /// bill that would tax gains": one chamber's vote on what is still a bill).
    static func isEnacted(_ words: [String], at index: Int) -> Bool {
        if zip(words, words.dropFirst()).contains(where: { $0 == "into" && $1 == "law" }) { return true }
        return words[max(0, index - 5)..<index].contains(where: { enactedWords.contains($0) }) && !words[index...].contains("would")
    }

    static let enactedWords: WordSet = [
        "passed", "passes", "signed", "signs", "enacted", "enacts", "ratified", "ratifies", "promulgated", "adopted", "adopts",
    ]

    /// "took effect", "came into force", "entered into force", "has applied since": a measure that started.
    static func tookEffect(_ words: [String]) -> Bool {
        for index in words.indices.dropFirst() where words[index] == "effect" || words[index] == "force" {
            if ["took", "taken"].contains(words[index - 1]) || words[index - 1] == "into" && index >= 2 && ["came", "entered", "come"].contains(words[index - 2]) {
                return true
            }
        }
        return false
    }

    /// "takes effect", "came into force", "enters into force".
    static func takesEffect(_ words: [String]) -> Bool {
        for index in words.indices.dropFirst() where words[index] == "effect" || words[index] == "force" {
            if ["take", "takes", "took", "into"].contains(words[index - 1]) { return true }
        }
        return false
    }

    /// "could face", "might be required": a hedge, read as `considering` where the article's news is.
    static func isHedged(_ words: [String]) -> Bool {
        words.contains { ["could", "might"].contains($0) }
    }

    /// Every word a cue rule starts from; the others are skipped with one look-up.
    static let relevantWords = WordSet(Set(liftWords).union(annulmentWords).union(withdrawalWords).union(["out"]).union(enforceWords).union(banWords).union(stopWords)
        .union(restrictWords).union(freezeWords).union(requireWords).union(permitWords).union(crackdownWords).union(warnWords)
        .union(["banned", "prohibited", "illegal", "restricted", "forbidden", "unaffected", "exempt", "exempts", "exempted",
                "affected", "grace", "shut", "shuts", "shutting", "closed", "shutdown", "close", "closes", "closing", "closure", "unlawful", "have", "has", "had",
                "legal", "crack", "clamp", "cracking", "clamping", "force", "effect", "proposal", "proposed", "draft",
                "rulemaking", "not", "longer", "cannot", "introduced", "introduces", "mustn't", "until", "keep", "continue", "continues", "no", "able",
                "charged", "charges", "settled", "settle", "settles", "pay", "investigation", "investigating", "probe",
                "probing", "subpoena", "subpoenaed", "only", "wind", "untouched", "spared", "untaxed", "free", "lawful", "treat", "treats", "treated", "treating", "classify", "classifies", "classified", "classifying", "supervise", "time", "more", "off", "licences", "licenses", "block", "blocks", "blocking", "needed", "most", "fine", "still", "shelve", "shelves", "shelved", "shelving", "abandon", "abandons", "abandoned", "abandoning"])
        .union(curtailVerbs).union(rationVerbs).union(disconnectVerbs).union(["power", "powers", "powered", "powering"])
        .union(extendWords).union(periodWords)
        .union(breachWords).union(lawMakingWords).union(constraintLiftingVerbs).union(LicensingCues.cueWords).union(ScopeCues.cueWords).union(AccessCues.cueWords).union(EnforcementActs.cueWords).union(PermissionFigures.cueWords).union(CapitalFloorCues.levelChangingVerbs).union(["go", "up", "mean"]).union(legalisingVerbs).union(exitWords).union(cbdcLaunchWords).union(supervisionWords)
        .union(["ruled", "rules", "ruling", "found", "finds", "held", "show-cause", "cease-and-desist", "aside", "quashed", "down",
                "available", "open", "covered", "cause", "desist", "apply", "applies", "need", "needs", "risk", "effective", "stay", "remain",
                "return", "returned", "unwind", "unwound", "liquidate", "liquidated", "outside"])
        .union(stayVerbs).union(haltVerbs).union(cancelVerbs).union(reinstateVerbs).union(postponeVerbs).union(["pushes", "pushed"])
        .union(["shield", "shields", "shielded", "shielding", "remove", "removes"]).union(measureLettingVerbs).union(timeLeftVerbs))
    /// Words before "permit" that make it a noun ("a transitional permit", "holds special permits").
    static let permitNounMarkers: WordSet = [
        "a", "an", "the", "its", "their", "his", "her", "this", "that", "any", "no", "valid", "special", "transitional",
        "temporary", "new", "mining", "work", "operating", "hold", "holds", "held", "of", "for", "with", "without", "under",
    ]
    /// What tightening applies to when it is a measure.
    static let tightenedNouns: WordSet = [
        "rules", "rule", "requirements", "requirement", "controls", "standards", "oversight", "scrutiny", "limits", "restrictions",
        "checks", "regulation", "regulations", "grip", "curbs", "conditions", "supervision", "screening", "regime", "enforcement",
    ]
    /// Buying and selling by market participants, whose resumption is no lifted ban.
    static let marketActivities: WordSet = ["purchases", "buying", "selling", "accumulation", "accumulating", "gains", "rally", "climb"]
    /// The services whose restart is operations ("withdrawals resumed", "trading has resumed").
    static let restartingServices: WordSet = ["withdrawals", "deposits", "trading", "operations", "services", "transfers", "payments", "redemptions"]
    static let partialBanWords: WordSet = ["unless", "except", "less", "fewer", "below", "exceeding", "above"]
    static let taxWords: WordSet = ["tax", "taxes", "levy", "taxation"]
    static let taxFigureWords: WordSet = [
        "receipts", "revenue", "revenues", "collections", "take", "income", "haul", "filings", "year", "years", "season", "return",
        "returns", "adviser", "advisers", "advisor", "advisors", "accountant", "accountants", "lawyer", "lawyers", "expert", "experts",
        "consultant", "consultants", "specialist", "specialists", "professionals", "residency", "residence", "resident", "residents",
        "haven", "havens", "planning",
    ]
    /// The passive participles of an obligation ("are required to", "is not obliged to").
    static let obligationParticiples: WordSet = ["required", "obliged", "obligated", "mandated"]
    static let licenceNouns: Set<String> = ["licence", "license", "permit", "approval", "registration", "authorization", "authorisation"]
    static let extendWords: WordSet = ["extend", "extends", "extended", "extending", "extension", "prolonged", "prolongs"]
    static let onlyPermissionWords: WordSet = ["allowed", "allow", "allows", "permitted", "permit", "permits", "authorized", "approved"]
    static let liftedObligationWords: WordSet = ["charged", "taxed", "required", "need", "needs", "have", "pay", "levied", "obliged", "subject"]
    static let authorityNouns: Set<String> = ["agency", "regulator", "authority", "commission", "bank", "ministry", "watchdog", "supervisor"]
    static let periodWords: WordSet = ["month", "months", "week", "weeks", "day", "days", "year", "years"]
    static let numberWords: WordSet = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"]
    /// The roles people hold at firms, from which a sanction may bar them.
    static let firmRoleNouns: WordSet = ["director", "directors", "officer", "officers", "executive", "executives", "founder", "founders"]
    /// Words before a role that make its holders certain people ("its two directors", "former executives", "the exchange's
    /// founder").
    static let certainPeopleMarkers: WordSet = ["former", "its", "their", "his", "her", "'s", "both"]
    static let forceWords: WordSet = ["force", "forced", "forcing", "order", "ordered", "orders", "directed", "directs", "instructed", "instructs", "told"]
    /// Verbs of being left where a measure does not reach ("fall outside", "stay outside", "leave ... outside").
    static let leftOutsideVerbs: WordSet = ["fall", "falls", "fell", "stay", "stays", "remain", "remains", "leave", "leaves", "left"]
    /// What a measure reaches: its scope, its regime, the rules or tax it belongs to ("falls outside the securities laws" is
    /// an argument about legality).
    static let reachNouns: WordSet = [
        "scope", "remit", "perimeter", "regime", "rule", "rules", "tax", "bill", "framework", "regulation", "regulations",
        "directive", "requirements", "licensing",
    ]
    /// The laws a head of state sanctions into force.
    static let enactedLawNouns: WordSet = ["law", "laws", "decree", "reform", "bill", "act"]
    /// The new business a ban on newcomers stops: new clients, sign-ups ("sign", "-", "ups" as tokens), bookings, money,
    /// accounts, contracts, products and applications.
    static let newBusinessNouns: WordSet = [
        "customers", "customer", "clients", "client", "users", "investors", "members", "sign-ups", "signups", "sign", "bookings", "money", "deposits",
        "accounts", "account", "contracts", "products", "product", "applications",
    ]
    /// Verbs of giving clients' holdings back or closing them out.
    static let windDownVerbs: WordSet = ["return", "returned", "close", "closed", "unwind", "unwound", "liquidate", "liquidated"]
    /// What clients hold with a firm.
    static let clientHoldingNouns: WordSet = ["assets", "funds", "positions", "balances", "holdings", "crypto-assets", "margin", "deposits"]
    /// Words of a sum or a penalty to pay.
    static let penaltySumWords: WordSet = ["$", "€", "£", "million", "billion", "fine", "penalty", "penalties", "restitution", "damages", "disgorgement"]
    /// Personal pronouns that open a clause ("until they have").
    static let pronouns: Set<String> = ["they", "it", "he", "she", "we", "you", "i"]
    /// "exempted two prediction markets from swap reporting rules", "exempts the exchange from the requirement to ...": an
    /// authority relieving parties of a rule, in the active voice (not "are exempted from", "remain exempt from": the scope
    /// of a rule).
    static func relievesOfARule(_ words: [String], at index: Int, from start: Int) -> Bool {
        guard index > start, !ClauseReader.beForms.contains(words[index - 1]), !["remain", "remains", "stay", "stays"].contains(words[index - 1]),
              let from = words[(index + 1)..<min(words.count, index + 14)].firstIndex(of: "from") else { return false }
        return words[(from + 1)..<min(words.count, from + 6)].contains { ruleNouns.contains($0) || licensingRegimeNouns.contains($0) }
    }

    /// What a relief lifts: "rules", "the requirement", "reporting obligations", "the cap".
    static let ruleNouns: Set<String> = [
        "rule", "rules", "requirement", "requirements", "regulation", "regulations", "obligation", "obligations", "restrictions",
        "cap", "limits", "ban",
    ]
    /// What a firm needs to operate: exempted from it, the firm is permitted.
    static let licensingRegimeNouns: WordSet = ["licensing", "registration", "licence", "license", "authorisation", "authorization"]
    static let limitWords: WordSet = ["unless", "except", "above", "beyond", "exceeding", "more"]
    /// Verbs of going past a ceiling: forbidden, they set a cap ("may not exceed 2% of capital").
    static let ceilingVerbs: WordSet = ["exceed", "exceeds", "surpass"]
    static let corporateWords: WordSet = ["merger", "acquisition", "takeover", "deal", "round", "funding", "dividend", "buyback", "app", "seed"]
    static let courtWords: WordSet = ["court", "judge", "justice", "tribunal", "judgment", "judgement", "jury"]
    static let breachWords: WordSet = [
        "broke", "breaks", "breached", "breaching", "breach", "violated", "violating", "violates", "contravened",
        "contravening", "flouted", "flouting",
    ]
    static let lawNouns: WordSet = [
        "law", "laws", "rule", "rules", "regulation", "regulations", "act", "bill", "directive", "legislation",
        "framework", "amendment", "amendments", "code", "decree", "ordinance", "package", "requirements",
    ]
    static let lawMakingWords: WordSet = ["passes", "passed", "pass", "adopts", "adopted", "adopt", "enacts", "enacted", "enact", "approve", "approves", "approved"]
    static let exitWords: WordSet = ["withdrew", "withdraws", "exit", "exits", "exited", "exiting", "quit", "quits", "leave", "leaves", "leaving"]
    static let cbdcLaunchWords: WordSet = ["launch", "launches", "launched", "launching", "pilot", "pilots", "piloting", "rollout", "trial", "trials", "test", "tests", "testing"]
    /// "the CBDC", "a digital dirham", "the e-CNY".
    static func mentionsCBDC<Words: Collection<String>>(_ words: Words) -> Bool {
        var previous = ""
        var beforePrevious = ""
        for word in words {
            if cbdcNames.contains(word) || previous == "digital" && (currencyNames.contains(word) || word == "currency" && beforePrevious == "bank") {
                return true
            }
            // "e-CNY", "e-naira": hyphens are tokens of their own.
            if previous == "-", beforePrevious == "e", ["cny", "naira", "rupee", "krona", "hkd", "yuan", "euro", "dirham", "peso"].contains(word) { return true }
            beforePrevious = previous
            previous = word
        }
        return false
    }

    static let cbdcNames: WordSet = ["cbdc", "cbdcs", "e-cny", "e-rupee", "enaira", "e-naira", "e-krona", "e-hkd", "drex", "dcep"]
    static let currencyNames: WordSet = [
        "dirham", "yuan", "renminbi", "rupee", "euro", "pound", "dollar", "yen", "won", "real", "naira", "rand", "rupiah",
        "baht", "peso", "hryvnia", "ruble", "rouble", "lira", "shilling", "dinar", "riyal", "krona", "krone", "franc",
        "ringgit", "dong", "taka", "tenge", "cedi", "shekel",
    ]
    static let supervisionWords: WordSet = ["license", "licence", "licenses", "licences", "regulate", "regulates", "supervise", "supervises", "recognize", "recognise", "recognizes", "recognises"]
    static let existingWords: WordSet = ["already", "reminded", "still"]
    static let liftWords: WordSet = ["lift", "lifts", "lifted", "lifting", "repeal", "repeals", "repealed", "overturn", "overturned", "scrap", "scraps", "scrapped", "end", "ends", "ended", "ending", "scrapping", "repealing", "reverse", "reverses", "reversed", "reversing", "overturning", "overturns", "rescind", "rescinds", "rescinded", "rescinding", "abolish", "abolishes", "abolished", "abolishing"]
    /// Verbs of taking back what an authority issued.
    static let withdrawalWords: WordSet = [
        "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "drop", "drops", "dropped", "dropping", "rescind",
        "rescinds", "rescinded", "rescinding", "retract", "retracts", "retracted",
    ]
    /// What an authority issues to caution or guide rather than to rule: withdrawn, it lifts what it held back.
    static let withdrawnGuidanceNouns: WordSet = [
        "guidance", "warning", "warnings", "opinion", "opinions", "circular", "advisory", "caution", "instruction",
        "instructions", "recommendation", "recommendations",
    ]
    /// "shelved its plans for an initial public offering", "abandoned plans for an IPO": a company's listing, within eight
    /// words after `index`, which no plan of a rule-maker is.
    static func namesAListing(_ words: [String], near index: Int) -> Bool {
        let after = words[index..<min(words.count, index + 9)]
        return after.contains { ["ipo", "ipos", "flotation"].contains($0) } || zip(after, after.dropFirst()).contains { $0 == "public" && $1 == "offering" }
    }

    /// Verbs of setting a plan aside, beside those of withdrawing it.
    static let setDownPlanVerbs: WordSet = [
        "scrap", "scraps", "scrapped", "scrapping", "shelve", "shelves", "shelved", "shelving", "abandon", "abandons", "abandoned", "abandoning",
    ]
    /// What an authority or a lawmaker plans or issues and may take back before it binds: a bill, an amendment, a proposal, a
    /// letter or notice.
    static let withdrawnPlanNouns: WordSet = [
        "bill", "bills", "amendment", "amendments", "plan", "plans", "proposal", "proposals", "letter", "letters", "notice", "notices", "draft",
    ]
    /// "refused to lift", "declined to vacate": a measure left standing.
    static let refusalWords: WordSet = ["refused", "refuses", "refusing", "declined", "declines", "declining", "denied", "rejected"]
    /// Verbs of setting a measure aside: a court's or a lawmaker's annulment lifts it.
    static let annulmentWords: WordSet = [
        "vacate", "vacates", "vacated", "vacating", "annul", "annuls", "annulled", "annulling", "invalidate", "invalidates",
        "invalidated", "invalidating", "nullify", "nullifies", "nullified", "overturn", "overturns", "overturned", "overturning",
        "quash", "quashes",
    ]
    /// Verbs of reversing or repealing a measure.
    static let reversalWords: WordSet = [
        "reverse", "reverses", "reversed", "reversing", "repeal", "repeals", "repealed", "repealing",
    ]
    /// The words a cue that sets a measure aside stands on: an annulment verb, and the particle of "threw out", "struck
    /// down", "set aside" or "quashed".
    static let setAsideCueWords = WordSet(Set(annulmentWords).union(["out", "down", "aside", "quashed"]))
    /// The measures an annulment sets aside.
    static let annulledMeasureNouns: WordSet = [
        "rule", "rules", "regulation", "regulations", "order", "orders", "requirement", "requirements", "decree", "decrees",
        "directive", "guidance", "circular", "ban", "bans", "prohibition", "restriction", "restrictions", "mandate", "decision",
        "provision", "provisions", "policy", "law", "levy", "tax",
    ]
    static let banNouns: WordSet = ["ban", "bans", "prohibition", "restriction", "restrictions", "moratorium", "embargo", "freeze", "suspension", "curb", "curbs", "blacklist"]
    static let enforceWords: WordSet = [
        "sanction", "sanctions", "sanctioned", "sanctioning", "revoke", "revoked", "revokes", "revoking", "revocation", "fined", "fines", "penalty", "penalties", "penalize",
        "penalized", "penalise", "penalised", "consequences", "lawsuit", "lawsuits", "sued", "sues", "suing",
        "indict", "indicts", "indicted", "indictment", "arrested", "arrests", "seize", "seizes", "seizing", "seized", "seizure",
        "prosecute", "prosecuted", "prosecution", "enforcement", "raided", "confiscate", "confiscates", "confiscated", "convicted", "sentenced", "disqualified", "disqualifying", "disqualification",
    ]
    static let grantWords: WordSet = [
        "granted", "grants", "grant", "awarded", "issued", "issues", "issue", "issuing", "receives", "received", "wins", "won", "obtained",
        "obtains", "secures", "secured", "approved", "gets", "got", "licensed", "approves",
    ]
    /// "to drop the two meme tokens", "drops five coins", "has to remove every pair quoted in the coin": a verb of dropping or
    /// removing whose object (within five words) is a token or a trading pair ("drops its plan", "removes the cap" are other
    /// measures), not after "and" or "or" ("must review each coin yearly and remove coins that fail": the duty stated first
    /// is the sentence's measure).
    static func dropsTokens(_ words: [String], at index: Int) -> Bool {
        dropVerbs.contains(words[index]) && !(index > 0 && (words[index - 1] == "and" || words[index - 1] == "or"))
            && words[(index + 1)..<min(words.count, index + 6)].contains { listedTokenNouns.contains($0) }
    }

    /// The verbs of dropping or removing that may take tokens off a market.
    static let dropVerbs: WordSet = ["drop", "drops", "remove", "removes"]

    /// What an exchange lists and may have to drop: tokens, coins and the pairs they trade in.
    static let listedTokenNouns: WordSet = ["token", "tokens", "coin", "coins", "stablecoin", "stablecoins", "pair", "pairs"]

    /// "an act that bars towns from prohibiting home mining", "would prohibit agencies from restricting payments in bitcoin",
    /// "shields node operators from municipal bans": a verb of barring or shielding whose "from" (within ten words) takes a
    /// verb of banning or, after shielding, a ban.
    static func bansBanning(_ words: [String], at index: Int) -> Bool {
        let shields = shieldVerbs.contains(words[index])
        guard shields || barringVerbs.contains(words[index]),
              let from = words[(index + 1)..<min(words.count, index + 11)].firstIndex(of: "from"), from + 1 < words.count else { return false }
        if banningVerbs.contains(words[from + 1]) { return true }
        return shields && words[(from + 1)..<min(words.count, from + 5)].contains { banNouns.contains($0) }
    }

    /// The verbs of shielding someone from a ban ("shields node operators from municipal bans").
    static let shieldVerbs: WordSet = ["shield", "shields", "shielded", "shielding"]
    /// The verbs of barring that may bar a ban ("bars towns from prohibiting home mining").
    static let barringVerbs: WordSet = ["bar", "bars", "barred", "barring", "prohibit", "prohibits", "prohibited", "forbid", "forbids"]

    /// Verbs of banning or curbing an activity, in the form that follows "from".
    static let banningVerbs: WordSet = ["banning", "restricting", "prohibiting", "outlawing", "limiting", "blocking", "curbing"]

    static let banWords: WordSet = [
        "bar", "bars", "barred", "barring",
        "ban", "bans", "banned", "banning", "prohibit", "prohibits", "prohibited", "prohibiting", "prohibition",
        "outlaw", "outlaws", "outlawed", "outlawing", "forbid", "forbids", "forbidden", "forbade", "delist",
        "delists", "delisted", "delisting", "criminalize", "criminalizes", "criminalized", "criminalise",
    ]
    /// Whether the words at `index` close one of the speaker's offerings ("close its lending product", "shuts the
    /// staking programme"): a verb of closing, a determiner, and a noun of an offering in the three words after it.
    /// `true` when the closing only keeps a class of clients out ("to retail clients"), `false` when it ends the
    /// offering, `nil` when no offering is closed ("closes its funding round", "the market closed higher").
    static func closedOffering(_ words: [String], at index: Int) -> Bool? {
        guard closingVerbs.contains(words[index]), index + 2 < words.count, ["its", "their", "the"].contains(words[index + 1]) else { return nil }
        let phrase = words[(index + 2)..<min(words.count, index + 5)]
        guard let noun = phrase.firstIndex(where: { offeringNouns.contains($0) }) else { return nil }
        let after = words[(noun + 1)..<min(words.count, noun + 5)]
        return after.first == "to" && after.contains { clientClassWords.contains($0) }
    }

    /// Verbs that close an offering.
    static let closingVerbs: WordSet = ["close", "closes", "closing", "shut", "shuts", "shutting"]
    /// What a firm offers and may close: a product, a service, a desk, a programme.
    static let offeringNouns: WordSet = [
        "product", "products", "service", "services", "desk", "platform", "app", "programme", "program", "scheme",
        "feature", "offering", "offerings", "wallet", "wallets", "accounts",
    ]
    /// Words of a class of clients an offering may be closed to: "to retail clients", "to new users".
    static let clientClassWords: WordSet = ["retail", "new", "clients", "customers", "users", "investors", "residents"]
    static let stopWords: WordSet = ["stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "halting", "cease", "ceases", "ceased", "ceasing", "discontinue", "discontinues", "discontinued"]
    static let newUserWords: WordSet = ["register", "registering", "registration", "registrations", "sign", "signups", "sign-ups", "onboarding", "onboard", "new", "opening", "open", "deposits", "deposit", "withdrawals"]
    static let serviceWords: WordSet = [
        "selling", "sales", "sale", "sell", "servicing", "services", "service", "support", "operations", "operating",
        "trading", "offering", "providing", "accepting", "serving", "business", "listing", "users", "customers",
        // "told lenders to stop processing transfers to the app", "to cease soliciting pensioners", "to stop handling bridged
        // coins", "has to halt all currency transmission": the dealings a stop order ends.
        "processing", "handling", "soliciting", "courting", "dealing", "transactions", "transmission",
    ]
    /// What a measure is said to hold back rather than what it restricts, as its cost or as its aim: "will limit adoption",
    /// "curbs innovation", "the checks would curb fraud", "to limit losses".
    static let effectNouns: WordSet = [
        "adoption", "innovation", "growth", "competition", "competitiveness", "uptake", "appeal",
        "fraud", "scams", "abuse", "losses", "speculation", "volatility", "manipulation", "crime",
    ]
    static let restrictWords: WordSet = [
        "restrict", "restricts", "restricted", "restricting", "restriction", "restrictions", "limit", "limits",
        "limited", "limiting", "cap", "caps", "capped", "capping", "curb", "curbs", "curbed", "curbing", "suspend",
        "suspends", "suspended", "suspending", "suspension", "pause", "pauses", "paused", "pausing", "discourage",
        "discourages", "tighten", "tightens", "tightened", "tightening", "blocked",
    ]
    static let freezeWords: WordSet = ["freeze", "freezes", "froze", "frozen", "freezing"]
    static let requireWords: WordSet = [
        "require", "requires", "required", "requiring", "requirement", "requirements", "must", "obliged", "obliges", "oblige", "obliging",
        "obligated", "obligation", "obligations", "mandatory", "mandate", "mandates", "mandated", "compel",
        "compels", "tax", "taxes", "taxed", "taxation", "taxing", "levy", "kyc", "licensing", "orders", "ordered",
    ]
    static let permitWords: WordSet = [
        "allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "permitting", "approve", "approves",
        "approved", "approval", "approving", "legalize", "legalizes", "legalized", "legalise", "legalised",
        "legalising", "legalizing", "authorize", "authorized", "authorizes", "resume", "resumes", "resumed",
        "greenlight", "greenlights", "greenlighted", "licensed", "license", "licence", "granted", "cleared", "clears",
    ]
    /// Measures and acts of an authority whose meaning a caution denies ("the removal does not mean ...").
    static let deniedMeaningSubjects: WordSet = [
        "removal", "approval", "warning", "pilot", "registration", "listing", "licence", "license", "sandbox", "admission",
        "decision", "ruling", "order", "exemption", "inclusion", "name", "authorisation", "authorization", "notice", "list",
        "delisting", "test", "trial", "move",
    ]
    /// Verbs of making an activity lawful.
    static let legalisingVerbs: WordSet = [
        "legalize", "legalizes", "legalized", "legalizing", "legalise", "legalises", "legalised", "legalising",
    ]
    static let crackdownWords: WordSet = ["crackdown", "clampdown", "crackdowns", "clampdowns", "raid", "raids"]
    static let investigationWords: WordSet = ["investigation", "investigating", "probe", "probing", "subpoena", "subpoenaed"]
    static let warnWords: WordSet = [
        "warn", "warns", "warned", "warning", "warnings", "caution", "cautions", "cautioned", "cautioning", "guidance",
        "guidelines", "advisory", "urged", "urges", "urge", "urging", "reminded", "reminds", "remind",
    ]
    static let consideringWords: WordSet = [
        "weighs", "weigh", "explores", "targeted", "mulled", "considering", "contemplating", "mulling", "weighing", "exploring", "eyeing", "pondering", "reportedly",
        "studying", "evaluating", "assessing", "discussing", "debating",
        "intends", "intend", "intending", "mull", "mulls", "contemplates", "considers", "rumored", "rumoured", "floated",
        "examining", "examines", "drafting", "preparing",
    ]
    static let proposedWords: WordSet = ["proposed", "proposal", "proposals", "proposes", "propose", "draft", "bill", "consultation", "rulemaking", "drafted"]
}

/// A word read by one of the phrase families beside the cue words (licensing, scope, access): the action its phrase
/// states and the priority it has among the sentence's cues.
struct CueReading: Equatable {
    var action: PolicyAction
    var priority: Int
}
