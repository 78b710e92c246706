/// One real-world thing of a gazetteer.
struct GazetteerEntry: Sendable {
    /// The fullest name, as the table gives it.
    var canonical: String
    var type: EntityType
    /// ISO code for a country (`EU` too), ticker for an asset.
    var code: String?
    /// The country whose rules the entry stands for (an authority's or a place's country).
    var country: String?
}

/// One surface form of a gazetteer entry, as tokens.
struct GazetteerForm: Sendable {
    var tokens: [String]
    /// `tokens` as the tokenizer lowers them (apostrophes folded).
    var lowerTokens: [String]
    var entry: Int
    /// The form is also a common word: it counts only away from a sentence's first word.
    var isAmbiguous: Bool
    /// The form also counts in lower case ("bitcoin").
    var ignoresCase: Bool
}

/// The curated tables compiled into look-ups by first token: countries, places, authorities,
/// organizations, assets and demonyms.
struct Gazetteer: Sendable {
    private(set) var entries: [GazetteerEntry] = []
    /// Forms by their first token in lower case, longest first.
    private(set) var formsByFirstToken: [String: [GazetteerForm]] = [:]
    /// The keys of `formsByFirstToken`, asked first with the cheap hash: most tokens open no form.
    private(set) var firstTokens: WordSet = []
    /// Demonyms by their exact text, to the country code (`--` for regions).
    private(set) var demonyms: [String: String] = [:]

    /// The gazetteer built from the package's tables, once.
    static let shared = Gazetteer()

    init() {
        for line in countryTable.split(separator: "\n") {
            let parts = line.split(separator: "|", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let code = String(parts[0])
            add(names: parts[1], type: .location, code: code, country: code)
        }
        for line in placeTable.split(separator: "\n") {
            let parts = line.split(separator: "|", maxSplits: 1)
            guard parts.count == 2 else { continue }
            add(names: parts[1], type: .location, code: nil, country: parts[0] == "--" ? nil : String(parts[0]))
        }
        for line in authorityTable.split(separator: "\n") {
            let parts = line.split(separator: "|", maxSplits: 1)
            guard parts.count == 2 else { continue }
            add(names: parts[1], type: .authority, code: nil, country: parts[0] == "--" ? Self.worldJurisdiction : String(parts[0]))
        }
        for line in organizationTable.split(separator: "\n") where !line.isEmpty {
            if line.hasPrefix(Self.globalBodyMark) {
                add(names: line.dropFirst(Self.globalBodyMark.count), type: .organization, code: nil, country: Self.worldJurisdiction)
            } else {
                add(names: line, type: .organization, code: nil, country: nil)
            }
        }
        for line in assetTable.split(separator: "\n") {
            let parts = line.split(separator: "|", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let ticker = parts[0] == "--" ? nil : String(parts[0])
            var names = String(parts[1])
            if let ticker, !names.split(separator: ";").contains(where: { $0 == ticker }) { names += ";" + ticker }
            add(names: Substring(names), type: .asset, code: ticker, country: nil)
        }
        for line in demonymTable.split(separator: "\n") {
            let parts = line.split(separator: "|", maxSplits: 1)
            guard parts.count == 2 else { continue }
            for demonym in parts[1].split(separator: ";") {
                demonyms[String(demonym)] = String(parts[0])
                // "Filipinos", "Kenyans", "Pakistanis": the people, no entity either.
                if let last = demonym.last, !"sh".contains(last), !demonym.hasSuffix("ese") { demonyms[demonym + "s"] = String(parts[0]) }
            }
        }
        for key in formsByFirstToken.keys {
            formsByFirstToken[key]?.sort { $0.tokens.count > $1.tokens.count }
        }
        firstTokens = WordSet(formsByFirstToken.keys)
    }

    /// The jurisdiction of the bodies above every country (the authority table's `--` rows, the organization table's `--|`).
    static let worldJurisdiction = "GLOBAL"
    /// The mark of an organization table row whose body's measures are the world's ("--|Financial Action Task Force").
    static let globalBodyMark = "--|"

    private mutating func add(names: Substring, type: EntityType, code: String?, country: String?) {
        var canonical: String?
        var entryIndex = entries.count
        for rawName in names.split(separator: ";") {
            var name = Substring(rawName)
            var isAmbiguous = false
            var ignoresCase = false
            while let mark = name.first, mark == "~" || mark == "^" {
                if mark == "~" { isAmbiguous = true } else { ignoresCase = true }
                name = name.dropFirst()
            }
            if canonical == nil {
                canonical = String(name)
                entryIndex = entries.count
                entries.append(GazetteerEntry(canonical: String(name), type: type, code: code, country: country))
            }
            let tokens = Tokenizer().tokens(of: Array(name.unicodeScalars))
            guard let first = tokens.first else { continue }
            formsByFirstToken[first.lower, default: []].append(GazetteerForm(
                tokens: tokens.map(\.text), lowerTokens: tokens.map(\.lower), entry: entryIndex,
                isAmbiguous: isAmbiguous, ignoresCase: ignoresCase
            ))
        }
    }

    /// The longest form that starts at `index`, if any.
    func longestMatch(in tokens: [Token], at index: Int) -> (form: GazetteerForm, end: Int)? {
        guard firstTokens.contains(tokens[index]), let forms = formsByFirstToken[tokens[index].lower] else { return nil }
        for form in forms where index + form.tokens.count <= tokens.count {
            var matches = true
            for offset in 0..<form.tokens.count {
                let token = tokens[index + offset]
                let expected = form.tokens[offset]
                // "NEW YORK —": a dateline in capitals matches the place (long or multi-word forms only).
                let capitals = token.isAllCaps && (form.tokens.count >= 2 || token.text.unicodeScalars.count >= 4)
                let same = token.kind == .clitic || form.ignoresCase || capitals
                    ? token.lower == form.lowerTokens[offset]
                    : token.text == expected
                if !same {
                    matches = false
                    break
                }
            }
            if matches { return (form, index + form.tokens.count) }
        }
        return nil
    }
}
