/// The evidence in a name's context that it names a person, whatever its given name: a title or a role
/// next to it, a verb of speech after it, an age or "who" in commas after it, a surname particle
/// ("Joost van Aalst", "Al-Sayegh"), or a credit line ("Reporting by X in Astana and Y in Tashkent").
extension EntityRecognizer {
    func isPersonContext(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> Bool {
        let start = range.lowerBound
        let end = range.upperBound
        if Lexicon.givenNames.contains(tokens[start]) { return true }
        // "Casa de Moneda said ...", "Administración Nacional de Electricidad said ...": an institution's noun before a
        // Romance particle names no person.
        if range.contains(where: { index in
            index + 1 < end && Self.institutionNouns.contains(tokens[index]) && Self.romanceParticles.contains(tokens[index + 1])
        }) || Self.institutionNouns.contains(tokens[start]) && range.dropFirst().contains(where: { Self.romanceParticles.contains(tokens[$0]) }) {
            return false
        }
        if start > 0 {
            let previous = tokens[start - 1].lower
            if previous == "by" || Lexicon.personTitles.contains(previous) || Self.speechVerbs.contains(previous) || previous == "according" {
                return true
            }
            // "Gov. Jane Roe": an abbreviated title and its period.
            if previous == ".", start > 1, Lexicon.personTitles.contains(tokens[start - 2]) { return true }
        }
        if end < tokens.count, Self.speechVerbs.contains(tokens[end]) || Self.personVerbs.contains(tokens[end]) { return true }
        // "X was born / arrested / detained": what happens only to people.
        if end + 1 < tokens.count, ["was", "were"].contains(tokens[end].lower), Self.personPassives.contains(tokens[end + 1]) { return true }
        // "according to Jane Roe".
        if start > 1, tokens[start - 1].lower == "to", tokens[start - 2].lower == "according" { return true }
        // "its chief executive, Jane Roe", "its Director of Corporate Communications, Jane Roe".
        if start > 1, tokens[start - 1].text == ",",
           tokens[max(0, start - 6)..<(start - 1)].contains(where: { Lexicon.personTitles.contains($0) }) { return true }
        if end + 1 < tokens.count, tokens[end].text == "," {
            // "X, a research analyst at Y" / "X, a Lagos-based fintech lawyer".
            // ("X, a Lagos-born nurse who ...": a person's noun after "a".)
            for offset in 1...min(8, tokens.count - end - 1) {
                if [",", ".", ";"].contains(tokens[end + offset].text) { break }
                if Lexicon.personTitles.contains(tokens[end + offset]) { return true }
                if ["a", "an"].contains(tokens[end + 1].lower), Self.peopleNouns.contains(tokens[end + offset]) { return true }
            }
            // "X, who heads ...", "X, whose firm ...".
            if ["who", "whose"].contains(tokens[end + 1].lower) { return true }
            // "X, 41, is charged ...": an age between commas.
            if end + 2 < tokens.count, tokens[end + 1].kind == .number, let age = Int(tokens[end + 1].text), (16...110).contains(age),
               [",", ")"].contains(tokens[end + 2].text) {
                return true
            }
        }
        if hasSurnameParticle(range, tokens: tokens, layout: layout) || hasHyphenatedSurname(range, tokens: tokens, layout: layout) { return true }
        // "Amir Haddad and Joanna Pike": a name listed with a person's.
        if start > 2, tokens[start - 1].lower == "and", Lexicon.givenNames.contains(tokens[max(0, start - 3)]) { return true }
        return isInCreditLine(start, tokens: tokens)
    }

    /// "Joost van Aalst", "Ana dos Santos", "Maryam Al-Sayegh": a surname particle between a capitalized name and
    /// the last word, or "Al-"/"El-" glued to a capitalized surname. "Casa de Moneda", "Banco de Chile" and
    /// "Unidad de Análisis Financiero" are institutions: a Romance particle after an institution's noun, before a
    /// place or before more than one word names no person.
    func hasSurnameParticle(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> Bool {
        for index in range {
            let token = tokens[index]
            if index > range.lowerBound, index + 1 < range.upperBound, !token.isCapitalized, Self.surnameParticles.contains(token),
               tokens[index - 1].isCapitalized, tokens[index - 1].kind == .word, tokens[index + 1].isCapitalized {
                // The particle is followed by the last word only ("van der Berg": one more particle first).
                var last = index + 1
                if Self.surnameParticles.contains(tokens[last]), last + 1 < range.upperBound { last += 1 }
                while last + 2 < range.upperBound, tokens[last + 1].text == "-", !tokens[last + 1].spaceBefore { last += 2 }
                guard last + 1 == range.upperBound else { return false }
                if Self.romanceParticles.contains(token) {
                    let before = tokens[range.lowerBound..<index]
                    if before.contains(where: { Self.institutionNouns.contains($0) || Lexicon.foreignAuthorityHeads.contains($0)
                        || Lexicon.authorityHeads.contains($0) || Lexicon.organizationHeads.contains($0) }) {
                        return false
                    }
                    if layout.gazetteerMatch(at: index + 1) != nil { return false }
                }
                return true
            }
            if index + 2 < range.upperBound, token.isCapitalized, Self.gluedSurnamePrefixes.contains(token),
               tokens[index + 1].text == "-", !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore, tokens[index + 2].isCapitalized {
                return true
            }
        }
        return false
    }

    /// "Esther Njoroge-Haas", "Katrina Dela Rosa-Mendoza": one or two capitalized names before a family name of two
    /// capitalized parts joined by a hyphen ("Wi-Fi", "E-Commerce" and "Rhein-Neckar-Raum" are none), no word of them a
    /// company's, an institution's or one the text also writes in lower case.
    func hasHyphenatedSurname(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> Bool {
        let end = range.upperBound
        guard range.count >= 4, end - 3 > range.lowerBound, tokens[end - 2].text == "-", !tokens[end - 2].spaceBefore, !tokens[end - 1].spaceBefore,
              tokens[end - 3].spaceBefore, tokens[end - 1].kind == .word, tokens[end - 3].kind == .word,
              tokens[end - 3].text.unicodeScalars.count >= 3, tokens[end - 1].text.unicodeScalars.count >= 2 else { return false }
        let names = range.lowerBound..<(end - 3)
        guard (1...2).contains(names.count), tokens[names].allSatisfy({ $0.kind == .word }) else { return false }
        return range.allSatisfy { index in
            let token = tokens[index]
            guard token.text != "-" else { return true }
            return token.kind == .word && token.isCapitalized && !token.isAllCaps && !Lexicon.commonCapitalized.contains(token)
                && !layout.lowercaseWords.contains(token.lower)
                && !Lexicon.legalForms.contains(token) && !Lexicon.organizationHeads.contains(token)
                && !Lexicon.authorityHeads.contains(token) && gazetteer.demonyms[token.text] == nil
        }
    }

    /// "Van Aalst told ...", "Al-Sayegh said ...", "Do Kwon's": a capitalized particle that opens a surname written alone
    /// (or a name: "Do" is also a Korean and Vietnamese family name; "Al Noor Payments": the Arabic article opens a name).
    func opensSurname(_ index: Int, before end: Int, tokens: [Token]) -> Bool {
        guard tokens[index].isCapitalized, index + 1 < end else { return false }
        let lower = tokens[index].lower
        if Self.gluedSurnamePrefixes.contains(lower), tokens[index + 1].text == "-", !tokens[index + 1].spaceBefore, index + 2 < end {
            return tokens[index + 2].isCapitalized && !tokens[index + 2].spaceBefore
        }
        return ["van", "von", "de", "da", "do", "dos", "di", "del", "della", "la", "le", "ter", "ten", "bin", "ibn", "al", "el"].contains(lower)
            && tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized && tokens[index + 1].spaceBefore
    }

    /// Where a person's family name begins when it is more than its last word: at a particle ("van Aalst",
    /// "van der Berg") or at a hyphenated compound ("Al-Sayegh", "Mensah-Bonsu").
    func surnameStart(of range: Range<Int>, tokens: [Token]) -> Int? {
        if let particle = (range.lowerBound + 1..<range.upperBound - 1).first(where: {
            !tokens[$0].isCapitalized && Self.surnameParticles.contains(tokens[$0]) && tokens[$0].spaceBefore
        }) {
            return particle
        }
        var start = range.upperBound - 1
        while start - 2 >= range.lowerBound + 1, tokens[start - 1].text == "-", !tokens[start - 1].spaceBefore, !tokens[start].spaceBefore {
            start -= 2
        }
        return start < range.upperBound - 1 ? start : nil
    }

    /// "Reporting by Dana Roe in Astana and Ivo Lind in Tashkent; Editing by ...": every name of a wire
    /// service's credit line is a person's.
    func isInCreditLine(_ start: Int, tokens: [Token]) -> Bool {
        var cursor = start - 1
        while cursor >= 0, cursor >= start - 14 {
            let token = tokens[cursor]
            if [".", ";", "!", "?"].contains(token.text) { return false }
            if token.lower == "by" {
                return cursor > 0 && Self.creditWords.contains(tokens[cursor - 1]) || cursor == 0 || token.newlineBefore
            }
            if token.newlineBefore { return false }
            cursor -= 1
        }
        return false
    }

    /// Verbs of speech before or after a person's name ("said Jane Roe", "Roe argued").
    /// Nouns of people by occupation, age or kin, after "a" in an appositive ("X, a retired nurse").
    static let peopleNouns: WordSet = [
        "nurse", "teacher", "farmer", "pensioner", "retiree", "student", "businessman", "businesswoman", "entrepreneur", "engineer",
        "programmer", "doctor", "driver", "mother", "father", "son", "daughter", "wife", "husband", "widow", "grandmother",
        "grandfather", "man", "woman", "resident", "citizen", "native", "worker", "employee", "shopkeeper", "accountant",
        "victim", "plaintiff", "defendant", "suspect", "teenager", "mechanic", "pharmacist", "designer", "photographer", "musician",
    ]
    static let speechVerbs: WordSet = [
        "said", "says", "told", "tells", "wrote", "writes", "added", "adds", "noted", "notes", "explained", "explains", "stated",
        "argued", "argues", "testified", "recalled", "insisted", "conceded", "admitted", "acknowledged", "recounted", "replied",
        "asked", "countered", "cautioned", "contended", "remarked", "quipped", "emphasised", "emphasized", "stressed",
    ]
    /// Verbs after a name that only a person's name takes ("X founded the exchange", "X resigned").
    static let personVerbs: WordSet = ["founded", "co-founded", "cofounded", "resigned", "retired", "died", "quit", "stepped", "smiled", "laughed"]
    /// Participles after "was" that only a person's name takes ("X was arrested").
    static let personPassives: WordSet = ["born", "arrested", "detained", "extradited", "kidnapped", "murdered", "jailed", "imprisoned", "elected", "appointed", "named", "sentenced"]
    /// Titles written before a family name alone ("Ms Roe", "Dr. Roe").
    static let honorifics: WordSet = ["mr", "mrs", "ms", "dr", "prof", "sir", "dame", "mx", "mme", "mlle", "herr", "frau", "sr", "sra", "sheikh", "sheikha", "mr.", "mrs.", "ms.", "dr.", "prof."]

    /// Lower-case particles inside a family name ("van", "de", "bin").
    static let surnameParticles: WordSet = [
        "van", "von", "der", "den", "ter", "ten", "de", "da", "dos", "das", "do", "du", "di", "del", "della", "la", "le",
        "bin", "binti", "ibn", "al", "el", "abu", "zu",
    ]
    /// Particles that also join the words of Romance institutions' names ("Banco de Chile").
    static let romanceParticles: WordSet = ["de", "da", "dos", "das", "do", "du", "di", "del", "della", "la", "le"]
    /// Romance nouns that open an institution's name before "de" ("Casa de Moneda", "Bolsa de Valores").
    static let institutionNouns: WordSet = [
        "banco", "banca", "casa", "bolsa", "bourse", "cámara", "camara", "chambre", "caja", "caisse", "consejo", "conseil", "corte",
        "cour", "tribunal", "unidad", "unité", "servicio", "service", "servizio", "instituto", "institut", "istituto", "agencia",
        "agence", "agenzia", "oficina", "office", "ufficio", "fiscalía", "fiscalia", "procuraduría", "contraloría", "secretaría",
        "junta", "registro", "registre", "comisión", "commission", "commissione", "fondo", "fonds", "fundación", "fondation",
        "fondazione", "universidad", "université", "università", "escuela", "école", "policía", "policia", "polizia", "guardia",
        "gendarmerie", "ministerio", "ministère", "ministero", "tesoro", "trésor", "mercado", "marché", "sociedad", "société",
        "società", "grupo", "groupe", "gruppo", "asociación", "association", "associazione", "federación", "fédération",
        "confederación", "cooperativa", "coopérative", "centro", "centre", "autorité", "autorità", "autoridad", "superintendencia",
        "direction", "dirección", "direzione", "departamento", "département", "dipartimento", "audiencia", "juzgado", "asamblea",
        "assemblée", "congreso", "senado", "sénat", "senato", "camera", "poder", "prefectura", "préfecture", "prefettura",
        "administración", "administracion", "administração", "administration", "empresa", "compañía", "compania", "companhia",
        "corporación", "corporacion", "corporação", "compagnie", "azienda", "ente", "entidad", "organismo", "órgano",
    ]
    /// Capitalized particles glued to a surname by a hyphen ("Al-Sayegh", "El-Erian").
    static let gluedSurnamePrefixes: WordSet = ["al", "el", "abu", "bin", "ibn", "ben", "ould"]
    /// Words before "by" that open a credit line.
    static let creditWords: WordSet = ["reporting", "writing", "editing", "additional", "compiled", "research", "photos", "photo", "interview"]
}
