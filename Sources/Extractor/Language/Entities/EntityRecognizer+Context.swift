/// Context decisions over all mentions of a text, after the acronyms are linked: the type of a name follows its
/// strongest evidence anywhere in the text, short forms join their long forms, and products name nothing.
extension EntityRecognizer {
    /// The context stages in order; each reads the mentions the one before it left.
    func finalize(_ mentions: [EntityMention], tokens: [Token], layout: TextLayout) -> [EntityMention] {
        var result = retypeProjects(mentions, tokens: tokens)
        extendCourtsToTheirSeats(&result, tokens: tokens)
        joinFirstWordForms(&result, tokens: tokens, layout: layout)
        joinSurnames(&result, tokens: tokens)
        mergeOrganizationForms(&result, tokens: tokens)
        mergeShortForms(&result, tokens: tokens)
        resolveInstitutionHeads(&result, tokens: tokens)
        dropProducts(&result, tokens: tokens)
        typeListedNames(&result, tokens: tokens)
        agreeOnOneTypePerEntity(&result, tokens: tokens)
        extendNameEndings(&result, tokens: tokens)
        return result
    }

    /// A project's name before its token ("Solana’s SOL token") or its network ("the Polygon network") is an
    /// organization; before its own ticker it is another form of the asset.
    func retypeProjects(_ mentions: [EntityMention], tokens: [Token]) -> [EntityMention] {
        var result = mentions
        let assetStarts = Set(mentions.lazy.filter { $0.type == .asset }.map(\.first))
        // An asset also named on its own elsewhere ("SOL rallied ... Solana's SOL token") stays an asset.
        let plainAssets = Set(mentions.lazy.filter { $0.type == .asset && !($0.end < tokens.count && tokens[$0.end].isPossessive) }
            .map { Self.key(tokens, $0.first..<$0.end) })
        for position in result.indices where result[position].type == .asset
            && !plainAssets.contains(Self.key(tokens, result[position].first..<result[position].end)) {
            let mention = result[position]
            guard mention.end + 1 < tokens.count, tokens[mention.end].isPossessive else { continue }
            let next = mention.end + 1
            // "Solana's SOL": the project's name before its own ticker is another form of the asset, named by the ticker.
            if let ticker = mentions.first(where: { $0.first == next }), ticker.key == mention.key {
                result[position].mayName = false
                continue
            }
            let followedByAsset = assetStarts.contains(next)
                || ["native", "token", "coin"].contains(tokens[next].lower)
            if followedByAsset {
                result[position].key = "p:" + Self.key(tokens, mention.first..<mention.end)
                result[position].type = .organization
                result[position].code = nil
            }
        }
        // A project named before its network ("the Polygon network") is an organization; the two
        // largest assets keep their type ("the Ethereum network" is still Ether's).
        for position in result.indices where result[position].type == .asset {
            let mention = result[position]
            guard mention.end < tokens.count, Self.projectNouns.contains(tokens[mention.end]),
                  mention.code != "BTC", mention.code != "ETH" else { continue }
            result[position].key = "p:" + Self.key(tokens, mention.first..<mention.end)
            result[position].type = .organization
            result[position].code = nil
        }
        return result
    }

    /// Short forms: "Quorvex" after "Quorvex Exchange", "Quorvex.com" beside "Quorvex", and "Harrowgate" after
    /// "Harrowgate Custody" or "Teller Reserve Bank" when only that one institution's name opens with a word the text
    /// never writes in lower case.
    func joinFirstWordForms(_ result: inout [EntityMention], tokens: [Token], layout: TextLayout) {
        var keyByFirstWord: [String: String] = [:]
        var keyBySingleWord: [String: String] = [:]
        var keysByDistinctFirstWord: [String: Set<String>] = [:]
        // "House" opens "House of Representatives" but is the head of "White House": a head word stands for no one name.
        let heads = Set(result.compactMap { mention -> String? in
            guard mention.type == .organization || mention.type == .authority else { return nil }
            let own = tokens[mention.first..<mention.end].filter { $0.kind == .word }
            return own.count >= 2 ? Self.headWord(own)?.lower : nil
        })
        for mention in result {
            let first = tokens[mention.first].text
            if mention.end - mention.first >= 2, mention.type == .organization, keyByFirstWord[first] == nil,
               Lexicon.organizationHeads.contains(tokens[mention.end - 1]) {
                keyByFirstWord[first] = mention.key
            }
            if mention.end - mention.first >= 2, mention.type == .organization || mention.type == .authority,
               opensDistinctively(tokens[mention.first], layout: layout), !heads.contains(tokens[mention.first].lower),
               !namesAPlace(tokens, (mention.first + 1)..<mention.end, layout: layout), (keysByDistinctFirstWord[first]?.count ?? 0) < 2 {
                keysByDistinctFirstWord[first, default: []].insert(mention.key)
            }
            if mention.end - mention.first == 1, !first.contains("."), keyBySingleWord[first] == nil { keyBySingleWord[first] = mention.key }
        }
        var typeOfKey: [String: EntityType] = [:]
        for mention in result where typeOfKey[mention.key] == nil { typeOfKey[mention.key] = mention.type }
        for position in result.indices where result[position].end - result[position].first == 1 && result[position].key.hasPrefix("n:") {
            let text = tokens[result[position].first].text
            let stem = text.split(separator: ".").first.map(String.init) ?? text
            // ("Ruritania SEC staff": a word before another name modifies it, and stands for no name of its own.)
            let end = result[position].end
            let standsAlone = end == tokens.count || !(tokens[end].kind == .word && (tokens[end].isCapitalized || tokens[end].isAllCaps))
            let isInstitution = result[position].type == .organization || result[position].type == .authority
            let distinct = isInstitution && standsAlone ? keysByDistinctFirstWord[text].flatMap { $0.count == 1 ? $0.first : nil } : nil
            if let target = keyByFirstWord[text] ?? (text.contains(".") ? keyByFirstWord[stem] ?? keyBySingleWord[stem] : nil) ?? distinct,
               target != result[position].key,
               let type = typeOfKey[target] {
                result[position].key = target
                result[position].type = type
            }
        }
    }

    /// "Tidemark Japan", "Brevik Exchange Estonia": a place in a company's name makes it one of a group's companies, not the
    /// group the first word names alone.
    private func namesAPlace(_ tokens: [Token], _ range: Range<Int>, layout: TextLayout) -> Bool {
        range.contains { index in
            gazetteer.demonyms[tokens[index].text] != nil
                || layout.gazetteerMatch(at: index).map { gazetteer.entries[$0.form.entry].type == .location } ?? false
        }
    }

    /// A name's first word that opens no other kind of name: capitalized, never written in lower case in the text,
    /// and not a word that opens sentences or institutions' names or names an institution alone ("Central",
    /// "National", "Greater", "Senate", "House").
    private func opensDistinctively(_ token: Token, layout: TextLayout) -> Bool {
        let word = token.lower
        return token.isCapitalized && !token.isAllCaps && !layout.lowercaseWords.contains(word)
            && ![Lexicon.commonCapitalized, Lexicon.authorityOpeners, Lexicon.authorityHeads, Lexicon.placeModifiers, Lexicon.nameConnectors, Self.chamberHeads]
                .contains { $0.contains(word) }
    }

    /// Surnames: "Tollivar" after "Bram Tollivar".
    func joinSurnames(_ result: inout [EntityMention], tokens: [Token]) {
        var personBySurname: [String: String] = [:]
        for mention in result where mention.type == .person && mention.end - mention.first >= 2 {
            personBySurname[tokens[mention.end - 1].text] = personBySurname[tokens[mention.end - 1].text] ?? mention.key
        }
        // "Van Aalst" after "Joost van Aalst", "Al-Sayegh" after "Maryam Al-Sayegh": a surname with its particle.
        var personByLongSurname: [String: String] = [:]
        for mention in result where mention.type == .person && mention.end - mention.first >= 3 {
            guard let surname = surnameStart(of: mention.first..<mention.end, tokens: tokens) else { continue }
            let key = Self.key(tokens, surname..<mention.end)
            personByLongSurname[key] = personByLongSurname[key] ?? mention.key
        }
        for position in result.indices where result[position].key.hasPrefix("n:") {
            let length = result[position].end - result[position].first
            if length == 1, let person = personBySurname[tokens[result[position].first].text] {
                result[position].key = person
                result[position].type = .person
            } else if (2...4).contains(length), let person = personByLongSurname[Self.key(tokens, result[position].first..<result[position].end)],
                      person != result[position].key {
                result[position].key = person
                result[position].type = .person
            }
        }
    }

    /// Unknown names in a list with at least two assets ("Bitcoin, Dogecoin, Zapherion and Ether") are assets.
    func typeListedNames(_ result: inout [EntityMention], tokens: [Token]) {
        var listStart = 0
        for position in result.indices {
            let continues = position + 1 < result.count && result[position].end <= result[position + 1].first && {
                let gap = result[position].end..<result[position + 1].first
                return gap.count >= 1 && gap.count <= 2
                    && gap.allSatisfy { tokens[$0].text == "," || tokens[$0].lower == "and" || tokens[$0].lower == "or" }
            }()
            if continues { continue }
            let list = listStart...position
            if list.count >= 3, list.filter({ result[$0].type == .asset }).count >= 2 {
                for member in list where result[member].key.hasPrefix("n:") && result[member].type == .organization {
                    result[member].type = .asset
                }
            }
            // "in Prague, Brno and Ostrava": an unknown name listed with places is a place.
            let places = list.filter { result[$0].type == .location }.count
            let afterPlacePreposition = result[listStart].first > 0 && ["in", "across", "from", "between"].contains(tokens[result[listStart].first - 1].lower)
            if list.count >= 3, places >= 2 || places >= 1 && afterPlacePreposition {
                for member in list where result[member].key.hasPrefix("n:") && result[member].type == .organization
                    && institutionType(tokens, result[member].first..<result[member].end) == nil
                    && result[member].end - result[member].first <= 2 {
                    result[member].type = .location
                }
            }
            listStart = position + 1
        }
    }

    /// One type per key: the person, authority or asset evidence wins over the organization default,
    /// unless a company noun describes the name ("exchange Koza Kripto", "Istanbul-based Koza Kripto").
    func agreeOnOneTypePerEntity(_ result: inout [EntityMention], tokens: [Token]) {
        var typeByKey: [String: EntityType] = [:]
        var describedAsCompany: Set<String> = []
        for mention in result where mention.key.hasPrefix("n:") && mention.first > 0 {
            let previous = tokens[mention.first - 1].lower
            if Self.isDescribedAsCompany(mention.first, tokens: tokens)
                || previous == "based" && mention.first > 1 && tokens[mention.first - 2].text == "-" {
                describedAsCompany.insert(mention.key)
            }
        }
        for mention in result {
            let current = typeByKey[mention.key]
            if current == nil || current == .organization && mention.type != .organization { typeByKey[mention.key] = mention.type }
        }
        for mention in result where describedAsCompany.contains(mention.key) && typeByKey[mention.key] == .person {
            if !Lexicon.givenNames.contains(tokens[mention.first]) { typeByKey[mention.key] = .organization }
        }
        for position in result.indices { result[position].type = typeByKey[result[position].key] ?? result[position].type }
    }

    /// The periods and second legal forms that end a name: "Robert Roe Jr.", "Zentora Capital Ltd.", "Siam Digital Co., Ltd.",
    /// "Karoo Mining (Pty) Ltd".
    func extendNameEndings(_ result: inout [EntityMention], tokens: [Token]) {
        // "Robert Roe Jr.": a generational suffix keeps its period.
        for position in result.indices where result[position].type == .person {
            let end = result[position].end
            if end < tokens.count, tokens[end].text == ".", !tokens[end].spaceBefore, ["jr", "sr"].contains(tokens[end - 1].lower) {
                result[position].end = end + 1
            }
        }
        // "Lanka Coinworks (Pvt) Ltd", "Karoo Mining (Pty) Ltd": a private company's legal form in parentheses.
        for position in result.indices where [.organization, .person].contains(result[position].type) {
            let end = result[position].end
            guard end + 3 < tokens.count, tokens[end].text == "(", Self.privateCompanyWords.contains(tokens[end + 1]), tokens[end + 2].text == ")",
                  ["ltd", "limited"].contains(tokens[end + 3].lower) else { continue }
            result[position].end = end + 4
            result[position].type = .organization
        }
        // "Zentora Capital Ltd.": an abbreviated legal form keeps its period.
        for position in result.indices where result[position].type == .organization {
            let end = result[position].end
            if end < tokens.count, tokens[end].text == ".", !tokens[end].spaceBefore, Self.abbreviatedLegalForms.contains(tokens[end - 1]) {
                result[position].end = end + 1
            }
            // "Siam Digital Co., Ltd.": a second legal form after a comma belongs to the name.
            let after = result[position].end
            if Lexicon.legalForms.contains(tokens[after - 1]) || tokens[after - 1].text == "." && Lexicon.legalForms.contains(tokens[after - 2]),
               after + 1 < tokens.count, tokens[after].text == ",", tokens[after + 1].isCapitalized, !tokens[after + 1].newlineBefore,
               ["ltd", "limited", "inc", "llc", "pte", "bhd", "plc"].contains(tokens[after + 1].lower) {
                let period = after + 2 < tokens.count && tokens[after + 2].text == "." && !tokens[after + 2].spaceBefore
                result[position].end = after + (period ? 3 : 2)
            }
        }
    }

    /// The parenthesized word of a private company's legal form ("(Pty) Ltd", "(Private) Limited").
    static let privateCompanyWords: WordSet = ["pvt", "pty", "private", "proprietary"]

    static let projectNouns: WordSet = ["network", "blockchain", "chain", "mainnet", "ecosystem", "foundation", "labs", "team", "developers", "protocol"]
    static let abbreviatedLegalForms: WordSet = ["ltd", "inc", "corp", "co", "bhd", "pte", "pty", "tbk"]
}
